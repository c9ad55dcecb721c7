-- An audit log whose rows are keyed and whose head is anchored (issue 15, part 2).
--
-- hash_version 1: the rows written before this migration, sha256 over the previous hash and the
--   content (engine/store/audit.ts, legacyHash); they verify as they always did.
-- hash_version 2: every row from now on, over the same and key_id and os_user too; HMAC-SHA256
--   with the key RECON_AUDIT_KEY names (key_id = its id, see auditKey), or plain sha256 when no
--   key is configured (key_id NULL: `recon audit verify` says the rows are unkeyed).
-- os_user: the operating-system user who ran the command (the CLI), beside the acting person.
ALTER TABLE audit_log ADD COLUMN hash_version smallint NOT NULL DEFAULT 1 CHECK (hash_version IN (1, 2));
ALTER TABLE audit_log ADD COLUMN key_id text;
ALTER TABLE audit_log ADD COLUMN os_user text;
ALTER TABLE audit_log ALTER COLUMN hash_version SET DEFAULT 2;

-- The head inside the database: the last row's seq and hash, kept by a trigger on every insert,
-- and where the legacy (version 1) prefix ends. A deleted tail or an emptied table that forgot
-- this row shows at once; one that rewrote it too is caught by the checkpoints kept outside the
-- database (RECON_AUDIT_CHECKPOINT_FILE, `recon audit checkpoint`, the daily summary).
CREATE TABLE audit_head (
  one            boolean PRIMARY KEY DEFAULT true CHECK (one),
  legacy_through bigint NOT NULL,
  seq            bigint NOT NULL,
  hash           text NOT NULL
);
INSERT INTO audit_head (legacy_through, seq, hash)
SELECT coalesce(max(seq), 0), coalesce(max(seq), 0),
       coalesce((SELECT a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1), repeat('0', 64))
  FROM audit_log;

-- SECURITY DEFINER: the application role inserts into audit_log but has no UPDATE on audit_head
-- (see README, "Owner and application role"); the head moves only through this function.
CREATE FUNCTION audit_head_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_head_follow();

-- The head moves only from the trigger above (trigger depth 2); nobody updates or deletes it.
CREATE FUNCTION audit_head_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN RETURN NEW; END IF;
  RAISE EXCEPTION 'audit_head moves only with audit_log: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_head_no_change BEFORE UPDATE OR DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_refuse_change();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_head_refuse_change();

-- An operating-system login as a person's identity: `recon import` run by that login posts the
-- lines as that person, so segregation of duties holds for imports from the command line.
ALTER TABLE person_identities DROP CONSTRAINT person_identities_kind_check;
ALTER TABLE person_identities ADD CONSTRAINT person_identities_kind_check CHECK (kind IN ('aad', 'webchat', 'wecom', 'os'));
