/**
 * A book adjustment reaches the journal. Approving a resolution that adjusts the book (a duplicate
 * posting to reverse, an amount keyed wrong, a bank fee not yet booked) closes the difference, but
 * its line stays in the book until the entry the resolution names (its entry reference, 记-1032)
 * is posted and imported. A run then finds that entry among the journal lines it would examine: a
 * line whose id or reference is the entry reference (or whose date/voucher id ends in it) and
 * whose amount is what the adjustment must post. The run claims the line for the resolution
 * (line_claims: no run or manual match takes it again) and leaves it out; from its date on, the
 * difference and its entry cancel in the book's closing, so neither is counted
 * (store/differences.ts, selectClosedDifferences).
 */
import { Decimal } from '../money.ts';
import type { ClosedDifference } from '../store/differences.ts';

/** What the book must post to settle a difference adjusted on its side (bank minus book for a mismatch). */
export function correctionAmount(d: Pick<ClosedDifference, 'side' | 'amount'>): Decimal {
  const amount = new Decimal(d.amount);
  return d.side === 'ledger' ? amount.neg() : amount;
}

/** An entry reference or a line's id as people write it: full-width forms, case and outer spaces aside. */
function entryKey(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase();
}

/**
 * Whether a journal line is the entry `key`: its id or reference is, or its id is a journal
 * reader's date/voucher id ending in it (2026-11-30/记-11099 for 记-11099).
 */
function names(l: JournalLine, key: string): boolean {
  const id = entryKey(l.id);
  return id === key || id.endsWith(`/${key}`) || entryKey(l.reference) === key;
}

interface JournalLine {
  readonly id: string;
  readonly reference: string;
  readonly amount: Decimal;
}

/**
 * The journal line that posts each closed, not yet corrected book adjustment, among `lines` (in
 * store id order: the first posted wins; a line serves one adjustment).
 */
export function findCorrections<L extends JournalLine>(closed: readonly ClosedDifference[], lines: readonly L[]): Array<{ difference: ClosedDifference; line: L }> {
  const wanted = closed.filter((d) => d.adjustment !== null && !d.corrected && entryKey(d.entry_reference) !== '');
  if (wanted.length === 0) return [];
  const taken = new Set<L>();
  const found: Array<{ difference: ClosedDifference; line: L }> = [];
  for (const d of wanted) {
    const key = entryKey(d.entry_reference);
    const amount = correctionAmount(d);
    const line = lines.find((l) => !taken.has(l) && names(l, key) && l.amount.equals(amount));
    if (line === undefined) continue;
    taken.add(line);
    found.push({ difference: d, line });
  }
  return found;
}
