-- Bot Framework state (conversation and user state, dialog stacks) behind botbuilder's Storage
-- interface. The e_tag is a counter as text: a write with a stale e_tag is a conflict.
CREATE TABLE IF NOT EXISTS bot_state (
  key         text PRIMARY KEY,
  document    jsonb NOT NULL,
  e_tag       bigint NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
