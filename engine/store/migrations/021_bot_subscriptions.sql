-- Daily-summary subscriptions: one per conversation (a staff member's chat with the bot), holding
-- the conversation reference needed to message it proactively.
CREATE TABLE IF NOT EXISTS bot_subscriptions (
  conversation_key  text PRIMARY KEY,          -- channel id + ':' + conversation id
  channel_user_id   text NOT NULL,
  channel_id        text NOT NULL,
  reference         jsonb NOT NULL,            -- botbuilder ConversationReference
  lang              text NOT NULL CHECK (lang IN ('zh-CN', 'en')),
  active            boolean NOT NULL DEFAULT true,
  inactive_reason   text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS bot_subscriptions_active ON bot_subscriptions (active, conversation_key);
