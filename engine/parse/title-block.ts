/**
 * What surrounds the rows of a bank export and is not a transaction: the title block above the
 * header (`明细查询文件下载`, `卡号: 1234****9876`, `招商银行信用卡对账单（… 2024年01月）`) and the
 * trailers below the rows (`人民币合计`, `收入合计`, `美元合计`, `合计笔数`, `本页小计`).
 */

/** Cells that carry no value: empty, or dashes (`-`, `--`, `----------`) as exports fill gaps. */
export function isEmptyCell(text: string): boolean {
  return text === '' || /^[-—–]+$/.test(text);
}

const TRAILER_START = /^(本页|本月|本期|本日|本年|当日|当月)?(合计|总计|小计|累计|汇总)/;
const TRAILER_END = /(合计|小计|总计)[:：]?$/;

/**
 * True for a summary row: its first non-empty cell ends in 合计/小计/总计 (`人民币合计`,
 * `收入合计`), or, in a row without a date (`dated` false), one of its first three cells starts
 * with such a word (`合计笔数`, `本页合计`). A dated row whose 摘要 starts with 汇总 is a line.
 * Cells are as cleaned by the reader. Such rows are skipped, never read as a line.
 */
export function isTrailer(cells: readonly string[], dated: boolean): boolean {
  const first = cells.find((c) => c !== '');
  if (first !== undefined && TRAILER_END.test(first)) return true;
  return !dated && cells.slice(0, 3).some((c) => TRAILER_START.test(c));
}

export interface StatementMonth {
  readonly year: number;
  readonly month: number;
}

const PERIOD = /(\d{4})\s*年\s*(\d{1,2})\s*月/;

/** The statement month a title names (`对账单（… 2024年01月）`), for dates written without a year. */
export function statementMonth(lines: readonly string[]): StatementMonth | null {
  for (const line of lines) {
    const m = PERIOD.exec(line);
    if (m !== null) {
      const month = Number(m[2]);
      if (month >= 1 && month <= 12) return { year: Number(m[1]), month };
    }
  }
  return null;
}
