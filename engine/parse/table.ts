/**
 * Rows of a bank's own CSV layout, once its columns are known (from header names or from a
 * profile): date, amount (one signed column, one unsigned column with a direction column, or
 * an in/out pair), id, reference, counterparty, description, balance, currency. Blank rows and
 * summary rows (`人民币合计`, `本页小计`, see title-block.ts) are skipped; anything else that
 * cannot be read is an error naming the line.
 */
import { type Decimal, isKnownCurrency, minorUnits, parseAmount } from '../money.ts';
import type { Statement } from '../model.ts';
import { lineError } from './fail.ts';
import type { RowReader } from './canonical.ts';
import { checkScale } from './canonical.ts';
import type { Flow } from './direction.ts';
import { journalMark, voucherId } from './journal.ts';
import { fromRunningBalances, settleIds, statement, type DraftTransaction, type RunningBalances } from './statement.ts';
import { isEmptyCell, isTrailer, type StatementMonth } from './title-block.ts';
import { currencyCode, isoDate, parseBankDate, type DateFormat } from './values.ts';

/** Column positions; -1 when the file has no such column. */
export interface ColumnMap {
  readonly date: number;
  readonly valueDate: number;
  readonly id: number;
  readonly reference: number;
  readonly counterparty: number;
  readonly description: readonly number[];
  readonly balance: number;
  readonly currency: number;
  /** One amount column: signed, or unsigned beside the direction column... */
  readonly amount: number;
  readonly direction: number;
  /** ...or a pair: money in (+) and money out (-). */
  readonly moneyIn: number;
  readonly moneyOut: number;
  /** A journal's voucher number (凭证号): the line's id with its date, where there is no 流水号. */
  readonly voucher?: number;
  /** A journal's balance direction (借/贷/平 beside 余额): a 贷 balance is negative. */
  readonly balanceDirection?: number;
}

/** Dates written without a year (`12/29`, `01-03`): month first. */
export type TableDateFormat = DateFormat | 'MM/DD';

export interface TableSettings {
  readonly file: string;
  readonly map: ColumnMap;
  readonly dateFormat: TableDateFormat;
  /** The statement month, for dates without a year: a later month belongs to the year before. */
  readonly period?: StatementMonth | null;
  /** What a direction cell means (required when `map.direction` is set). */
  readonly flowOf?: (cell: string) => Flow | null;
  /** The signed column counts money out as positive (credit-card exports): turn every sign. */
  readonly flipSign?: boolean;
  readonly decimalSeparator: '.' | ',';
  /** Currency stated outside the rows (preamble, profile); rows may still carry their own. */
  readonly currency: string | null;
  readonly account: string;
}

