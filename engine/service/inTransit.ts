/**
 * 未达账项 (items in transit): a ledger-only or bank-only difference that staff expect to clear by
 * a date (a cheque not yet presented, a deposit not yet credited) is marked so, audited. The mark
 * settles nothing: the difference stays open, every later run re-examines its lines and clears
 * the mark when they match (service/run.ts). Marks past their date are the daily summary's
 * ageing alert (service/status.ts).
 */
import { EngineError } from '../errors.ts';
import { appendAudit } from '../store/audit.ts';
import { lockAccountOfDifference } from '../store/claims.ts';
import type { Db } from '../store/db.ts';
import { selectDifference } from '../store/differences.ts';
import { insertInTransit, retireInTransit, selectLiveInTransit } from '../store/inTransit.ts';
import { ACTIONABLE_STATES } from './differences.ts';
import { daysBetween, isIsoDate } from './period.ts';
import { requireUser } from './users.ts';

/** Kinds that can be in transit: one side has the line, the other has not booked it yet. */
export const TRANSIT_KINDS: ReadonlySet<string> = new Set(['bank_only_credit', 'bank_only_debit', 'ledger_only_credit', 'ledger_only_debit']);

/** Longest a person may expect an item to stay in transit. */
const MAX_DAYS_AHEAD = 366;

export interface MarkInTransitRequest {
  readonly differenceId: string;
  /** The version the person saw; a stale one is a conflict. */
  readonly version?: number | undefined;
  readonly actor: string;
  readonly at: Date;
  /** YYYY-MM-DD: when the other side is expected to book it. */
  readonly expected: string;
  readonly note?: string;
}

/**
 * Marks a one-sided, open difference as in transit until `expected`. Refused: unknown person
 * (STORE.UNKNOWN_USER), a customer (STORE.FORBIDDEN), a difference that is not open and one-sided
 * (STORE.ILLEGAL_TRANSITION), a date before `at`'s day or the line or over a year after it (STORE.BAD_INPUT),
 * a stale version (STORE.VERSION_CONFLICT). Marking one already marked changes its date.
 */
export async function markInTransit(db: Db, req: MarkInTransitRequest): Promise<{ markId: string; expected: string }> {
  return db.transaction(async (tx) => {
    await lockAccountOfDifference(tx, req.differenceId);
    const user = await requireUser(tx, req.actor);
    if (user.role === 'customer') throw new EngineError('STORE.FORBIDDEN', `${user.role} may not mark items in transit`, { role: user.role, action: 'in_transit' });
    const row = await selectDifference(tx, req.differenceId, true);
    if (!row) throw new EngineError('STORE.UNKNOWN_DIFFERENCE', `unknown difference ${req.differenceId}`, { difference: req.differenceId });
    if (req.version !== undefined && req.version !== row.version) {
      throw new EngineError('STORE.VERSION_CONFLICT', `difference ${row.id} was changed (now ${row.state}, version ${row.version})`,
        { difference: row.id, by: row.last_actor_name ?? row.last_actor, state: row.state, version: row.version });
    }
    // Only open differences are re-examined by runs; one in review would never be seen to clear.
    if (row.state !== 'open' || !TRANSIT_KINDS.has(row.kind) || !ACTIONABLE_STATES.includes(row.state)) {
      throw new EngineError('STORE.ILLEGAL_TRANSITION', `difference ${row.id} (${row.kind}, ${row.state}) cannot be marked in transit`, { state: row.state, action: 'in_transit' });
    }
    const today = req.at.toISOString().slice(0, 10);
    // Not before today (UTC: a branch east of UTC is never refused its own today) nor the line: a past date would be overdue at once.
    const earliest = row.first_date !== null && row.first_date > today ? row.first_date : today;
    if (!isIsoDate(req.expected) || req.expected < earliest || daysBetween(today, req.expected) > MAX_DAYS_AHEAD) {
      const problems = `expected clearing date ${req.expected.slice(0, 20)} must be a date from ${earliest} to a year from today`;
      throw new EngineError('STORE.BAD_INPUT', problems, { problems });
    }
    const before = await selectLiveInTransit(tx, row.id);
    if (before) await retireInTransit(tx, before.id, req.at);
    const markId = await insertInTransit(tx, { account: row.account, differenceId: row.id, expected: req.expected, note: (req.note ?? '').trim(), by: user.channelUserId, at: req.at });
    await appendAudit(tx, {
      actor: user.channelUserId, source: 'manual', action: 'difference.in_transit', entity: 'difference', entityId: row.id, at: req.at,
      before: before ? { expected: before.expected_date } : null,
      after: { expected: req.expected, mark: markId, ...(req.note ? { note: req.note.trim() } : {}) },
    });
    return { markId, expected: req.expected };
  });
}
