/** Repository functions for differences and their resolutions. */
import { z } from 'zod';
import { DifferenceKindSchema, JsonDifferenceSchema } from '../model.ts';
import type { Db } from './db.ts';

export const DifferenceRowSchema = z.object({
  id: z.string(),
  account: z.string(),
  currency: z.string(),
  run_id: z.string(),
  period: z.string(),
  kind: z.enum(['bank_only_credit', 'bank_only_debit', 'ledger_only_credit', 'ledger_only_debit', 'amount_mismatch', 'duplicate']),
  side: z.enum(['bank', 'ledger', 'both']),
  amount: z.string(),
  bank_ids: z.array(z.string()),
  ledger_ids: z.array(z.string()),
  state: z.enum(['open', 'in_review', 'proposed', 'approved', 'rejected', 'closed', 'superseded']),
  version: z.number().int(),
  note: z.string(),
  last_actor: z.string(),
  last_actor_name: z.string().nullable(),
  created_at: z.date(),
  updated_at: z.date(),
  /** The earliest booking date among the difference's lines (its age counts from here). */
  first_date: z.string().nullable(),
  /** The first non-empty counterparty among its lines, for one-line lists. */
  counterparty: z.string().nullable(),
  /** The expected clearing date of its live 未达账项 mark (migration 090), or null. */
  transit_expected: z.string().nullable(),
});
export type DifferenceRow = z.infer<typeof DifferenceRowSchema>;

const SELECT = `SELECT d.id::text AS id, d.account, a.currency, d.run_id::text AS run_id, r.period, d.kind, d.side,
    d.amount::text AS amount, d.bank_ids::text[] AS bank_ids, d.ledger_ids::text[] AS ledger_ids, d.state, d.version,
    d.note, d.last_actor, u.name AS last_actor_name, d.created_at, d.updated_at,
    (SELECT min(t.date)::text FROM transactions t WHERE t.id = ANY(d.bank_ids || d.ledger_ids)) AS first_date,
    (SELECT t.counterparty FROM transactions t WHERE t.id = ANY(d.bank_ids || d.ledger_ids) AND t.counterparty <> '' ORDER BY t.id LIMIT 1) AS counterparty,
    (SELECT x.expected_date::text FROM in_transit x WHERE x.difference_id = d.id AND x.cleared_at IS NULL) AS transit_expected
  FROM differences d JOIN accounts a ON a.number = d.account JOIN runs r ON r.id = d.run_id
  LEFT JOIN person_identities i ON i.external_id = d.last_actor LEFT JOIN people u ON u.id = i.person_id`;

export async function selectDifference(db: Db, id: string, forUpdate = false): Promise<DifferenceRow | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const res = await db.query(`${SELECT} WHERE d.id = $1${forUpdate ? ' FOR UPDATE OF d' : ''}`, [id]);
  return res.rows[0] ? DifferenceRowSchema.parse(res.rows[0]) : null;
}

export interface DifferenceFilter {
  readonly account?: string | undefined;
  readonly states: readonly string[];
  readonly limit: number;
  readonly offset: number;
}

/**
 * Oldest first (by the earliest booking date of their lines, the date their age counts from), then
 * larger amounts, then id: the order people work through them.
 */
export async function selectDifferences(db: Db, f: DifferenceFilter): Promise<DifferenceRow[]> {
  const res = await db.query(
    `SELECT * FROM (${SELECT} WHERE ($1::text IS NULL OR d.account = $1) AND d.state = ANY($2::text[])) x
      ORDER BY x.first_date NULLS LAST, abs(x.amount::numeric) DESC, x.id::bigint LIMIT $3 OFFSET $4`,
    [f.account ?? null, f.states, f.limit, f.offset],
  );
  return res.rows.map((r) => DifferenceRowSchema.parse(r));
}

