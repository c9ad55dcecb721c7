/**
 * Pass 2, `one_to_many` / `many_to_one`: lines sharing a reference whose sums agree exactly —
 * one bank debit for a batch payroll (批量代发) against the journal's line per employee, or
 * several bank receipts paying one invoice in parts. The search is bounded on purpose: it takes
 * ALL still-unclaimed lines of a reference on one side against the single unclaimed line of that
 * reference on the other side. It never looks for a subset (no subset-sum), never combines lines
 * without a shared reference, and makes no many-to-many link.
 */
import type { Claims } from './claims.ts';
import { byRank, sumMinor } from '../lines/line.ts';
import { asList, type OneOrMany, type RefIndex } from './ref-index.ts';

/** The group pass for one reference held by several lines on at least one side. */
export function matchGroup(bankSide: OneOrMany, ledgerSide: OneOrMany, claims: Claims): void {
  const b = asList(bankSide);
  const l = asList(ledgerSide);
  if (b.length === 1 && l.length >= 2 && sumMinor(l) === b[0]!.minor) {
    claims.link('one_to_many', b, [...l].sort(byRank));
  } else if (l.length === 1 && b.length >= 2 && sumMinor(b) === l[0]!.minor) {
    claims.link('many_to_one', [...b].sort(byRank), l);
  }
}

export function matchGroups(index: RefIndex, claims: Claims): void {
  index.forEachShared((bankSide, ledgerSide) => {
    if (!Array.isArray(bankSide) && !Array.isArray(ledgerSide)) return; // 1:1 is the reference pass's
    matchGroup(bankSide, ledgerSide, claims);
  });
}