const EMPTY_AMOUNT = new Set(['', '-', '--', '—']);
/** A balance the export masks (`xx,yyyy.zz`, `****`): not stated, rather than unreadable. */
const MASKED = /^(?=.*[xyz*#])[xyz*#\d,.]+$/i;
const NO_YEAR = /^(\d{1,2})[/.-](\d{1,2})$/;

/** A cell as exported: `="0012"` (Excel text guard) and a leading apostrophe or tab removed. */
export function cleanCell(raw: string | undefined): string {
  if (raw === undefined) return '';
  let t = raw.trim();
  if (t.startsWith('="') && t.endsWith('"')) t = t.slice(2, -1).trim();
  else if (t.startsWith("'")) t = t.slice(1).trim();
  return t;
}

/** An amount as written: `¥1,234.50`, `1234.50元`, `CNY 123.18` (the code is read by prefixCurrency). */
function readMoney(text: string, sep: '.' | ','): Decimal | null {
  return parseAmount(text.replace(/^[A-Z]{3}\s*|^[¥￥$€]|[元]$/g, ''), sep);
}

/** The ISO code an amount is prefixed with (`CNY 123.18` → CNY), else null. */
function prefixCurrency(text: string): string | null {
  const m = /^([A-Z]{3})\s*[-+\d]/.exec(text);
  return m?.[1] ?? null;
}

/** The reader for the rows below a known header. */
export function tableReader(s: TableSettings): RowReader {
  return new TableReader(s);
}

class TableReader implements RowReader {
  private readonly drafts: DraftTransaction[] = [];
  /** The currency of the rows read so far (null: none yet), and its minor units. */
  private currency: string | null = null;
  private scale = 2;
  /** The balance an opening row (期初余额, 上月结转, 承前页 …) states, and that row's date. */
  private opening: { balance: Decimal; date: string | null } | null = null;

  constructor(private readonly s: TableSettings) {}

  row(f: readonly string[], line: number): void {
    const { file, map } = this.s;
    if (f.every((x) => x.trim() === '')) return;
    const dateText = this.cell(f, map.date);
    const date = this.dateOf(dateText, line);
    // Summary rows (人民币合计, 收入合计, 合计笔数, 本页小计) are never lines.
    const cells = f.map(cleanCell);
    if (isTrailer(cells, date !== null)) return;
    // A journal's opening row gives the opening balance; its page and month totals are skipped.
    const mark = journalMark(cells, this.drafts.length === 0 && this.opening === null);
    if (mark === 'total') return;
    if (mark === 'opening') return this.openingRow(f, line, date);
    if (date === null) {
      // Trailing notes (a date-less row without amounts) are not transactions.
      if (dateText === '' && this.amountOf(f, line) === 'none') return;
      throw lineError(file, line, 'BAD_DATE', { value: dateText });
    }
    const amount = this.amountOf(f, line);
    if (amount === 'none' || amount === null) throw lineError(file, line, 'NO_AMOUNT');
    const code = this.currencyOf(f, line);
    checkScale(amount.toString(), amount, this.scale, file, line, code);
    // In this order: a row with several faults is refused for the first, as it always was.
    const balance = this.balanceOf(f, line);
    const valueDate = this.valueDateOf(f, line);
    const bankId = this.text(f, map.id);
    this.drafts.push({
      preferredId: bankId !== '' ? bankId : voucherId(date, this.text(f, map.voucher ?? -1)),
      derivedId: `L${line}`,
      date,
      valueDate,
      amount,
      currency: code,
      reference: this.text(f, map.reference),
      bankReference: bankId,
      counterparty: this.text(f, map.counterparty),
      description: map.description.map((i) => this.text(f, i)).filter((x) => x !== '').join(' '),
      balance,
      line,
    });
  }

  finish(): Statement[] {
    const s = this.s;
    const transactions = settleIds(this.drafts);
    const running = s.map.balance >= 0 ? fromRunningBalances(transactions) : { opening: null, closing: null, addsUp: null };
    const balances = this.opening === null ? running : withStatedOpening(this.opening.balance, running, transactions.length);
    return [
      statement({
        account: s.account,
        currency: this.currency ?? s.currency ?? 'CNY',
        opening: balances.opening,
        closing: balances.closing,
        openingDate: this.opening?.date ?? null,
        ...(this.opening === null && balances.opening !== null ? { openingFrom: 'running_balance' as const } : {}),
        closingDate: null,
        addsUp: balances.addsUp,
        transactions,
        file: s.file,
      }),
    ];
  }

  /**
   * A journal's opening row: its balance (else its amount) is the opening balance. A row that
   * states neither is skipped like a total: it carries nothing to read.
   */
  private openingRow(f: readonly string[], line: number, date: string | null): void {
    const balance = this.balanceOf(f, line);
    const amount = balance === null ? this.amountOf(f, line) : null;
    const stated = balance ?? (amount === 'none' ? null : amount);
    if (stated !== null) this.opening = { balance: stated, date };
  }

  private cell(f: readonly string[], i: number): string {
    return i < 0 ? '' : cleanCell(f[i]);
  }

  /** A text cell: dashes that only fill a gap (`--`, `----------`) read as empty. */
  private text(f: readonly string[], i: number): string {
    const t = this.cell(f, i);
    return isEmptyCell(t) ? '' : t;
  }

  /** A date cell; one without a year (`MM/DD`) takes it from the statement month. */
  private dateOf(text: string, line: number): string | null {
    const s = this.s;
    if (s.dateFormat !== 'MM/DD') return parseBankDate(text, s.dateFormat);
    const m = NO_YEAR.exec(text);
    if (m === null) return parseBankDate(text, 'auto');
    if (s.period == null) throw lineError(s.file, line, 'NO_YEAR', { value: text });
    const month = Number(m[1]);
    return isoDate(month > s.period.month ? s.period.year - 1 : s.period.year, month, Number(m[2]));
  }

  /** The row's signed amount; 'none' when it has none; null for a zero on both sides. */
  private amountOf(f: readonly string[], line: number): Decimal | null | 'none' {
    const { file, map, decimalSeparator } = this.s;
    if (map.amount >= 0) return this.columnAmountOf(f, line);
    const inText = this.cell(f, map.moneyIn);
    const outText = this.cell(f, map.moneyOut);
    const hasIn = !EMPTY_AMOUNT.has(inText);
    const hasOut = !EMPTY_AMOUNT.has(outText);
    if (!hasIn && !hasOut) return 'none';
    const inAmount = hasIn ? readMoney(inText, decimalSeparator) : null;
    if (hasIn && inAmount === null) throw lineError(file, line, 'BAD_AMOUNT', { value: inText });
    const outAmount = hasOut ? readMoney(outText, decimalSeparator) : null;
    if (hasOut && outAmount === null) throw lineError(file, line, 'BAD_AMOUNT', { value: outText });
    if (inAmount !== null && outAmount !== null && !inAmount.isZero() && !outAmount.isZero()) {
      throw lineError(file, line, 'BOTH_SIDES');
    }
    if (inAmount !== null && !inAmount.isZero()) return inAmount;
    if (outAmount !== null) return outAmount.negated();
    return inAmount;
  }

  /** The amount of a one-column layout: signed, or unsigned beside the direction column. */
  private columnAmountOf(f: readonly string[], line: number): Decimal | 'none' {
    const { file, map } = this.s;
    const t = this.cell(f, map.amount);
    if (EMPTY_AMOUNT.has(t)) return 'none';
    const a = readMoney(t, this.s.decimalSeparator);
    if (a === null) throw lineError(file, line, 'BAD_AMOUNT', { value: t });
    if (map.direction < 0) return this.s.flipSign === true ? a.negated() : a;
    // An unsigned amount takes the direction's sign; a signed one (a reversal) keeps its own on top.
    const d = this.cell(f, map.direction);
    const flow = this.s.flowOf?.(d) ?? null;
    if (flow === null) {
      if (a.isZero() && d === '') return a;
      throw lineError(file, line, 'BAD_DIRECTION', { value: d });
    }
    return flow === 'out' ? a.negated() : a;
  }

  /** The row's currency code (the file's when the row names none); every row must share one. */
  private currencyOf(f: readonly string[], line: number): string {
    const file = this.s.file;
    const map = this.s.map;
    let curText = this.cell(f, map.currency);
    // No currency column, or an empty one: the code an amount may be prefixed with (`CNY 123.18`).
    if (isEmptyCell(curText)) curText = map.amount >= 0 ? (prefixCurrency(this.cell(f, map.amount)) ?? '') : '';
    let code = this.s.currency ?? 'CNY';
    if (curText !== '') {
      const c = currencyCode(curText);
      if (c === null) throw lineError(file, line, 'UNKNOWN_CURRENCY', { value: curText });
      code = c;
    }
    if (code !== this.currency) {
      if (this.currency !== null) throw lineError(file, line, 'MIXED_CURRENCY', { found: code, expected: this.currency });
      if (!isKnownCurrency(code)) throw lineError(file, line, 'UNKNOWN_CURRENCY', { value: code });
      this.currency = code;
      this.scale = minorUnits(code);
    }
    return code;
  }

  private balanceOf(f: readonly string[], line: number): Decimal | null {
    const balanceText = this.cell(f, this.s.map.balance);
    if (EMPTY_AMOUNT.has(balanceText) || MASKED.test(balanceText)) return null;
    const balance = readMoney(balanceText, this.s.decimalSeparator);
    if (balance === null) throw lineError(this.s.file, line, 'BAD_BALANCE', { value: balanceText });
    // A journal's 贷 balance (an overdrawn bank-deposit account) is negative; 平 is zero.
    const side = this.cell(f, this.s.map.balanceDirection ?? -1);
    return side !== '' && this.s.flowOf?.(side) === 'out' ? balance.negated() : balance;
  }

  private valueDateOf(f: readonly string[], line: number): string | null {
    const valueText = this.cell(f, this.s.map.valueDate);
    if (isEmptyCell(valueText)) return null;
    const valueDate = this.dateOf(valueText, line);
    if (valueDate === null) throw lineError(this.s.file, line, 'BAD_DATE', { value: valueText });
    return valueDate;
  }
}

/**
 * The balances of a file that states its opening (a journal's 期初余额 row): that opening, the
 * running balance's closing where the entries carry one (checked: the running balances must
 * start from the stated opening), else no closing (opening + entries is computed downstream).
 */
function withStatedOpening(opening: Decimal, running: RunningBalances, entries: number): RunningBalances {
  if (entries === 0) return { opening, closing: opening, addsUp: true };
  if (running.opening === null) return { opening, closing: null, addsUp: null };
  return { opening, closing: running.closing, addsUp: running.addsUp === true && running.opening.equals(opening) };
}
