-- 未达账项 (items in transit, issue 19): a one-sided difference (a cheque not yet presented, a
-- deposit not yet credited) that a member of staff marks as in transit with the date it is
-- expected to clear. The mark does not settle anything: the difference stays open, so every
-- later run re-examines its lines. A run that matches them clears the mark (cleared_run); one
-- that finds the same difference again carries it with its number; one that explains the lines
-- by another difference moves the mark to it. Marks past their expected date and not cleared are
-- the daily summary's ageing alert. One live mark per difference.
CREATE TABLE in_transit (
  id            bigserial PRIMARY KEY,
  account       text NOT NULL REFERENCES accounts (number),
  difference_id bigint NOT NULL REFERENCES differences (id),
  expected_date date NOT NULL,
  note          text NOT NULL DEFAULT '',
  marked_by     text NOT NULL,
  marked_at     timestamptz NOT NULL,
  cleared_run   bigint REFERENCES runs (id),
  cleared_at    timestamptz
);
CREATE UNIQUE INDEX in_transit_live ON in_transit (difference_id) WHERE cleared_at IS NULL;
CREATE INDEX in_transit_account ON in_transit (account) WHERE cleared_at IS NULL;
