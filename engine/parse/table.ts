/**
 * Rows of a bank's own CSV layout, once its columns are known (from Chinese header names or
 * from a profile): date, amount (one signed column, or an in/out pair), id, reference,
 * counterparty, description, balance, currency. Blank rows and summary rows (合计/总计) are
 * skipped; anything else that cannot be read is an error naming the line.
 */
import { type Decimal, isKnownCurrency, minorUnits, parseAmount } from '../money.ts';
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
  const { file, map } = s;
  const drafts: DraftTransaction[] = [];
  let currency: string | null = null;
  let scale = 2;
  const cell = (f: readonly string[], i: number): string => (i < 0 ? '' : cleanCell(f[i]));

  const amountOf = (f: readonly string[], line: number): Decimal | null | 'none' => {
    if (map.amount >= 0) {
      const t = cell(f, map.amount);
      if (EMPTY_AMOUNT.has(t)) return 'none';
      const a = readMoney(t, s.decimalSeparator);
      if (a === null) throw lineError(file, line, 'BAD_AMOUNT', { value: t });
      return a;
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

  return {
    row(f, line) {
      if (f.every((x) => x.trim() === '')) return;
      const dateText = cell(f, map.date);
      const date = parseBankDate(dateText, s.dateFormat);
      if (date === null) {
        // Summary rows and trailing notes (a date-less row without amounts) are not transactions.
        if (f.slice(0, 3).some((x) => SUMMARY.test(cleanCell(x)))) return;
        if (dateText === '' && amountOf(f, line) === 'none') return;
        throw lineError(file, line, 'BAD_DATE', { value: dateText });
      }
      const amount = amountOf(f, line);
      if (amount === 'none' || amount === null) throw lineError(file, line, 'NO_AMOUNT');
      const curText = cell(f, map.currency);
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
      if (!EMPTY_AMOUNT.has(balanceText)) {
        balance = readMoney(balanceText, s.decimalSeparator);
        if (balance === null) throw lineError(file, line, 'BAD_BALANCE', { value: balanceText });
      }
      let valueDate: string | null = null;
      const valueText = cell(f, map.valueDate);
      if (valueText !== '') {
        valueDate = parseBankDate(valueText, s.dateFormat);
        if (valueDate === null) throw lineError(file, line, 'BAD_DATE', { value: valueText });
      }
      const bankId = cell(f, map.id);
      drafts.push({
        preferredId: bankId,
        derivedId: `L${line}`,
        date,
        valueDate,
        amount,
        currency: code,
        reference: cell(f, map.reference),
        bankReference: bankId,
        counterparty: cell(f, map.counterparty),
        description: map.description.map((i) => cell(f, i)).filter((x) => x !== '').join(' '),
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
