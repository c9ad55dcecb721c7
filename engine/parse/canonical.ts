/**
 * Canonical CSV (ARCHITECTURE.md): header `id,date,amount,currency,reference,counterparty,
 * description[,balance]`, in any column order. This is the hot path of a million-line
 * reconciliation, so each row costs one split, a hand-written date and amount check and one
 * Decimal; no per-row regular expressions.
 */
import { Decimal, minorUnits } from '../money.ts';
import type { Statement, Transaction } from '../model.ts';
import { lineError } from './fail.ts';
import { fromRunningBalances, statement } from './statement.ts';
import { currencyCode, exactMinor, parseIsoDate, readAmount } from './values.ts';

export const CANONICAL_REQUIRED = ['id', 'date', 'amount', 'currency'] as const;
export const CANONICAL_OPTIONAL = ['reference', 'counterparty', 'description', 'balance'] as const;
export const CANONICAL_COLUMNS = [...CANONICAL_REQUIRED, ...CANONICAL_OPTIONAL];

/** True when a header row is meant as canonical: it names at least two canonical columns. */
export function looksCanonical(header: readonly string[]): boolean {
  let hits = 0;
  for (const h of header) if ((CANONICAL_COLUMNS as readonly string[]).includes(h.trim().toLowerCase())) hits++;
  return hits >= 2;
}

export interface RowReader {
  row(fields: string[], lineNo: number): void;
  finish(): Statement[];
}

/** A reader for the rows after a canonical header (`headerLine` is the header's line number). */
export function canonicalReader(file: string, header: readonly string[], headerLine: number): RowReader {
  const names = header.map((h) => h.trim().toLowerCase());
  const col = (name: string): number => names.indexOf(name);
  for (const name of CANONICAL_REQUIRED) {
    if (col(name) === -1) throw lineError(file, headerLine, 'MISSING_COLUMN', { column: name });
  }
  const iId = col('id');
  const iDate = col('date');
  const iAmount = col('amount');
  const iCurrency = col('currency');
  const iRef = col('reference');
  const iParty = col('counterparty');
  const iDesc = col('description');
  const iBalance = col('balance');
  const width = names.length;

  const transactions: Transaction[] = [];
  const seen = new Map<string, number>();
  const repeated = new Interner();
  let currency: string | null = null;
  let scale = 2;
  let lastDate = '';
  // Running-balance chain in integer minor units while every amount is exact (the common case);
  // anything else falls back to the Decimal check at the end.
  let exact = iBalance !== -1;
  let chainOk = true;
  let firstBalance = NaN;
  let lastBalance = NaN;
  let pending = 0;
  let before = 0;

  const row = (f: string[], line: number): void => {
    if (f.length === 1 && (f[0] ?? '').trim() === '') return; // blank line
    if (f.length !== width) throw lineError(file, line, 'FIELD_COUNT', { expected: width, found: f.length });
    const id = detach((f[iId] ?? '').trim());
    if (id === '') throw lineError(file, line, 'EMPTY_ID');
    const first = seen.get(id);
    if (first !== undefined) throw lineError(file, line, 'DUPLICATE_ID', { id, first });
    seen.set(id, line);
    const dateText = (f[iDate] ?? '').trim();
    // Consecutive lines mostly share a date: keep one string for them (a million lines, less heap).
    if (dateText !== lastDate) {
      if (parseIsoDate(dateText) === null) throw lineError(file, line, 'BAD_DATE', { value: dateText });
      lastDate = dateText;
    }
    const date = lastDate;
    const cur = (f[iCurrency] ?? '').trim();
    if (cur !== currency) {
      if (currency !== null) throw lineError(file, line, 'MIXED_CURRENCY', { found: cur, expected: currency });
      const code = currencyCode(cur);
      if (code === null || code !== cur.toUpperCase()) throw lineError(file, line, 'UNKNOWN_CURRENCY', { value: cur });
      currency = cur;
      scale = minorUnits(code);
    }
    const amountText = (f[iAmount] ?? '').trim();
    const amount = readAmount(amountText);
    if (amount === null) throw lineError(file, line, 'BAD_AMOUNT', { value: amountText });
    checkScale(amountText, amount, scale, file, line, cur);
    let balance: Decimal | null = null;
    if (iBalance !== -1) {
      const b = (f[iBalance] ?? '').trim();
      if (exact) {
        const a = exactMinor(amountText, scale);
        if (Number.isNaN(a)) exact = false;
        else pending += a;
      }
      if (b !== '') {
        balance = readAmount(b);
        if (balance === null) throw lineError(file, line, 'BAD_BALANCE', { value: b });
        if (exact) {
          const bm = exactMinor(b, scale);
          if (Number.isNaN(bm)) exact = false;
          else {
            if (Number.isNaN(firstBalance)) {
              firstBalance = bm;
              before = pending;
            } else if (lastBalance + pending !== bm) chainOk = false;
            lastBalance = bm;
            pending = 0;
          }
        }
      }
    }
    transactions.push({
      id,
      date,
      valueDate: null,
      amount,
      currency,
      reference: iRef === -1 ? '' : detach(f[iRef] ?? ''),
      bankReference: '',
      counterparty: iParty === -1 ? '' : repeated.get(f[iParty] ?? ''),
      description: iDesc === -1 ? '' : repeated.get(f[iDesc] ?? ''),
      balance,
      line,
    });
  };

  return {
    row,
    finish() {
      const code = currency === null ? '' : (currencyCode(currency) ?? '');
      const txs = code === currency ? transactions : transactions.map((t) => ({ ...t, currency: code }));
      const balances =
        iBalance === -1
          ? { opening: null, closing: null, addsUp: null }
          : exact && chainOk && !Number.isNaN(firstBalance) && Number.isSafeInteger(lastBalance + pending)
            ? { opening: fromMinor(firstBalance - before, scale), closing: fromMinor(lastBalance + pending, scale), addsUp: true }
            : fromRunningBalances(txs);
      return [
        statement({
          account: '',
          currency: code,
          opening: balances.opening,
          closing: balances.closing,
          openingDate: null,
          closingDate: null,
          addsUp: balances.addsUp,
          transactions: txs,
          file,
        }),
      ];
    },
  };
}

/** Refuses 12.345 CNY: an amount the currency cannot hold is a keying error, not to be rounded. */
export function checkScale(text: string, amount: Decimal, scale: number, file: string, line: number, currency: string): void {
  const dot = text.indexOf('.');
  if (dot !== -1 && text.length - dot - 1 > scale && amount.decimalPlaces() > scale) {
    throw lineError(file, line, 'AMOUNT_SCALE', { value: text, currency });
  }
}

function fromMinor(minor: number, scale: number): Decimal {
  return new Decimal(minor).div(new Decimal(10).pow(scale));
}

/**
 * One string per distinct value for columns that repeat (counterparties, 摘要): a month of a
 * busy account names the same few hundred parties a million times. Bounded, so a file of
 * unique descriptions costs a lookup per line and nothing more.
 */
class Interner {
  private readonly table = new Map<string, string>();

  get(value: string): string {
    const known = this.table.get(value);
    if (known !== undefined) return known;
    if (this.table.size < 50_000) this.table.set(value, value);
    return value;
  }
}

/**
 * A field that does not pin the file's text in memory. V8 keeps a substring of 13 or more
 * characters as a view into the string it was cut from, here a decoded 1 MB chunk; one such
 * field per line keeps the whole file alive (twice its size when it holds Chinese text).
 * Concatenating and cutting again leaves a view into a string one character longer instead.
 */
function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