/** How many differences `selectDifferences` would list without limit and offset. */
export async function countDifferences(db: Db, f: Pick<DifferenceFilter, 'account' | 'states'>): Promise<number> {
  const res = await db.query(
    `SELECT count(*)::text AS n FROM differences d WHERE ($1::text IS NULL OR d.account = $1) AND d.state = ANY($2::text[])`,
    [f.account ?? null, f.states],
  );
  return Number(z.object({ n: z.string() }).parse(res.rows[0]).n);
}

/**
 * A run found open differences `ids` again with the same lines: they keep their number and now
 * belong to run `runId` (issue 19: a re-run does not renumber what did not change).
 */
export async function carryDifferences(db: Db, ids: readonly string[], runId: string, at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.query(`UPDATE differences SET run_id = $2, updated_at = $3 WHERE id = ANY($1::bigint[]) AND state = 'open'`, [ids, runId, at.toISOString()]);
}

const HeldSchema = z.object({ id: z.string(), state: z.string(), amount: z.string(), kind: DifferenceKindSchema, side: JsonDifferenceSchema.shape.side });

/**
 * Differences of the account that someone is handling (in review, proposed, approved, rejected)
 * with a line dated up to `to`: a run leaves their lines out, so the run adds their amounts to its
 * balance statement itself (service/run.ts).
 */
export async function selectHeldDifferences(db: Db, account: string, to: string): Promise<z.infer<typeof HeldSchema>[]> {
  const res = await db.query(
    `SELECT d.id::text AS id, d.state, d.amount::text AS amount, d.kind, d.side FROM differences d
      WHERE d.account = $1 AND d.state IN ('in_review', 'proposed', 'approved', 'rejected')
        AND EXISTS (SELECT 1 FROM transactions t WHERE t.id = ANY(d.bank_ids || d.ledger_ids) AND t.date <= $2::date)
      ORDER BY d.id`,
    [account, to],
  );
  return res.rows.map((r) => HeldSchema.parse(r));
}

/**
 * Open differences of another period's current run that a run of `period` leaves out and cannot
 * find again, with every line dated by `to`: an amount mismatch (its lines are that run's match)
 * and a duplicate (its twin is in that run's match, so on its own the line would look like one in
 * transit). They still stand between the sides, so the run counts them as their run did.
 */
export async function selectStandingDifferences(db: Db, account: string, period: string, to: string): Promise<z.infer<typeof HeldSchema>[]> {
  const res = await db.query(
    `SELECT d.id::text AS id, d.state, d.amount::text AS amount, d.kind, d.side FROM differences d JOIN runs r ON r.id = d.run_id
      WHERE d.account = $1 AND d.state = 'open' AND d.kind IN ('amount_mismatch', 'duplicate') AND r.superseded_by IS NULL AND r.period <> $2
        AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = ANY(d.bank_ids || d.ledger_ids) AND t.date > $3::date)
      ORDER BY d.id`,
    [account, period, to],
  );
  return res.rows.map((r) => HeldSchema.parse(r));
}

/** SQL: claim `c` is of a line beyond difference `d`'s own (a book adjustment's entry, a manual match's other lines). */
const CLAIMED_BEYOND_OWN = 'NOT (c.line_id = ANY(d.bank_ids || d.ledger_ids))';

const ClosedSchema = HeldSchema.extend({
  bank_ids: z.array(z.string()), ledger_ids: z.array(z.string()),
  /** The approved book adjustment's id and entry reference; null and '' for other resolutions. */
  adjustment: z.string().nullable(), entry_reference: z.string(),
  /** The approved bank-error resolution's id (null for other resolutions), and the references and earliest date of the difference's bank lines. */
  bank_error: z.string().nullable(), bank_refs: z.array(z.string()), bank_date: z.string().nullable(),
  /** Whether a line of the book was already taken as that adjustment's entry (service/run.ts). */
  corrected: z.boolean(),
});
export type ClosedDifference = z.infer<typeof ClosedSchema>;

/**
 * Closed differences of the account with a line dated up to `to`, other than those a manual match
 * settled or whose book entry (an adjustment's, claimed by a run) is dated up to `to` as well: the
 * resolution (a write-off, a bank error, a book adjustment) is decided, but the line stays in the
 * side's closing until a correcting line joins it, so a run counts it as the run that found it did
 * (and leaves it out).
 */
