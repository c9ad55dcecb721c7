-- Accounts the branch reconciles, and the people who act on them.
CREATE TABLE accounts (
  number            text PRIMARY KEY CHECK (number <> ''),
  name              text NOT NULL,
  currency          text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  branch            text NOT NULL DEFAULT '',
  customer          text NOT NULL DEFAULT '',
  cycle             text NOT NULL DEFAULT 'monthly'
                    CHECK (cycle IN ('daily', 'monthly', 'quarterly', 'semiannual', 'annual')),
  exempt            boolean NOT NULL DEFAULT false,
  exempt_reason     text NOT NULL DEFAULT '',
  staff             text NOT NULL DEFAULT '',
  date_window_days  integer NOT NULL DEFAULT 3 CHECK (date_window_days BETWEEN 0 AND 366),
  amount_tolerance  numeric CHECK (amount_tolerance >= 0),
  write_off_limit   numeric NOT NULL DEFAULT 0 CHECK (write_off_limit >= 0),
  -- 对账人员与记账人员分离: whoever posted a difference's lines may not approve its resolution.
  segregate_posting boolean NOT NULL DEFAULT true,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (exempt = (exempt_reason <> ''))
);

CREATE TABLE users (
  channel_user_id text PRIMARY KEY CHECK (channel_user_id <> ''),
  name            text NOT NULL,
  role            text NOT NULL CHECK (role IN ('customer', 'staff', 'approver', 'admin')),
  created_at      timestamptz NOT NULL DEFAULT now()
);
