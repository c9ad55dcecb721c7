-- Files sent in chat (issue 19): a bank statement or journal a member of staff attaches, held
-- between the message that brings it and the confirmation that imports it. Direct Line uploads
-- land here straight from the upload endpoint; a file another channel links to (contentUrl) is
-- fetched once and kept here too, so the dialog's later steps read it by id on any instance.
-- Not part of the reconciliation record: what was imported is in imports/transactions and the
-- audit log (with the file's sha256); rows are pruned with the chat's working data.
CREATE TABLE IF NOT EXISTS chat_uploads (
  id               text PRIMARY KEY,
  channel_id       text NOT NULL,
  conversation_id  text NOT NULL,
  user_id          text NOT NULL,
  file_name        text NOT NULL,
  content_type     text NOT NULL,
  size             integer NOT NULL CHECK (size >= 0),
  sha256           text NOT NULL,
  bytes            bytea NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS chat_uploads_created_at ON chat_uploads (created_at);