export async function selectClosedDifferences(db: Db, account: string, to: string): Promise<ClosedDifference[]> {
  const res = await db.query(
    `SELECT d.id::text AS id, d.state, d.amount::text AS amount, d.kind, d.side, d.bank_ids::text[] AS bank_ids, d.ledger_ids::text[] AS ledger_ids,
            a.id::text AS adjustment, coalesce(a.entry_reference, '') AS entry_reference,
            (SELECT x.id::text FROM resolutions x WHERE x.difference_id = d.id AND x.decision = 'approved' AND x.kind = 'bank_error' ORDER BY x.id DESC LIMIT 1) AS bank_error,
            ARRAY(SELECT r FROM transactions t, unnest(ARRAY[t.reference, t.bank_reference]) r WHERE t.id = ANY(d.bank_ids) AND r <> '' ORDER BY r) AS bank_refs,
            (SELECT min(t.date)::text FROM transactions t WHERE t.id = ANY(d.bank_ids)) AS bank_date,
            EXISTS (SELECT 1 FROM line_claims c WHERE c.difference_id = d.id AND ${CLAIMED_BEYOND_OWN}) AS corrected
       FROM differences d
       LEFT JOIN LATERAL (SELECT x.id, x.entry_reference FROM resolutions x
                           WHERE x.difference_id = d.id AND x.decision = 'approved' AND x.kind = 'ledger_adjustment' ORDER BY x.id DESC LIMIT 1) a ON true
      WHERE d.account = $1 AND d.state = 'closed'
        AND EXISTS (SELECT 1 FROM transactions t WHERE t.id = ANY(d.bank_ids || d.ledger_ids) AND t.date <= $2::date)
        AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.account = $1 AND m.run_id IS NULL AND (m.bank_ids || m.ledger_ids) && (d.bank_ids || d.ledger_ids))
        AND NOT EXISTS (SELECT 1 FROM line_claims c JOIN transactions e ON e.id = c.line_id
                         WHERE c.difference_id = d.id AND ${CLAIMED_BEYOND_OWN} AND e.date <= $2::date)
      ORDER BY d.id`,
    [account, to],
  );
  return res.rows.map((r) => ClosedSchema.parse(r));
}

/**
 * Lines a closed difference's resolution claimed besides its own (a book adjustment's entry, a
 * manual match's lines): settled for good, so an open difference still holding one is settled too.
 */
export async function selectSettledClaims(db: Db, account: string): Promise<string[]> {
  const res = await db.query(
    `SELECT c.line_id::text AS id FROM line_claims c JOIN differences d ON d.id = c.difference_id
      WHERE c.account = $1 AND d.state = 'closed' AND ${CLAIMED_BEYOND_OWN} ORDER BY c.line_id`,
    [account],
  );
  return res.rows.map((r) => z.object({ id: z.string() }).parse(r).id);
}

const ResidualSchema = z.object({ id: z.string(), amount: z.string() });

/**
 * Manual matches (an approved resolution's, no run) of the account whose lines differ by a residual
 * (one the write-off limit allowed) and are all dated by `to`: their lines leave every run, but the
 * residual stays between the two sides' closings, so a run counts it (bank − book, as an amount
 * mismatch). In match id order.
 */
export async function selectManualResiduals(db: Db, account: string, to: string): Promise<z.infer<typeof ResidualSchema>[]> {
  const res = await db.query(
    `SELECT m.id::text AS id, m.difference::text AS amount FROM matches m
      WHERE m.account = $1 AND m.run_id IS NULL AND m.difference <> 0
        AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = ANY(m.bank_ids || m.ledger_ids) AND t.date > $2::date)
      ORDER BY m.id`,
    [account, to],
  );
  return res.rows.map((r) => ResidualSchema.parse(r));
}

const InTransitLineSchema = z.object({ id: z.string(), side: z.enum(['bank', 'ledger']), amount: z.string() });

