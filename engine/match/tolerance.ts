/**
 * Pass 4, `tolerance` (only when an amount tolerance is given): a bank line and a ledger line of
 * the same sign whose amounts differ by at most the tolerance, and which share a reference (any
 * dates) or a counterparty (dates within the window). Bank lines are taken in id order; each picks
 * its best candidate: shared reference first, then the smallest amount difference, then the
 * closest date, then the lower id. Lines a previous pass found ambiguous are not touched. The
 * match is reported with an `amount_mismatch` when the amounts differ.
 */
import { groupBy, type Claims } from './claims.ts';
import { byRank, type Line } from '../lines/line.ts';

interface Best {
  line: Line;
  sameRef: boolean;
  diff: number;
  days: number;
}

function better(a: Best, b: Best | null): boolean {
  if (b === null) return true;
  if (a.sameRef !== b.sameRef) return a.sameRef;
  if (a.diff !== b.diff) return a.diff < b.diff;
  if (a.days !== b.days) return a.days < b.days;
  return a.line.rank < b.line.rank;
}

/** Index of the first line with minor >= x in a list sorted by minor. */
function lowerBound(list: readonly Line[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.minor < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function matchTolerance(bank: readonly Line[], ledger: readonly Line[], toleranceMinor: number, windowDays: number, claims: Claims): void {
  const free = (l: Line): boolean => !l.claimed && !l.ambiguous;
  const byRef = groupBy(ledger, (l) => (free(l) ? l.ref : ''));
  const byCp = groupBy(ledger, (l) => (free(l) ? l.cp : ''));
  for (const list of byCp.values()) list.sort((a, b) => (a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : a.rank - b.rank));
  const candidates = bank.filter(free).sort(byRank);
  for (const b of candidates) {
    const pick: { best: Best | null } = { best: null };
    const consider = (l: Line, sameRef: boolean): void => {
      if (l.claimed || (l.minor < 0) !== (b.minor < 0)) return;
      // Same sign: the difference of two safe integers is exact.
      const diff = Math.abs(b.minor - l.minor);
      const days = Math.abs(b.day - l.day);
      if (diff > toleranceMinor || (!sameRef && days > windowDays)) return;
      const c = { line: l, sameRef, diff, days };
      if (better(c, pick.best)) pick.best = c;
    };
    if (b.ref !== '') for (const l of byRef.get(b.ref) ?? []) consider(l, true);
    if (b.cp !== '') {
      const list = byCp.get(b.cp) ?? [];
      for (let i = lowerBound(list, b.minor - toleranceMinor); i < list.length && list[i]!.minor <= b.minor + toleranceMinor; i++) {
        const l = list[i]!;
        consider(l, b.ref !== '' && l.ref === b.ref);
      }
    }
    if (pick.best !== null) claims.pair('tolerance', b, pick.best.line);
  }
}
