/**
 * Repository for 未达账项 (migration 090): marks on one-sided differences expected to clear by a
 * date, and what runs did to them (cleared, carried, moved to the difference now holding the lines).
 */
import { z } from 'zod';
import type { Db } from './db.ts';

export const InTransitRowSchema = z.object({
  id: z.string(),
  account: z.string(),
  difference_id: z.string(),
  expected_date: z.string(),
  note: z.string(),
  marked_by: z.string(),
  marked_at: z.date(),
  cleared_run: z.string().nullable(),
  cleared_at: z.date().nullable(),
});
export type InTransitRow = z.infer<typeof InTransitRowSchema>;

const COLUMNS = `id::text AS id, account, difference_id::text AS difference_id, expected_date::text AS expected_date, note, marked_by,
  marked_at, cleared_run::text AS cleared_run, cleared_at`;

/** Marks difference `differenceId` in transit; returns the mark's id. */
export async function insertInTransit(db: Db, m: { account: string; differenceId: string; expected: string; note: string; by: string; at: Date }): Promise<string> {
  const res = await db.query(
    `INSERT INTO in_transit (account, difference_id, expected_date, note, marked_by, marked_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id`,
    [m.account, m.differenceId, m.expected, m.note, m.by, m.at.toISOString()],
  );
  return z.object({ id: z.string() }).parse(res.rows[0]).id;
}

/** The live (not cleared) mark of a difference, or null. */
export async function selectLiveInTransit(db: Db, differenceId: string): Promise<InTransitRow | null> {
  const res = await db.query(`SELECT ${COLUMNS} FROM in_transit WHERE difference_id = $1 AND cleared_at IS NULL`, [differenceId]);
  return res.rows[0] ? InTransitRowSchema.parse(res.rows[0]) : null;
}

/** Live marks of an account (all accounts: null), oldest expected date first. */
export async function selectLiveInTransitOf(db: Db, account: string | null): Promise<InTransitRow[]> {
  const res = await db.query(
    `SELECT ${COLUMNS} FROM in_transit WHERE cleared_at IS NULL AND ($1::text IS NULL OR account = $1) ORDER BY expected_date, id`, [account],
  );
  return res.rows.map((r) => InTransitRowSchema.parse(r));
}

/** A run found the lines of the mark's difference matched: the mark is cleared by that run. */
export async function clearInTransit(db: Db, id: string, runId: string, at: Date): Promise<void> {
  await db.query(`UPDATE in_transit SET cleared_run = $2, cleared_at = $3 WHERE id = $1 AND cleared_at IS NULL`, [id, runId, at.toISOString()]);
}

/** A run explained the mark's lines by another difference: the mark follows the lines there. */
export async function moveInTransit(db: Db, id: string, differenceId: string): Promise<void> {
  await db.query(`UPDATE in_transit SET difference_id = $2 WHERE id = $1 AND cleared_at IS NULL`, [id, differenceId]);
}

/** A mark replaced by a newer one (another date): retired, with no run that cleared it. */
export async function retireInTransit(db: Db, id: string, at: Date): Promise<void> {
  await db.query(`UPDATE in_transit SET cleared_at = $2 WHERE id = $1 AND cleared_at IS NULL`, [id, at.toISOString()]);
}

const TransitStandingSchema = z.object({
  account: z.string(), difference_id: z.string(), expected_date: z.string(), amount: z.string(), kind: z.string(), counterparty: z.string().nullable(),
});
export type TransitStandingRow = z.infer<typeof TransitStandingSchema>;

/**
 * Live marks whose difference still needs somebody (`states`), with the difference's amount:
 * what status counts and the daily summary's ageing alert lists. Earliest expected date first.
 */
export async function selectTransitStanding(db: Db, account: string | null, states: readonly string[]): Promise<TransitStandingRow[]> {
  const res = await db.query(
    `SELECT x.account, x.difference_id::text AS difference_id, x.expected_date::text AS expected_date, d.amount::text AS amount, d.kind,
            (SELECT t.counterparty FROM transactions t WHERE t.id = ANY(d.bank_ids || d.ledger_ids) AND t.counterparty <> '' ORDER BY t.id LIMIT 1) AS counterparty
       FROM in_transit x JOIN differences d ON d.id = x.difference_id
      WHERE x.cleared_at IS NULL AND d.state = ANY($2::text[]) AND ($1::text IS NULL OR x.account = $1)
      ORDER BY x.expected_date, x.difference_id`,
    [account, states],
  );
  return res.rows.map((r) => TransitStandingSchema.parse(r));
}