/**
 * Lines dated by `to` that a run of `period` leaves out though no pair settles them by then: lines
 * of a match (a later period's current run, or a manual match) whose other lines are dated after
 * `to` (a cheque booked on the 20th and cleared on the 22nd, seen from the 21st), and lines a
 * pending manual-match proposal claims besides its difference's own (those count through the held
 * difference; a closed difference's claims are its own lines, counted through it, or a manual
 * match's, counted above). In store id order.
 */
export async function selectInTransitLines(db: Db, account: string, period: string, to: string): Promise<z.infer<typeof InTransitLineSchema>[]> {
  const res = await db.query(
    `WITH paired AS (
       SELECT m.bank_ids || m.ledger_ids AS ids FROM runs r JOIN matches m ON m.run_id = r.id
        WHERE r.account = $1 AND r.superseded_by IS NULL AND r.period <> $2 AND r.date_to > $3::date
       UNION ALL
       SELECT m.bank_ids || m.ledger_ids FROM matches m WHERE m.account = $1 AND m.run_id IS NULL
     ), straddling AS (
       SELECT unnest(p.ids) AS id FROM paired p
        WHERE EXISTS (SELECT 1 FROM transactions x WHERE x.id = ANY(p.ids) AND x.date > $3::date)
     ), claimed AS (
       SELECT c.line_id AS id FROM line_claims c JOIN differences o ON o.id = c.difference_id
        WHERE c.account = $1 AND o.state IN ('in_review', 'proposed', 'approved', 'rejected')
       EXCEPT
       SELECT unnest(d.bank_ids || d.ledger_ids) FROM differences d
        WHERE d.account = $1 AND d.state IN ('in_review', 'proposed', 'approved', 'rejected')
     )
     SELECT t.id::text AS id, t.side, t.amount::text AS amount FROM (SELECT id FROM straddling UNION SELECT id FROM claimed) s
       JOIN transactions t ON t.id = s.id
      WHERE t.account = $1 AND t.date <= $3::date
      ORDER BY t.id`,
    [account, period, to],
  );
  return res.rows.map((r) => InTransitLineSchema.parse(r));
}

const RunDifferenceSchema = z.object({ id: z.string(), bank_ids: z.array(z.string()), ledger_ids: z.array(z.string()) });

/** The differences of run `runId` with their lines. */
export async function selectRunDifferences(db: Db, runId: string): Promise<z.infer<typeof RunDifferenceSchema>[]> {
  const res = await db.query(`SELECT id::text AS id, bank_ids::text[] AS bank_ids, ledger_ids::text[] AS ledger_ids FROM differences WHERE run_id = $1 ORDER BY id`, [runId]);
  return res.rows.map((r) => RunDifferenceSchema.parse(r));
}

/** Moves a difference to `state` if it is still at `version`; false when someone was quicker. */
export async function updateDifferenceState(db: Db, id: string, version: number, state: string, actor: string, at: Date, note?: string): Promise<boolean> {
  const res = await db.query(
    `UPDATE differences SET state = $3, version = version + 1, last_actor = $4, updated_at = $5, note = coalesce($6, note)
      WHERE id = $1 AND version = $2`,
    [id, version, state, actor, at.toISOString(), note ?? null],
  );
  return res.rowCount === 1;
}

