-- Imported files, the statements they held, and the lines of both sides.
CREATE TABLE imports (
  id              bigserial PRIMARY KEY,
  account         text NOT NULL REFERENCES accounts (number),
  side            text NOT NULL CHECK (side IN ('bank', 'ledger')),
  file_name       text NOT NULL,
  sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  inserted        integer NOT NULL,
  already_present integer NOT NULL,
  imported_by     text,
  imported_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (account, side, sha256)
);

CREATE TABLE statements (
  id           bigserial PRIMARY KEY,
  import_id    bigint NOT NULL REFERENCES imports (id),
  ordinal      integer NOT NULL,
  account      text NOT NULL REFERENCES accounts (number),
  side         text NOT NULL CHECK (side IN ('bank', 'ledger')),
  date_from    date,
  date_to      date,
  opening      numeric,
  closing      numeric,
  opening_date date,
  closing_date date,
  adds_up      boolean,
  line_count   integer NOT NULL,
  UNIQUE (import_id, ordinal)
);
CREATE INDEX statements_account ON statements (account, side, date_to);

CREATE TABLE transactions (
  id             bigserial PRIMARY KEY,
  account        text NOT NULL REFERENCES accounts (number),
  side           text NOT NULL CHECK (side IN ('bank', 'ledger')),
  -- The bank's own id, or 'fp:' + fingerprint of the normalised fields + ':' + occurrence number.
  ext_id         text NOT NULL,
  content_hash   text NOT NULL,
  import_id      bigint NOT NULL REFERENCES imports (id),
  date           date NOT NULL,
  value_date     date,
  amount         numeric NOT NULL,
  currency       text NOT NULL,
  reference      text NOT NULL DEFAULT '',
  bank_reference text NOT NULL DEFAULT '',
  counterparty   text NOT NULL DEFAULT '',
  description    text NOT NULL DEFAULT '',
  balance        numeric,
  source_id      text NOT NULL,
  line           integer NOT NULL,
  -- Who posted the line (teller / bookkeeper), for segregation of duties; null when unknown.
  posted_by      text,
  UNIQUE (account, side, ext_id)
);
CREATE INDEX transactions_account_date ON transactions (account, date);
