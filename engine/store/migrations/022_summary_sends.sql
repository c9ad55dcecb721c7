-- Daily summary: one claim row per business day (whichever instance inserts it sends), and one
-- row per subscriber per day recording the outcome of the send with its attempts.
CREATE TABLE IF NOT EXISTS summary_days (
  day          date PRIMARY KEY,
  claimed_by   text NOT NULL,
  trigger      text NOT NULL CHECK (trigger IN ('schedule', 'manual')),
  claimed_at   timestamptz NOT NULL DEFAULT now(),
  finished_at  timestamptz
);
CREATE TABLE IF NOT EXISTS summary_sends (
  id                bigserial PRIMARY KEY,
  day               date NOT NULL,
  conversation_key  text NOT NULL REFERENCES bot_subscriptions (conversation_key),
  outcome           text NOT NULL CHECK (outcome IN ('sent', 'failed', 'gone')),
  attempts          integer NOT NULL CHECK (attempts > 0),
  error             text,
  trigger           text NOT NULL CHECK (trigger IN ('schedule', 'manual')),
  sent_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS summary_sends_day ON summary_sends (day, conversation_key);
