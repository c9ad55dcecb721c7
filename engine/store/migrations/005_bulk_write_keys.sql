-- Bulk writes: one foreign-key check per row instead of two.
-- PostgreSQL checks a foreign key with one trigger call per inserted row and per constraint;
-- measured (EXPLAIN ANALYZE, bench:store) those checks were about half the cost of importing a
-- line and of writing a match. A line's account and side now reference its import's
-- (import_id, account, side): one check instead of two, and a stronger rule, since a line can no
-- longer name another account or side than the import that brought it. The import references
-- the account. Differences and run matches reference their run's (id, account) the same way.
ALTER TABLE imports ADD CONSTRAINT imports_id_account_side_key UNIQUE (id, account, side);
ALTER TABLE transactions
  DROP CONSTRAINT transactions_account_fkey,
  DROP CONSTRAINT transactions_import_id_fkey,
  ADD CONSTRAINT transactions_import_fkey FOREIGN KEY (import_id, account, side) REFERENCES imports (id, account, side);

ALTER TABLE runs ADD CONSTRAINT runs_id_account_key UNIQUE (id, account);
ALTER TABLE differences
  DROP CONSTRAINT differences_account_fkey,
  DROP CONSTRAINT differences_run_id_fkey,
  ADD CONSTRAINT differences_run_fkey FOREIGN KEY (run_id, account) REFERENCES runs (id, account);

-- A match of a run references the run's (id, account). A manual match (run_id null) is not
-- covered by that key (MATCH SIMPLE skips a key with a null part), so a trigger that only fires
-- for manual matches checks their account the way a foreign key would (FOR KEY SHARE).
ALTER TABLE matches
  DROP CONSTRAINT matches_account_fkey,
  DROP CONSTRAINT matches_run_id_fkey,
  ADD CONSTRAINT matches_run_fkey FOREIGN KEY (run_id, account) REFERENCES runs (id, account);

CREATE FUNCTION matches_manual_account_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM accounts a WHERE a.number = NEW.account FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'insert or update on table "matches" violates foreign key: account % is not present in table "accounts"', NEW.account
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER matches_manual_account AFTER INSERT OR UPDATE OF account, run_id ON matches
  FOR EACH ROW WHEN (NEW.run_id IS NULL) EXECUTE FUNCTION matches_manual_account_check();
