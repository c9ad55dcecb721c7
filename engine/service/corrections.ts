/**
 * A correction reaches a side's lines. A book adjustment reaches the journal. Approving a resolution that adjusts the book (a duplicate
 * posting to reverse, an amount keyed wrong, a bank fee not yet booked) closes the difference, but
 * its line stays in the book until the entry the resolution names (its entry reference, 记-1032)
 * is posted and imported. A run then finds that entry among the journal lines it would examine: a
 * line whose id or reference is the entry reference (or whose date/voucher id ends in it) and
 * whose amount is what the adjustment must post, or else every such line of the entry when
 * together they post it (a voucher that reverses the wrong line in red and books the right one,
 * 红字更正: −(−8,000.00) and −7,995.00 for an adjustment of +5.00). The run claims the line for the resolution
 * (line_claims: no run or manual match takes it again) and leaves it out; from its date on, the
 * difference and its entry cancel in the book's closing, so neither is counted
 * (store/differences.ts, selectClosedDifferences).
 *
 * A bank error is corrected by the bank. Approving 银行差错 closes the difference, but the wrong
 * line stays on the bank's side until the bank books its reversal (冲正). A run finds that line
 * among the bank lines it would examine: dated on or after the wrong line, of the amount that
 * cancels the error, and saying it corrects something (冲正, 更正, reversal …) or carrying the
 * wrong line's reference. It claims the line for the bank-error resolution and leaves it out, so
 * the error and its reversal cancel in the bank's closing and neither is counted again.
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
 * The journal lines that post each closed, not yet corrected book adjustment, among `lines` (in
 * store id order: the first posted wins; a line serves one adjustment): the entry's one line of
 * the amount, else all of the entry's lines when their sum is the amount.
 */
export function findCorrections<L extends JournalLine>(closed: readonly ClosedDifference[], lines: readonly L[]): Array<{ difference: ClosedDifference; lines: L[] }> {
  const wanted = closed.filter((d) => d.adjustment !== null && !d.corrected && entryKey(d.entry_reference) !== '');
  if (wanted.length === 0) return [];
  const taken = new Set<L>();
  const found: Array<{ difference: ClosedDifference; lines: L[] }> = [];
  for (const d of wanted) {
    const key = entryKey(d.entry_reference);
    const amount = correctionAmount(d);
    const entry = lines.filter((l) => !taken.has(l) && names(l, key));
    const one = entry.find((l) => l.amount.equals(amount));
    const parts = one ? [one] : entry.length > 1 && entry.reduce((s, l) => s.plus(l.amount), new Decimal(0)).equals(amount) ? entry : [];
    if (parts.length === 0) continue;
    for (const l of parts) taken.add(l);
    found.push({ difference: d, lines: parts });
  }
  return found;
}

/**
 * What a bank line says when it reverses or corrects an earlier one (摘要 冲正, 更正, 退还手续费;
 * REVERSAL, RVSL). Not 退回 or 调整: a returned remittance (汇款退回) or an adjustment of something
 * else is an ordinary line, and taking it for the error's reversal would hide a difference.
 */
const CORRECTING = /冲正|冲销|冲回|更正|错账|退还|返还|reversal|reversed|correction|rvsl|storno/i;

interface BankLine extends JournalLine {
  readonly date: string;
  readonly bankReference: string;
  readonly description: string;
}

/**
 * The bank line that reverses each closed, not yet corrected bank error, among `lines` (in store
 * id order; a line serves one error): dated on or after the error, of the amount that cancels it,
 * and marked as a correction or carrying one of the error's references. An ordinary receipt of
 * the same amount is not taken for a reversal.
 */
export function findBankCorrections<L extends BankLine>(closed: readonly ClosedDifference[], lines: readonly L[]): Array<{ difference: ClosedDifference; line: L }> {
  const wanted = closed.filter((d) => d.bank_error !== null && !d.corrected && d.bank_date !== null && d.side !== 'ledger');
  if (wanted.length === 0) return [];
  const taken = new Set<L>();
  const found: Array<{ difference: ClosedDifference; line: L }> = [];
  for (const d of wanted) {
    const amount = new Decimal(d.amount).neg();
    const refs = new Set(d.bank_refs.map(entryKey).filter((r) => r !== ''));
    const line = lines.find((l) => !taken.has(l) && l.date >= d.bank_date! && l.amount.equals(amount)
      && (CORRECTING.test(`${l.description} ${l.reference}`) || refs.has(entryKey(l.reference)) || refs.has(entryKey(l.bankReference))));
    if (line === undefined) continue;
    taken.add(line);
    found.push({ difference: d, line });
  }
  return found;
}
