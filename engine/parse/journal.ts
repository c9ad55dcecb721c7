/**
 * The rows accounting packages (用友, 金蝶 and the like) write into a 银行存款日记账 besides its
 * entries: an opening row at the top (期初余额, 上月结转, 上年结转, 承前页, 年初余额) that carries
 * a balance and no amount, and carried-page and total rows (过次页, 承前页 further down, 本月合计,
 * 本年累计, 本期合计) that repeat sums already in the entries. The opening row gives the
 * statement's opening balance; the others are skipped, never read as lines.
 */

/** The 摘要 of a row that states the balance brought forward. */
const OPENING_WORDS = new Set(['期初余额', '上月结转', '上年结转', '承前页', '年初余额', '上期结转', '期初结存', '年初结转']);

/** The 摘要 of a row that only sums or carries what the entries hold already. */
const TOTAL_WORDS = new Set(['过次页', '承前页', '本月合计', '本年累计', '本期合计', '本月累计', '本期累计', '本日合计', '本季合计', '本季累计', '本年合计']);

export type JournalMark = 'opening' | 'total';

/** A cell as compared with the words above: no spaces, no full-width spaces, no stray colon. */
function word(cell: string): string {
  return cell.replace(/[\s\u3000:：]/g, '');
}

/**
 * What a row is when one of its text cells (the 摘要, or the first cells of a layout that writes
 * the word under the date) is exactly one of the words above: 'opening' for a balance brought
 * forward, 'total' for a sum or a carried page; null for an ordinary row. `first` is true while
 * no entry has been read: 承前页 there opens the file, further down it only carries a page.
 */
export function journalMark(cells: readonly string[], first: boolean): JournalMark | null {
  for (const cell of cells) {
    const w = word(cell);
    if (w === '') continue;
    if (first && OPENING_WORDS.has(w)) return 'opening';
    if (TOTAL_WORDS.has(w) || OPENING_WORDS.has(w)) return 'total';
  }
  return null;
}

/** Column names of a journal's voucher number (凭证号): with the date, the line's id. */
export const VOUCHER_ALIASES = ['凭证号', '凭证字号', '凭证编号', '凭证号码', '记账凭证号'] as const;

/**
 * The id of a journal line: its voucher number with the date (`2026-11-03/记-12`), since
 * packages number vouchers afresh each month; '' when the row has no voucher number.
 */
export function voucherId(date: string, voucher: string): string {
  return voucher === '' ? '' : `${date}/${voucher}`;
}
