/**
 * Candidate counterparts of a difference: lines of the other side that nothing settles yet (they
 * sit in another unhandled difference of the same account), ranked by the pure scorer.
 * Only one-sided differences (*_only_*) have counterparts; a mismatch or a duplicate has none.
 */
import { Decimal } from '../money.ts';
import { rankCandidates, type Candidate, type CandidateLine } from '../match/candidates.ts';
import type { Db } from '../store/db.ts';
import { selectLinesInDifferences } from '../store/transactions.ts';
import { getDifference, toLineView, type LineView } from './differences.ts';

export interface CandidateView {
  readonly line: LineView;
  readonly reasons: Candidate['reasons'];
  readonly days: number;
  /** The other difference the line sits in (it is superseded when the manual match is approved). */
  readonly differenceId: string;
}

/**
 * Differences whose lines may still be matched by hand: open ones only. A difference in review or
 * rejected is someone's work in progress; approval of a manual match supersedes open ones only.
 */
const UNHANDLED = ['open'];

/**
 * Up to `limit` candidates for difference `id`, best first. `windowDays` is wider than the
 * matching passes' window on purpose: a cheque presented a month later is still its counterpart.
 */
export async function findCandidates(db: Db, id: string, options: { windowDays?: number; limit?: number } = {}): Promise<CandidateView[]> {
  const d = await getDifference(db, id);
  if (d.side === 'both' || d.kind === 'duplicate') return [];
  const other = d.side === 'bank' ? 'ledger' : 'bank';
  const rows = await selectLinesInDifferences(db, { account: d.account, except: d.id, states: UNHANDLED, side: other, currency: d.currency });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lines: CandidateLine[] = rows.map((r) => ({ id: r.id, date: r.date, amount: new Decimal(r.amount), reference: r.reference, counterparty: r.counterparty }));
  const own = d.lines.filter((l) => l.side === d.side);
  const first = own[0];
  if (!first) return [];
  // A group of lines is one amount: its sum is what a counterpart would show.
  const target = { date: first.date, amount: own.reduce((s, l) => s.plus(l.amount), new Decimal(0)), reference: first.reference, counterparty: first.counterparty };
  return rankCandidates(target, lines, { windowDays: options.windowDays ?? 45, limit: options.limit ?? 5 }).map((c) => {
    const row = byId.get(c.line.id)!;
    return { line: toLineView(row), reasons: c.reasons, days: c.days, differenceId: row.difference_id };
  });
}
