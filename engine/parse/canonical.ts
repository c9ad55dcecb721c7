/**
 * Canonical CSV (README, "Statement formats"): header `id,date,amount,currency,reference,counterparty,
 * description[,balance]`, in any column order. This is the hot path of a million-line
 * reconciliation. A line without quotes and without anything unusual takes `plainLine`: one
 * index scan for the commas, no field array, dates and amounts checked with character codes,
 * amounts kept as integer minor units (CanonicalLine). Every other line, and every line that is
 * wrong, takes `row` (split fields, trim, Decimal), which owns all the error messages.
 */
import { Decimal, minorUnits } from '../money.ts';
import type { Statement, Transaction } from '../model.ts';
import { CanonicalLine, LineColumns } from '../lines/canonical-line.ts';
import { lineError } from './fail.ts';
import { utf8Of } from './text-lines.ts';
import { scanMinor } from '../lines/minor-units.ts';
import { DeferredIdCheck } from './canonical-ids.ts';
import { fromRunningBalances, statement } from './statement.ts';
import { currencyCode, exactMinor, isIsoDateAt, parseIsoDate, readAmount } from './values.ts';

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
  /**
   * Optional fast path for a whole line that holds no quote: true when the line was taken,
   * false (having changed nothing) when it must go through the record splitter and `row`.
   */
  plainLine?(text: string, lineNo: number): boolean;
  /**
   * The same for a line of a UTF-8 file given as its bytes, one Latin-1 character per byte:
   * `bytes.slice(from, to)`, holding a double quote when `quoted` (see RawLineSink). True when
   * taken, false (having changed nothing) to have it decoded.
   */
  plainBytes?(bytes: string, from: number, to: number, quoted: boolean, lineNo: number, cut: (a: number, b: number) => string): boolean;
  finish(): Statement[];
  /**
   * Called when reading stops on an error after this reader took lines: throws instead the error
   * of an earlier line that the reader had left to the end (a repeated id), if there is one.
   */
  beforeError?(): void;
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
  // Duplicate ids: strictly increasing ids ("after" is shorter first, then code units: B0009,
  // B0010 and B9, B10 both follow it) are all distinct, checked by one comparison a line. Once
  // an id does not come after the one before, the check is left to the end of the file, where
  // the ids' natural-order ranks are computed once (id-rank.ts: a sort of numbers for the usual
  // ids) and kept for the engine: an id → line table would cost a hash lookup and 40 bytes a
  // line. An error met before the end first looks for a repeat among the lines before it.
  const ids = new DeferredIdCheck(file, transactions);
  const repeated = new Interner();
  // Counterparties and 摘要 as bytes (plainBytes) → their text, decoded once per distinct value.
  const repeatedBytes = new BytesInterner();
  // The currency as the first line writes it (every line must write it the same way) and its code.
  let currency: string | null = null;
  let code = '';
  let scale = 2;
  let columns = new LineColumns(scale);
  let lastDate = '';
  // One string per distinct date: a file in any order but date order names the same 31 dates a
  // million times, and a string cut per line would cost 32 bytes a line for the whole run.
  const dates = new DateTexts();
  // Running-balance chain in integer minor units while every amount is exact (the common case);
  // anything else falls back to the Decimal check at the end.
  let exact = iBalance !== -1;
  let chainOk = true;
  let firstBalance = NaN;
  let lastBalance = NaN;
  let pending = 0;
  let before = 0;
  /** A line's amount joins the chain; past 2^53 the check is left to the Decimal path. */
  const addMinor = (minor: number): void => {
    pending += minor;
    if (!chainSafe(lastBalance, pending)) exact = false;
  };
  /** A stated balance: the first fixes the opening, each later one must equal the last plus what came between. */
  const statedBalance = (minor: number): void => {
    if (Number.isNaN(firstBalance)) {
      firstBalance = minor;
      before = pending;
    } else if (lastBalance + pending !== minor) chainOk = false;
    lastBalance = minor;
    pending = 0;
  };

  const row = (f: string[], line: number): void => {
    if (f.length === 1 && (f[0] ?? '').trim() === '') return; // blank line
    if (f.length !== width) throw lineError(file, line, 'FIELD_COUNT', { expected: width, found: f.length });
    const id = own((f[iId] ?? '').trim());
    if (id === '') throw lineError(file, line, 'EMPTY_ID');
    ids.take(id, line);
    const dateText = (f[iDate] ?? '').trim();
    // Consecutive lines mostly share a date: keep one string for them (a million lines, less heap).
    if (dateText !== lastDate) {
      if (parseIsoDate(dateText) === null) throw lineError(file, line, 'BAD_DATE', { value: dateText });
      lastDate = dates.get(dateText, 0);
    }
    const date = lastDate;
    const cur = (f[iCurrency] ?? '').trim();
    if (cur !== currency) {
      if (currency !== null) throw lineError(file, line, 'MIXED_CURRENCY', { found: cur, expected: currency });
      const known = currencyCode(cur);
      if (known === null || known !== cur.toUpperCase()) throw lineError(file, line, 'UNKNOWN_CURRENCY', { value: cur });
      currency = cur;
      code = known;
      scale = minorUnits(known);
      columns = new LineColumns(scale, known);
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
        else addMinor(a);
      }
      if (b !== '') {
        balance = readAmount(b);
        if (balance === null) throw lineError(file, line, 'BAD_BALANCE', { value: b });
        if (exact) {
          const bm = exactMinor(b, scale);
          if (Number.isNaN(bm)) exact = false;
          else statedBalance(bm);
        }
      }
    }
    // A line that came here only for its quotes or spaces still keeps its amount in minor units.
    const minor = scanMinor(amountText, 0, amountText.length, scale);
    const balanceText = iBalance === -1 ? '' : (f[iBalance] ?? '').trim();
    const balanceMinor = balanceText === '' ? NaN : scanMinor(balanceText, 0, balanceText.length, scale);
    const reference = iRef === -1 ? '' : own(f[iRef] ?? '');
    const counterparty = iParty === -1 ? '' : repeated.get(f[iParty] ?? '');
    const description = iDesc === -1 ? '' : repeated.get(f[iDesc] ?? '');
    if (!Number.isNaN(minor) && (balanceText === '' || !Number.isNaN(balanceMinor))) {
      transactions.push(new CanonicalLine(id, reference, counterparty, description, minor, columns, columns.push(balanceMinor, line, date)));
      return;
    }
    transactions.push({
      id,
      date,
      valueDate: null,
      amount,
      currency: code,
      reference,
      bankReference: '',
      counterparty,
      description,
      balance,
      line,
    });
  };

  // Field bounds of the line being read by plainLine: field k is text.slice(starts[k], ends[k]).
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);

  /**
   * `plainLine` of the line `text.slice(from, to)`, decoded text or (raw) its bytes as Latin-1
   * text; `quoted` tells whether the line holds a double quote.
   */
  const plain = (text: string, from: number, to: number, quoted: boolean, line: number, cut: ((a: number, b: number) => string) | null): boolean => {
    const raw = cut !== null;
    if (currency === null || quoted) return false;
    let at = from;
    for (let k = 0; k < width - 1; k++) {
      const comma = text.indexOf(',', at);
      if (comma === -1 || comma >= to) return false;
      starts[k] = at;
      ends[k] = comma;
      at = comma + 1;
    }
    const extra = text.indexOf(',', at);
    if (extra !== -1 && extra < to) return false;
    starts[width - 1] = at;
    ends[width - 1] = to;

    let s = starts[iId] ?? 0;
    let e = ends[iId] ?? 0;
    if (e === s || isTrimmed(text.charCodeAt(s)) || isTrimmed(text.charCodeAt(e - 1))) return false;
    // Bytes of an id that is not ASCII are not its text: such a line is decoded first.
    if (raw && !isAscii(text, s, e)) return false;
    const id = detach(text.slice(s, e));
    s = starts[iDate] ?? 0;
    e = ends[iDate] ?? 0;
    if (!(lastDate !== '' && e - s === lastDate.length && sameAt(text, s, lastDate))) {
      if (!isIsoDateAt(text, s, e)) return false;
      lastDate = dates.get(text, s);
    }
    const date = lastDate;
    s = starts[iCurrency] ?? 0;
    e = ends[iCurrency] ?? 0;
    if (e - s !== currency.length || !sameAt(text, s, currency)) return false;
    const minor = scanMinor(text, starts[iAmount] ?? 0, ends[iAmount] ?? 0, scale);
    if (Number.isNaN(minor)) return false;
    let balanceMinor = NaN;
    if (iBalance !== -1) {
      s = starts[iBalance] ?? 0;
      e = ends[iBalance] ?? 0;
      if (e > s) {
        balanceMinor = scanMinor(text, s, e, scale);
        if (Number.isNaN(balanceMinor)) return false;
      }
    }

    // Everything checked: from here on the line is taken.
    ids.take(id, line);
    if (iBalance !== -1 && exact) {
      addMinor(minor);
      if (exact && !Number.isNaN(balanceMinor)) statedBalance(balanceMinor);
    }
    let reference = '';
    if (iRef !== -1) {
      s = starts[iRef] ?? 0;
      e = ends[iRef] ?? 0;
      if (cut === null) reference = detach(text.slice(s, e));
      else if (!isAscii(text, s, e)) reference = utf8Of(text.slice(s, e));
      else reference = e - s < 13 ? text.slice(s, e) : cut(s, e);
    }
    let counterparty = '';
    let description = '';
    if (raw) {
      if (iParty !== -1) counterparty = repeatedBytes.get(text, starts[iParty] ?? 0, ends[iParty] ?? 0);
      if (iDesc !== -1) description = repeatedBytes.get(text, starts[iDesc] ?? 0, ends[iDesc] ?? 0);
    } else {
      if (iParty !== -1) counterparty = repeated.get(text.slice(starts[iParty] ?? 0, ends[iParty] ?? 0));
      if (iDesc !== -1) description = repeated.get(text.slice(starts[iDesc] ?? 0, ends[iDesc] ?? 0));
    }
    transactions.push(new CanonicalLine(id, reference, counterparty, description, minor, columns, columns.push(balanceMinor, line, date)));
    return true;
  };
  const plainLine = (text: string, line: number): boolean => plain(text, 0, text.length, text.indexOf('"') !== -1, line, null);
  const plainBytes = (bytes: string, from: number, to: number, quoted: boolean, line: number, cut: (a: number, b: number) => string): boolean =>
    plain(bytes, from, to, quoted, line, cut);

  return {
    row,
    plainLine,
    plainBytes,
    beforeError: () => ids.settle(),
    finish() {
      ids.settle();
      const txs = transactions;
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
          ...(balances.opening !== null ? { openingFrom: 'running_balance' as const } : {}),
          addsUp: balances.addsUp,
          transactions: ids.keep(),
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

/**
 * Whether the running-balance chain's integers are still exact: past 2^53 a sum of minor units
 * can round, and the check is left to the Decimal path (`exact` turns off).
 */
function chainSafe(lastBalance: number, pending: number): boolean {
  return Number.isSafeInteger(pending) && (Number.isNaN(lastBalance) || Number.isSafeInteger(lastBalance + pending));
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
    if (this.table.size >= INTERNED) return value;
    const kept = detach(value);
    this.table.set(kept, kept);
    return kept;
  }
}

/**
 * The text of each distinct date, found by its value: `get(text, at)` of a valid
 * YYYY-MM-DD date at `text[at]` (isIsoDateAt checked it) returns one string per date.
 */
class DateTexts {
  private readonly table = new Map<number, string>();

  get(text: string, at: number): string {
    let key = 0;
    for (let i = at; i < at + 10; i++) {
      const c = text.charCodeAt(i);
      if (c !== 45) key = key * 10 + (c - 48);
    }
    const known = this.table.get(key);
    if (known !== undefined) return known;
    const date = text.slice(at, at + 10);
    if (this.table.size < INTERNED) this.table.set(key, date);
    return date;
  }
}

/** Most distinct values an interner keeps. */
const INTERNED = 50_000;

/** Slots of BytesInterner's open-addressing table: the power of two above 4 × INTERNED. */
const SLOTS = 1 << 18;

/**
 * The Interner of fields given as bytes (`text.slice(from, to)` of a Latin-1 line): found by a
 * hash of the bytes without cutting the field out first, decoded once per distinct value.
 * Open addressing over typed arrays; keys are compared only when their hashes agree.
 */
class BytesInterner {
  private readonly keys: string[] = [];
  private readonly values: string[] = [];
  private readonly hashes = new Int32Array(INTERNED);
  // A power of two, so `& mask` wraps the probe round every slot; more than four slots a key, so
  // there is always a free one. (INTERNED * 4 = 200,000 made a mask with holes: a probe could
  // circle a few full slots for ever, and a file of ~1,600 distinct Chinese 摘要 never finished.)
  private readonly slots = new Int32Array(SLOTS).fill(-1);

  get(text: string, from: number, to: number): string {
    if (from === to) return '';
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    const mask = this.slots.length - 1;
    let at = h & mask;
    for (let k = this.slots[at]!; k !== -1; k = this.slots[at]!) {
      const key = this.keys[k]!;
      if (this.hashes[k] === h && key.length === to - from && text.startsWith(key, from)) return this.values[k]!;
      at = (at + 1) & mask;
    }
    const bytes = text.slice(from, to);
    const value = utf8Of(bytes);
    if (this.keys.length < INTERNED) {
      this.slots[at] = this.keys.length;
      this.hashes[this.keys.length] = h;
      this.keys.push(detach(bytes));
      this.values.push(value);
    }
    return value;
  }
}

/**
 * A field of a decoded line as a string of its own (see `detach`), and one byte a character when
 * it is ASCII: a line of decoded text that holds any Chinese is two bytes a character, and so is
 * every field cut from it. Ids and references end up in the report by the million; one two-byte
 * id in a batch of the report's text makes the whole batch two-byte, slower to write out.
 */
function own(field: string): string {
  return field.length > 0 && isAscii(field, 0, field.length) ? Buffer.from(field, 'latin1').toString('latin1') : detach(field);
}

/**
 * `text.startsWith(short, at)` for the few characters of a date or a currency code, compared in
 * place: a builtin call per field costs more than the comparison itself on every line.
 */
function sameAt(text: string, at: number, short: string): boolean {
  for (let i = 0; i < short.length; i++) if (text.charCodeAt(at + i) !== short.charCodeAt(i)) return false;
  return true;
}

/** True when `text.slice(from, to)` is ASCII only. */
function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Characters String.prototype.trim may remove (and a few it keeps): such a field takes `row`. */
function isTrimmed(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
