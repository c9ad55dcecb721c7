-- People, not channel ids (issue 14). A person has a name and a role; each of their channel
-- identities (Teams aadObjectId, Web Chat / OIDC user id, later WeCom) maps to them, so roles,
-- maker-checker and segregation of duties are decided per person, whichever identity acts.
CREATE TABLE people (
  id          bigserial PRIMARY KEY,
  name        text NOT NULL CHECK (name <> ''),
  role        text NOT NULL CHECK (role IN ('customer', 'staff', 'approver', 'admin')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  carried_from text UNIQUE
);

-- An external id names at most one person whatever its kind: the dialogs see one string
-- (aadObjectId, else from.id) and resolve it without guessing a kind.
CREATE TABLE person_identities (
  kind         text NOT NULL CHECK (kind IN ('aad', 'webchat', 'wecom')),
  external_id  text NOT NULL CHECK (external_id <> ''),
  person_id    bigint NOT NULL REFERENCES people (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, external_id),
  UNIQUE (external_id)
);
CREATE INDEX person_identities_person ON person_identities (person_id);

-- One person per old user, one identity each: a GUID is a Teams object id, anything else a Web Chat id.
INSERT INTO people (name, role, created_at, carried_from)
  SELECT name, role, created_at, channel_user_id FROM users ORDER BY channel_user_id;
INSERT INTO person_identities (kind, external_id, person_id, created_at)
  SELECT CASE WHEN carried_from ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN 'aad' ELSE 'webchat' END,
         carried_from, id, created_at
  FROM people WHERE carried_from IS NOT NULL;

-- Resolutions record the person (what maker-checker compares) next to the identity used (audit trail).
ALTER TABLE resolutions DROP CONSTRAINT IF EXISTS resolutions_proposed_by_fkey;
ALTER TABLE resolutions DROP CONSTRAINT IF EXISTS resolutions_decided_by_fkey;
ALTER TABLE resolutions ADD COLUMN proposed_person bigint REFERENCES people (id);
ALTER TABLE resolutions ADD COLUMN decided_person bigint REFERENCES people (id);
UPDATE resolutions r SET proposed_person = p.id FROM people p WHERE p.carried_from = r.proposed_by;
UPDATE resolutions r SET decided_person = p.id FROM people p WHERE p.carried_from = r.decided_by;
ALTER TABLE resolutions ALTER COLUMN proposed_person SET NOT NULL;
ALTER TABLE resolutions ADD CONSTRAINT resolutions_other_person
  CHECK (decided_person IS NULL OR decided_person <> proposed_person);
ALTER TABLE resolutions ADD CONSTRAINT resolutions_decided_person
  CHECK ((decided_by IS NULL) = (decided_person IS NULL));
COMMENT ON COLUMN resolutions.proposed_by IS 'channel identity (external id) the proposer acted under';
COMMENT ON COLUMN resolutions.decided_by IS 'channel identity (external id) the checker acted under';

DROP TABLE users;
ALTER TABLE people DROP COLUMN carried_from;
