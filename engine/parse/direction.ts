/**
 * The direction column of exports that write an unsigned amount beside a mark (借贷, 借贷标志,
 * 收支, 收/支, 借贷方向): `借`, `贷`, `借 Dr`, `贷 Cr`, `D`, `C`, `收入`, `支出`, `入`, `出`.
 *
 * 借/贷 (debit/credit) depend on whose record the file is: on a bank statement 借 is money out
 * and 贷 money in; in the company's journal the other way round (README, "The book side"). 收/支 and
 * 入/出 mean in/out on both sides.
 */
import type { Side } from '../model.ts';

export type Flow = 'in' | 'out';
type Mark = Flow | 'debit' | 'credit';

const MARKS: Readonly<Record<string, Mark>> = {
  借: 'debit', 借方: 'debit', D: 'debit', DR: 'debit', DEBIT: 'debit',
  贷: 'credit', 贷方: 'credit', C: 'credit', CR: 'credit', CREDIT: 'credit',
  收: 'in', 收入: 'in', 入: 'in', 进: 'in', 存入: 'in', 转入: 'in', 来账: 'in', IN: 'in',
  支: 'out', 支出: 'out', 出: 'out', 付: 'out', 取出: 'out', 转出: 'out', 往账: 'out', OUT: 'out',
};

/** The words a direction column may hold, for the README and error messages. */
export const DIRECTION_WORDS = Object.keys(MARKS);

/**
 * What a direction cell means on `side`, or null for a value that is none of the known marks.
 * `借 Dr` and `贷 Cr` (Chinese mark and English abbreviation) are read by their Chinese mark.
 */
export function flowOf(cell: string, side: Side): Flow | null {
  const t = cell.replace(/[\s\u3000]/g, '').toUpperCase();
  let mark = MARKS[t];
  if (mark === undefined && t.length > 1) {
    const head = MARKS[t.charAt(0)];
    // `借DR`, `贷CR`: the Chinese mark followed by its own English abbreviation.
    if ((head === 'debit' && /^借(D|DR|DEBIT)$/.test(t)) || (head === 'credit' && /^贷(C|CR|CREDIT)$/.test(t))) mark = head;
  }
  if (mark === undefined) return null;
  if (mark === 'debit') return side === 'bank' ? 'out' : 'in';
  if (mark === 'credit') return side === 'bank' ? 'in' : 'out';
  return mark;
}

/**
 * A profile's own value map (`{"in": ["R"], "out": ["P"]}`) in front of the built-in marks:
 * values it names mean what it says on both sides.
 */
export function flowReader(side: Side, own?: { readonly in: readonly string[]; readonly out: readonly string[] }): (cell: string) => Flow | null {
  if (own === undefined) return (cell) => flowOf(cell, side);
  const map = new Map<string, Flow>();
  for (const v of own.in) map.set(v.trim().toUpperCase(), 'in');
  for (const v of own.out) map.set(v.trim().toUpperCase(), 'out');
  return (cell) => map.get(cell.trim().toUpperCase()) ?? flowOf(cell, side);
}
