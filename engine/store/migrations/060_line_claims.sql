-- One line, one live settlement (issue 15). A resolution claims every line it settles, its
-- difference's own and, for a manual match, the chosen ones, from the moment it is proposed: a row per line, keyed by
-- the line, so a second proposal (or an approval racing another on another connection) that
-- names a claimed line finds the key taken. A rejection releases the claims; an approval keeps
-- them for good (the manual match is live). A run reads the account's claims with the lines it
-- skips (engine/store/runs.ts), under the account row lock that proposals and approvals share.
--
-- Why claims for resolutions only, and not one per line a run matches: a run of 1M lines
-- writes ~900k matches, i.e. ~1.8M claim rows with a unique index and a key check each, on every
-- run and re-run. A run's matches are already one per line by construction (the engine's passes
-- claim each line once, in memory) and a run is atomic under the account lock; what could take a
-- line twice is a person's resolution, a handful per account, so that is what the key covers; the
-- run skips claimed lines (one more arm of the query that already skips manual matches).
CREATE TABLE line_claims (
  line_id       bigint PRIMARY KEY REFERENCES transactions (id),
  account       text NOT NULL REFERENCES accounts (number),
  difference_id bigint NOT NULL REFERENCES differences (id),
  resolution_id bigint NOT NULL REFERENCES resolutions (id)
);
CREATE INDEX line_claims_account ON line_claims (account);
CREATE INDEX line_claims_resolution ON line_claims (resolution_id);

-- The difference's version a proposal was made at (after the proposal's own move): approval
-- refuses a proposal whose difference moved on since.
ALTER TABLE resolutions ADD COLUMN difference_version integer;

-- Resolutions proposed or approved before this migration claim their lines now, approved ones
-- first, then the earliest; a line two of them named stays with that one, and the other's
-- approval is refused when it re-checks its claims (engine/service/resolve.ts).
INSERT INTO line_claims (line_id, account, difference_id, resolution_id)
SELECT DISTINCT ON (l.line_id) l.line_id, d.account, d.id, r.id
  FROM resolutions r JOIN differences d ON d.id = r.difference_id
  CROSS JOIN LATERAL unnest(d.bank_ids || d.ledger_ids || r.match_ids) AS l(line_id)
 WHERE r.decision = 'approved' OR r.decision IS NULL
 ORDER BY l.line_id, (r.decision IS NULL), r.id;
