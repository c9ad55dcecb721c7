-- Direct Line 3.0 on premises: conversations and their activities, numbered per conversation so a
-- watermark is the last number a client has seen. Kept in PostgreSQL so any instance can serve.
CREATE TABLE IF NOT EXISTS directline_conversations (
  id          text PRIMARY KEY,
  user_id     text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS directline_activities (
  conversation_id  text NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
  seq              integer NOT NULL,
  activity         jsonb NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, seq)
);
