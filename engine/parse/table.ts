/**
 * Rows of a bank's own CSV layout, once its columns are known (from header names or from a
 * profile): date, amount (one signed column, one unsigned column with a direction column, or
 * an in/out pair), id, reference, counterparty, description, balance, currency. Blank rows and
 * summary rows (`人民币合计`, `本页小计`, see title-block.ts) are skipped; anything else that
 * cannot be read is an error naming the line.
 */
import { type Decimal, isKnownCurrency, minorUnits, parseAmount } from '../money.ts';
import { lineError } from './fail.ts';
import type { RowReader } from './canonical.ts';
import { checkScale } from './canonical.ts';
import type { Flow } from './direction.ts';
import { fromRunningBalances, settleIds, statement, type DraftTransaction } from './statement.ts';
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
  const { file, map } = s;
  const drafts: DraftTransaction[] = [];
  let currency: string | null = null;
  let scale = 2;
  const cell = (f: readonly string[], i: number): string => (i < 0 ? '' : cleanCell(f[i]));
  /** A text cell: dashes that only fill a gap (`--`, `----------`) read as empty. */
  const text = (f: readonly string[], i: number): string => {
    const t = cell(f, i);
    return isEmptyCell(t) ? '' : t;
  };

  const amountOf = (f: readonly string[], line: number): Decimal | null | 'none' => {
    if (map.amount >= 0) {
      const t = cell(f, map.amount);
      if (EMPTY_AMOUNT.has(t)) return 'none';
      const a = readMoney(t, s.decimalSeparator);
      if (a === null) throw lineError(file, line, 'BAD_AMOUNT', { value: t });
      if (map.direction >= 0) {
        // An unsigned amount takes the direction's sign; a signed one (a reversal) keeps its own on top.
        const d = cell(f, map.direction);
        const flow = s.flowOf?.(d) ?? null;
        if (flow === null) {
          if (a.isZero() && d === '') return a;
          throw lineError(file, line, 'BAD_DIRECTION', { value: d });
        }
        return flow === 'out' ? a.negated() : a;
      }
      return s.flipSign === true ? a.negated() : a;
    }
    const inText = cell(f, map.moneyIn);
    const outText = cell(f, map.moneyOut);
    const hasIn = !EMPTY_AMOUNT.has(inText);
    const hasOut = !EMPTY_AMOUNT.has(outText);
    if (!hasIn && !hasOut) return 'none';
    const inAmount = hasIn ? readMoney(inText, s.decimalSeparator) : null;
    if (hasIn && inAmount === null) throw lineError(file, line, 'BAD_AMOUNT', { value: inText });
    const outAmount = hasOut ? readMoney(outText, s.decimalSeparator) : null;
    if (hasOut && outAmount === null) throw lineError(file, line, 'BAD_AMOUNT', { value: outText });
    if (inAmount !== null && outAmount !== null && !inAmount.isZero() && !outAmount.isZero()) {
      throw lineError(file, line, 'BOTH_SIDES');
    }
    if (inAmount !== null && !inAmount.isZero()) return inAmount;
    if (outAmount !== null) return outAmount.negated();
    return inAmount;
  };

  const dateOf = (text: string, line: number): string | null => {
    if (s.dateFormat !== 'MM/DD') return parseBankDate(text, s.dateFormat);
    const m = NO_YEAR.exec(text);
    if (m === null) return parseBankDate(text, 'auto');
    if (s.period == null) throw lineError(file, line, 'NO_YEAR', { value: text });
    const month = Number(m[1]);
    return isoDate(month > s.period.month ? s.period.year - 1 : s.period.year, month, Number(m[2]));
  };

  return {
    row(f, line) {
      if (f.every((x) => x.trim() === '')) return;
      const dateText = cell(f, map.date);
      const date = dateOf(dateText, line);
      // Summary rows (人民币合计, 收入合计, 合计笔数, 本页小计) are never lines.
      if (isTrailer(f.map(cleanCell), date !== null)) return;
      if (date === null) {
        // Trailing notes (a date-less row without amounts) are not transactions.
        if (dateText === '' && amountOf(f, line) === 'none') return;
        throw lineError(file, line, 'BAD_DATE', { value: dateText });
      }
      const amount = amountOf(f, line);
      if (amount === 'none' || amount === null) throw lineError(file, line, 'NO_AMOUNT');
      let curText = cell(f, map.currency);
      if (isEmptyCell(curText)) curText = map.amount >= 0 ? (prefixCurrency(cell(f, map.amount)) ?? '') : '';
      let code = s.currency ?? 'CNY';
      if (curText !== '') {
        const c = currencyCode(curText);
        if (c === null) throw lineError(file, line, 'UNKNOWN_CURRENCY', { value: curText });
        code = c;
      }
      if (code !== currency) {
        if (currency !== null) throw lineError(file, line, 'MIXED_CURRENCY', { found: code, expected: currency });
        if (!isKnownCurrency(code)) throw lineError(file, line, 'UNKNOWN_CURRENCY', { value: code });
        currency = code;
        scale = minorUnits(code);
      }
      checkScale(amount.toString(), amount, scale, file, line, code);
      const balanceText = cell(f, map.balance);
      let balance: Decimal | null = null;
      if (!EMPTY_AMOUNT.has(balanceText) && !MASKED.test(balanceText)) {
        balance = readMoney(balanceText, s.decimalSeparator);
        if (balance === null) throw lineError(file, line, 'BAD_BALANCE', { value: balanceText });
      }
      let valueDate: string | null = null;
      const valueText = cell(f, map.valueDate);
      if (!isEmptyCell(valueText)) {
        valueDate = dateOf(valueText, line);
        if (valueDate === null) throw lineError(file, line, 'BAD_DATE', { value: valueText });
      }
      const bankId = text(f, map.id);
      drafts.push({
        preferredId: bankId,
        derivedId: `L${line}`,
        date,
        valueDate,
        amount,
        currency: code,
        reference: text(f, map.reference),
        bankReference: bankId,
        counterparty: text(f, map.counterparty),
        description: map.description.map((i) => text(f, i)).filter((x) => x !== '').join(' '),
        balance,
        line,
      });
    },
    finish() {
      const transactions = settleIds(drafts);
      const balances = map.balance >= 0 ? fromRunningBalances(transactions) : { opening: null, closing: null, addsUp: null };
      return [
        statement({
          account: s.account,
          currency: currency ?? s.currency ?? 'CNY',
          opening: balances.opening,
          closing: balances.closing,
          openingDate: null,
          closingDate: null,
          addsUp: balances.addsUp,
          transactions,
          file,
        }),
      ];
    },
  };
}
