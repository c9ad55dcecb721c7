/**
 * Rows of a bank's own CSV layout, once its columns are known (from Chinese header names or
 * from a profile): date, amount (one signed column, or an in/out pair), id, reference,
 * counterparty, description, balance, currency. Blank rows and summary rows (合计/总计) are
 * skipped; anything else that cannot be read is an error naming the line.
 */
import { type Decimal, isKnownCurrency, minorUnits, parseAmount } from '../money.ts';
import type { Statement } from '../model.ts';
import { lineError } from './fail.ts';
import type { RowReader } from './canonical.ts';
import { checkScale } from './canonical.ts';
import { fromRunningBalances, settleIds, statement, type DraftTransaction } from './statement.ts';
import { currencyCode, parseBankDate, type DateFormat } from './values.ts';

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
  /** One signed amount column... */
  readonly amount: number;
  /** ...or a pair: money in (+) and money out (-). */
  readonly moneyIn: number;
  readonly moneyOut: number;
}

export interface TableSettings {
  readonly file: string;
  readonly map: ColumnMap;
  readonly dateFormat: DateFormat;
  readonly decimalSeparator: '.' | ',';
  /** Currency stated outside the rows (preamble, profile); rows may still carry their own. */
  readonly currency: string | null;
  readonly account: string;
}

const SUMMARY = /^(本页|本月|本期|本日|本年|当日|当月)?(合计|总计|小计|累计|汇总)/;
const EMPTY_AMOUNT = new Set(['', '-', '--', '—']);

/** A cell as exported: `="0012"` (Excel text guard) and a leading apostrophe or tab removed. */
export function cleanCell(raw: string | undefined): string {
  if (raw === undefined) return '';
  let t = raw.trim();
  if (t.startsWith('="') && t.endsWith('"')) t = t.slice(2, -1).trim();
  else if (t.startsWith("'")) t = t.slice(1).trim();
  return t;
}

function readMoney(text: string, sep: '.' | ','): Decimal | null {
  return parseAmount(text.replace(/^[¥￥$€]|[元]$/g, ''), sep);
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

  constructor(private readonly s: TableSettings) {}

  row(f: readonly string[], line: number): void {
    const { file, map } = this.s;
    if (f.every((x) => x.trim() === '')) return;
    const dateText = this.cell(f, map.date);
    const date = parseBankDate(dateText, this.s.dateFormat);
    if (date === null) {
      // Summary rows and trailing notes (a date-less row without amounts) are not transactions.
      if (f.slice(0, 3).some((x) => SUMMARY.test(cleanCell(x)))) return;
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
    const bankId = this.cell(f, map.id);
    this.drafts.push({
      preferredId: bankId,
      derivedId: `L${line}`,
      date,
      valueDate,
      amount,
      currency: code,
      reference: this.cell(f, map.reference),
      bankReference: bankId,
      counterparty: this.cell(f, map.counterparty),
      description: map.description.map((i) => this.cell(f, i)).filter((x) => x !== '').join(' '),
      balance,
      line,
    });
  }

  finish(): Statement[] {
    const s = this.s;
    const transactions = settleIds(this.drafts);
    const balances = s.map.balance >= 0 ? fromRunningBalances(transactions) : { opening: null, closing: null, addsUp: null };
    return [
      statement({
        account: s.account,
        currency: this.currency ?? s.currency ?? 'CNY',
        opening: balances.opening,
        closing: balances.closing,
        openingDate: null,
        closingDate: null,
        addsUp: balances.addsUp,
        transactions,
        file: s.file,
      }),
    ];
  }

  private cell(f: readonly string[], i: number): string {
    return i < 0 ? '' : cleanCell(f[i]);
  }

  /** The row's signed amount; 'none' when it has none; null for a zero on both sides. */
  private amountOf(f: readonly string[], line: number): Decimal | null | 'none' {
    const { file, map, decimalSeparator } = this.s;
    if (map.amount >= 0) {
      const t = this.cell(f, map.amount);
      if (EMPTY_AMOUNT.has(t)) return 'none';
      const a = readMoney(t, decimalSeparator);
      if (a === null) throw lineError(file, line, 'BAD_AMOUNT', { value: t });
      return a;
    }
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

  /** The row's currency code (the file's when the row names none); every row must share one. */
  private currencyOf(f: readonly string[], line: number): string {
    const file = this.s.file;
    const curText = this.cell(f, this.s.map.currency);
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
    if (EMPTY_AMOUNT.has(balanceText)) return null;
    const balance = readMoney(balanceText, this.s.decimalSeparator);
    if (balance === null) throw lineError(this.s.file, line, 'BAD_BALANCE', { value: balanceText });
    return balance;
  }

  private valueDateOf(f: readonly string[], line: number): string | null {
    const valueText = this.cell(f, this.s.map.valueDate);
    if (valueText === '') return null;
    const valueDate = parseBankDate(valueText, this.s.dateFormat);
    if (valueDate === null) throw lineError(this.s.file, line, 'BAD_DATE', { value: valueText });
    return valueDate;
  }
}
