-- Bulk writes: a run's matches maintain two indexes instead of three.
-- matches_account served one query, the run's "lines some current match settles": it now finds
-- the matches of runs through the account's current runs and matches_run, and only the manual
-- matches (run_id null, a handful per account) through the account, with this partial index,
-- which the rows a run writes never touch. A run match has its run's account (migration 006
-- checks it), so the two ways find the same rows. Measured on PostgreSQL 15 (COPY of a run's
-- 90,631 matches, bench:store at 100,000 lines a side): each index on matches costs about 45 ms.
CREATE INDEX matches_manual_account ON matches (account) WHERE run_id IS NULL;
DROP INDEX matches_account;
