-- Bulk writes: one index less to maintain per imported line.
-- transactions_account_date served one query, the run's "lines of the account dated up to the
-- period's last day", which reads nearly every line of the account anyway (everything imported
-- so far but lines dated after the period), so the account prefix of the unique key
-- (account, side, ext_id) finds them as well. Measured on PostgreSQL 15 (COPY of 1,000,000 lines
-- into transactions): the index cost 1.1 to 1.5 s of about 7 s.
DROP INDEX transactions_account_date;