export const ResolutionRowSchema = z.object({
  id: z.string(),
  difference_id: z.string(),
  kind: z.enum(['manual_match', 'bank_error', 'ledger_adjustment', 'pending_customer', 'write_off']),
  reason: z.string(),
  entry_reference: z.string(),
  match_ids: z.array(z.string()),
  /** The channel identity the proposer acted under (audit trail); `proposed_person` is who they are. */
  proposed_by: z.string(),
  proposed_person: z.string(),
  proposed_at: z.date(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  decided_by: z.string().nullable(),
  decided_person: z.string().nullable(),
  decided_at: z.date().nullable(),
  comment: z.string(),
  /** The difference's version the proposal was made at (null: proposed before migration 060). */
  difference_version: z.number().int().nullable(),
});
export type ResolutionRow = z.infer<typeof ResolutionRowSchema>;

const RES_COLUMNS = `id::text AS id, difference_id::text AS difference_id, kind, reason, entry_reference, match_ids::text[] AS match_ids,
  proposed_by, proposed_person::text AS proposed_person, proposed_at, decision, decided_by, decided_person::text AS decided_person, decided_at, comment, difference_version`;

export async function selectResolutions(db: Db, differenceId: string): Promise<ResolutionRow[]> {
  const res = await db.query(`SELECT ${RES_COLUMNS} FROM resolutions WHERE difference_id = $1 ORDER BY id`, [differenceId]);
  return res.rows.map((r) => ResolutionRowSchema.parse(r));
}

/** The proposal waiting for a decision, if any. */
export async function selectPendingResolution(db: Db, differenceId: string): Promise<ResolutionRow | null> {
  const res = await db.query(`SELECT ${RES_COLUMNS} FROM resolutions WHERE difference_id = $1 AND decision IS NULL ORDER BY id DESC LIMIT 1`, [differenceId]);
  return res.rows[0] ? ResolutionRowSchema.parse(res.rows[0]) : null;
}

const IdRowSchema = z.object({ id: z.string() });

/**
 * A run's re-examination: the open differences `ids` become `state` (superseded), pointing at
 * the run that explained them again. Differences no longer open are left as they are.
 */
export async function supersedeDifferences(db: Db, ids: readonly string[], state: string, runId: string, actor: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE differences SET state = $5, superseded_by = $2, version = version + 1, last_actor = $3, updated_at = $4
      WHERE id = ANY($1::bigint[]) AND state = 'open'`,
    [ids, runId, actor, at.toISOString(), state],
  );
}

/**
 * A manual match's side effect: the account's open differences (other than `except`) that hold
 * any of `lineIds` become `state` (superseded). Returns their ids.
 */
export async function supersedeDifferencesHolding(db: Db, account: string, lineIds: readonly string[], except: string, state: string, actor: string, at: Date): Promise<string[]> {
  const res = await db.query(
    `UPDATE differences SET state = $6, version = version + 1, last_actor = $3, updated_at = $4
      WHERE account = $2 AND state = 'open' AND id <> $5 AND (bank_ids || ledger_ids) && $1::bigint[] RETURNING id::text AS id`,
    [lineIds, account, actor, at.toISOString(), except, state],
  );
  return res.rows.map((r) => IdRowSchema.parse(r).id);
}


export interface NewResolution {
  readonly differenceId: string;
  readonly kind: string;
  readonly reason: string;
  readonly entryReference: string;
  readonly matchIds: readonly string[];
  /** The identity acted under, and the person behind it. */
  readonly proposedBy: string;
  readonly proposedPerson: string;
  readonly at: Date;
  /** The difference's version once the proposal is made. */
  readonly differenceVersion: number;
}

/** Stores a proposal; returns its id. */
export async function insertResolution(db: Db, r: NewResolution): Promise<string> {
  const res = await db.query(
    `INSERT INTO resolutions (difference_id, kind, reason, entry_reference, match_ids, proposed_by, proposed_person, proposed_at, difference_version)
     VALUES ($1, $2, $3, $4, $5::bigint[], $6, $7, $8, $9) RETURNING id::text AS id`,
    [r.differenceId, r.kind, r.reason, r.entryReference, r.matchIds, r.proposedBy, r.proposedPerson, r.at.toISOString(), r.differenceVersion],
  );
  return IdRowSchema.parse(res.rows[0]).id;
}

/** Records the checker's decision on proposal `id`. */
export async function decideResolution(db: Db, id: string, d: { decision: 'approved' | 'rejected'; by: string; person: string; at: Date; comment: string }): Promise<void> {
  await db.query(`UPDATE resolutions SET decision = $5, decided_by = $2, decided_person = $6, decided_at = $3, comment = $4 WHERE id = $1`,
    [id, d.by, d.at.toISOString(), d.comment, d.decision, d.person]);
}
