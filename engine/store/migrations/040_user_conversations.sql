-- The latest conversation reference of each person per conversation, recorded on every message
-- from a known member of staff, so the bot can send them approval cards and decisions
-- proactively (daily-summary subscriptions cover only those who subscribed).
CREATE TABLE IF NOT EXISTS bot_user_conversations (
  conversation_key  text PRIMARY KEY,          -- channel id + ':' + conversation id
  channel_user_id   text NOT NULL,
  reference         jsonb NOT NULL,            -- botbuilder ConversationReference
  lang              text NOT NULL CHECK (lang IN ('zh-CN', 'en')),
  last_seen         timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS bot_user_conversations_user ON bot_user_conversations (channel_user_id, last_seen DESC);
