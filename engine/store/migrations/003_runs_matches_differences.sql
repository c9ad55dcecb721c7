-- Reconciliation runs, their matches, and the differences with their lifecycle.
CREATE TABLE runs (
  id            bigserial PRIMARY KEY,
  account       text NOT NULL REFERENCES accounts (number),
  period        text NOT NULL,
  date_from     date NOT NULL,
  date_to       date NOT NULL,
  -- Deferred: a re-run marks the earlier run superseded before its own row is written.
  superseded_by bigint REFERENCES runs (id) DEFERRABLE INITIALLY DEFERRED,
  run_by        text NOT NULL,
  started_at    timestamptz NOT NULL,
  options       jsonb NOT NULL,
  report        jsonb NOT NULL
);
-- At most one current run per account and period.
CREATE UNIQUE INDEX runs_current ON runs (account, period) WHERE superseded_by IS NULL;

CREATE TABLE matches (
  id         bigserial PRIMARY KEY,
  account    text NOT NULL REFERENCES accounts (number),
  -- Null for a manual match made by an approved resolution.
  run_id     bigint REFERENCES runs (id),
  rule       text NOT NULL,
  bank_ids   bigint[] NOT NULL,
  ledger_ids bigint[] NOT NULL,
  difference numeric NOT NULL
);
CREATE INDEX matches_run ON matches (run_id);
CREATE INDEX matches_account ON matches (account);

CREATE TABLE differences (
  id            bigserial PRIMARY KEY,
  account       text NOT NULL REFERENCES accounts (number),
  run_id        bigint NOT NULL REFERENCES runs (id),
  kind          text NOT NULL CHECK (kind IN ('bank_only_credit', 'bank_only_debit', 'ledger_only_credit',
                                             'ledger_only_debit', 'amount_mismatch', 'duplicate')),
  side          text NOT NULL CHECK (side IN ('bank', 'ledger', 'both')),
  amount        numeric NOT NULL,
  bank_ids      bigint[] NOT NULL,
  ledger_ids    bigint[] NOT NULL,
  state         text NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'in_review', 'proposed', 'approved', 'rejected', 'closed', 'superseded')),
  version       integer NOT NULL DEFAULT 1,
  note          text NOT NULL DEFAULT '',
  last_actor    text NOT NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  superseded_by bigint REFERENCES runs (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX differences_account_state ON differences (account, state);
CREATE INDEX differences_run ON differences (run_id);

CREATE TABLE resolutions (
  id              bigserial PRIMARY KEY,
  difference_id   bigint NOT NULL REFERENCES differences (id),
  kind            text NOT NULL CHECK (kind IN ('manual_match', 'bank_error', 'ledger_adjustment',
                                                'pending_customer', 'write_off')),
  reason          text NOT NULL CHECK (reason <> ''),
  entry_reference text NOT NULL DEFAULT '',
  match_ids       bigint[] NOT NULL DEFAULT '{}',
  proposed_by     text NOT NULL REFERENCES users (channel_user_id),
  proposed_at     timestamptz NOT NULL,
  decision        text CHECK (decision IN ('approved', 'rejected')),
  decided_by      text REFERENCES users (channel_user_id),
  decided_at      timestamptz,
  comment         text NOT NULL DEFAULT '',
  CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);
CREATE INDEX resolutions_difference ON resolutions (difference_id);
