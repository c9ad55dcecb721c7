/** Reading differences: lists for people and tools, and one difference with its lines and history. */
import { EngineError } from '../errors.ts';
import { Decimal } from '../money.ts';
import type { Db } from '../store/db.ts';
import { countDifferences, selectDifference, selectDifferences, selectResolutions, type DifferenceRow, type ResolutionRow } from '../store/differences.ts';
import { selectLinesById, selectRepeatedLines, type StoredLine } from '../store/transactions.ts';
import { DifferenceStateSchema, type DifferenceState } from './lifecycle.ts';
import { ageInDays } from './period.ts';

export interface DifferenceView {
  readonly id: string;
  readonly account: string;
  readonly currency: string;
  readonly runId: string;
  readonly period: string;
  readonly kind: DifferenceRow['kind'];
  readonly side: DifferenceRow['side'];
  readonly amount: Decimal;
  /** Store ids of the lines. */
  readonly bankLineIds: readonly string[];
  readonly ledgerLineIds: readonly string[];
  readonly state: DifferenceState;
  /** Pass it back when acting: a stale version is a conflict. */
  readonly version: number;
  readonly note: string;
  readonly lastActor: string;
  readonly lastActorName: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** The earliest booking date among its lines: its age counts from here (ageInDays). */
  readonly firstDate: string | null;
  /** The first non-empty counterparty among its lines ('' when none). */
  readonly counterparty: string;
  /** Expected clearing date of its live 未达账项 mark, or null. */
  readonly transitExpected: string | null;
}

export { ageInDays };

export interface LineView {
  readonly id: string;
  readonly side: 'bank' | 'ledger';
  /** The bank's id, or fp:… for a line whose file had none. */
  readonly extId: string;
  readonly date: string;
  readonly amount: Decimal;
  readonly currency: string;
  readonly reference: string;
  readonly counterparty: string;
  readonly description: string;
  readonly postedBy: string | null;
}

export type ResolutionKind = ResolutionRow['kind'];

export interface ResolutionView {
  readonly id: string;
  readonly kind: ResolutionKind;
  readonly reason: string;
  readonly entryReference: string;
  readonly matchLineIds: readonly string[];
  /** The channel identity the proposer acted under; `proposedPerson` is who they are. */
  readonly proposedBy: string;
  readonly proposedPerson: string;
  readonly proposedAt: Date;
  readonly decision: 'approved' | 'rejected' | null;
  readonly decidedBy: string | null;
  readonly decidedPerson: string | null;
  readonly decidedAt: Date | null;
  readonly comment: string;
}

export interface DifferenceDetail extends DifferenceView {
  readonly lines: readonly LineView[];
  /** For a duplicate: the lines it repeats (same side, date, amount, reference), else empty. */
  readonly repeats: readonly LineView[];
  readonly resolutions: readonly ResolutionView[];
}

export function toView(r: DifferenceRow): DifferenceView {
  return {
    id: r.id, account: r.account, currency: r.currency, runId: r.run_id, period: r.period, kind: r.kind, side: r.side,
    amount: new Decimal(r.amount), bankLineIds: r.bank_ids, ledgerLineIds: r.ledger_ids, state: r.state, version: r.version,
    note: r.note, lastActor: r.last_actor, lastActorName: r.last_actor_name, createdAt: r.created_at, updatedAt: r.updated_at,
    firstDate: r.first_date, counterparty: r.counterparty ?? '', transitExpected: r.transit_expected,
  };
}

export function toLineView(l: StoredLine): LineView {
  return {
    id: l.id, side: l.side, extId: l.ext_id, date: l.date, amount: new Decimal(l.amount), currency: l.currency,
    reference: l.reference, counterparty: l.counterparty, description: l.description, postedBy: l.posted_by,
  };
}

function toResolutionView(r: ResolutionRow): ResolutionView {
  return {
    id: r.id, kind: r.kind, reason: r.reason, entryReference: r.entry_reference, matchLineIds: r.match_ids,
    proposedBy: r.proposed_by, proposedPerson: r.proposed_person, proposedAt: r.proposed_at, decision: r.decision,
    decidedBy: r.decided_by, decidedPerson: r.decided_person,
    decidedAt: r.decided_at, comment: r.comment,
  };
}

/** States that still need somebody (the default list). */
export const ACTIVE_STATES: readonly DifferenceState[] = ['open', 'in_review', 'proposed', 'approved', 'rejected'];
/** States in which staff act on a difference: what lists show and status counts as 未处理 (open). */
export const ACTIONABLE_STATES: readonly DifferenceState[] = ['open', 'in_review', 'rejected'];
/** States in which a proposal waits for its checker: 待审批, counted apart from 未处理. */
export const AWAITING_STATES: readonly DifferenceState[] = ['proposed'];
/** Approved but not closed: a 待客户确认 resolution waiting for the customer's answer, counted apart from both. */
export const CUSTOMER_STATES: readonly DifferenceState[] = ['approved'];

export interface ListDifferencesQuery {
  readonly account?: string | undefined;
  /** One state or several; default: every state that still needs somebody. */
  readonly state?: DifferenceState | readonly DifferenceState[] | undefined;
  readonly limit?: number;
  readonly offset?: number;
}

function statesOf(q: ListDifferencesQuery): readonly DifferenceState[] {
  const states = q.state === undefined ? ACTIVE_STATES : typeof q.state === 'string' ? [q.state] : q.state;
  for (const s of states) DifferenceStateSchema.parse(s);
  return states;
}

/** Differences, oldest first (earliest booking date of their lines), then by amount (largest first), then id. */
export async function listDifferences(db: Db, q: ListDifferencesQuery = {}): Promise<DifferenceView[]> {
  const rows = await selectDifferences(db, { account: q.account, states: statesOf(q), limit: q.limit ?? 1000, offset: q.offset ?? 0 });
  return rows.map(toView);
}

/** How many differences listDifferences would list without paging. */
export async function countListed(db: Db, q: Pick<ListDifferencesQuery, 'account' | 'state'> = {}): Promise<number> {
  return countDifferences(db, { account: q.account, states: statesOf(q) });
}

/** One difference with its lines and every resolution proposed for it; STORE.UNKNOWN_DIFFERENCE if none. */
export async function getDifference(db: Db, id: string): Promise<DifferenceDetail> {
  const row = await selectDifference(db, id);
  if (!row) throw new EngineError('STORE.UNKNOWN_DIFFERENCE', `unknown difference ${id}`, { difference: id });
  const lines = await selectLinesById(db, [...row.bank_ids, ...row.ledger_ids]);
  const resolutions = await selectResolutions(db, id);
  const repeats = row.kind === 'duplicate' ? await selectRepeatedLines(db, [...row.bank_ids, ...row.ledger_ids]) : [];
  return { ...toView(row), lines: lines.map(toLineView), repeats: repeats.map(toLineView), resolutions: resolutions.map(toResolutionView) };
}
