-- Web Chat sessions that were signed out before their end (bot/signin). A session is a sealed
-- cookie that any instance can open, so signing out has to be remembered where every instance
-- looks: the session's id is kept here until the session would have ended anyway, and a cookie or
-- a Direct Line token carrying that id is refused from then on.
CREATE TABLE IF NOT EXISTS signed_out_sessions (
  sid         text PRIMARY KEY,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS signed_out_sessions_expires_at ON signed_out_sessions (expires_at);
