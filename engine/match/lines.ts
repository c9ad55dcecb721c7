/**
 * Matching works on `Line`s: a transaction plus the keys the passes compare, computed once per
 * line so the hot loops touch only strings and integers (never Decimals, never bigints).
 *
 * Amounts are integer minor units held as numbers: exact, because every line's amount is checked
 * to be a safe integer (up to 2^53 − 1 minor units, 90 trillion yuan in fen) and every sum the
 * passes compare goes through `sumMinor`, which notices when a partial sum leaves that range.
 * A number per line instead of a bigint saves a heap object per line and makes the amount maps
 * of the duplicate and amount_date passes number-keyed.
 */
import { EngineError } from '../errors.ts';
import { minorUnits } from '../money.ts';
import type { DateBasis, Side, Statement, Transaction } from '../model.ts';
import { CanonicalLine } from '../parse/canonical-line.ts';

/** 0 free; 1 linked by the reference pass (never the original of a duplicate); 2 anything else. */
export type Claim = 0 | 1 | 2;
export const FREE = 0;
export const BY_REFERENCE = 1;
export const TAKEN = 2;

export interface Line {
  readonly side: Side;
  readonly tx: Transaction;
  readonly id: string;
  /** Normalised reference ('' = none). */
  readonly ref: string;
  /** Normalised counterparty ('' = unknown). */
  readonly cp: string;
  /** Amount in integer minor units (fen for CNY): a safe integer, so exact (see the top). */
  readonly minor: number;
  /** Day number of the matching date (booking or value date, per options). */
  readonly day: number;
  /** Position among its side's lines (all statements of the side, in order). */
  readonly pos: number;
  /** Taken by a match or a difference (a line is claimed at most once); see `Claim`. */
  claimed: Claim;
  /** Left unmatched by amount_date because its best candidates tied. */
  ambiguous: boolean;
}

/** Printable ASCII without spaces or lower-case letters: already normal, nothing to allocate. */
function isPlainUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || (c >= 0x61 && c <= 0x7a)) return false;
  }
  return true;
}

/** Printable ASCII without spaces: NFKC leaves it alone and there is nothing to trim. */
const PLAIN = /^[!-~]*$/;

/**
 * Trim, Unicode NFKC (full-width ＰＡＹ１２ = PAY12), case-insensitive. Folded to upper case:
 * references are mostly written in capitals already, so the common case allocates nothing.
 */
export function normaliseReference(text: string): string {
  if (isPlainUpper(text)) return text;
  if (PLAIN.test(text)) return text.toUpperCase();
  return text.normalize('NFKC').trim().toUpperCase();
}

/** Counterparty names compare like references, with inner runs of spaces collapsed. */
export function normaliseCounterparty(text: string): string {
  if (PLAIN.test(text)) return text.toUpperCase();
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase();
}

/** Counterparty names repeat across a statement: normalise each distinct name once. */
export class NameCache {
  private readonly cache = new Map<string, string>();

  get(name: string): string {
    let n = this.cache.get(name);
    if (n === undefined) {
      n = normaliseCounterparty(name);
      if (this.cache.size < 1_000_000) this.cache.set(name, n);
    }
    return n;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Natural id order (B2 before B10), the same on every machine and locale (no localeCompare).
 * Digit runs compare by value; equal values (B01 and B1) fall back to code-unit order, so the
 * order stays total and the sort deterministic.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i < n) {
    // The common case (B0000017 against B0000023): the first difference is a digit on both sides
    // and the two digit runs end at the same place. Same start, same length: the values compare
    // as the digits at the difference do.
    const c = a.charCodeAt(i);
    const d = b.charCodeAt(i);
    if (isDigit(c) && isDigit(d)) {
      let ra = i + 1;
      while (ra < a.length && isDigit(a.charCodeAt(ra))) ra++;
      let rb = i + 1;
      while (rb < b.length && isDigit(b.charCodeAt(rb))) rb++;
      if (ra === rb) return c - d;
    }
  }
  let s = i;
  while (s > 0 && isDigit(a.charCodeAt(s - 1))) s--;
  let ea = s;
  while (ea < a.length && isDigit(a.charCodeAt(ea))) ea++;
  let eb = s;
  while (eb < b.length && isDigit(b.charCodeAt(eb))) eb++;
  if (ea > s && eb > s) {
    let za = s;
    while (za < ea - 1 && a.charCodeAt(za) === 48) za++;
    let zb = s;
    while (zb < eb - 1 && b.charCodeAt(zb) === 48) zb++;
    if (ea - za !== eb - zb) return ea - za - (eb - zb);
    for (let k = 0; k < ea - za; k++) {
      const d = a.charCodeAt(za + k) - b.charCodeAt(zb + k);
      if (d !== 0) return d;
    }
  }
  return a < b ? -1 : 1;
}

export function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return compareIds(a.id, b.id);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Turns dates into day numbers, caching the few hundred distinct dates of a statement. */
export class DayCache {
  private readonly cache = new Map<string, number>();
  // Statements come in date order: most lines repeat the previous line's date.
  private lastDate: string | undefined;
  private lastDay = 0;

  day(date: string, where: Transaction, side: Side, file = ''): number {
    if (date === this.lastDate) return this.lastDay;
    let n = this.cache.get(date);
    if (n === undefined) {
      const m = DATE.exec(date);
      if (!m) throw new EngineError('ENGINE.BAD_DATE', `${file}:${where.line}: ${side} line ${where.id}: date ${date} is not YYYY-MM-DD`, { file, id: where.id });
      n = Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
      this.cache.set(date, n);
    }
    this.lastDate = date;
    this.lastDay = n;
    return n;
  }
}

/**
 * Integer minor units of an amount, read from the Decimal's exact plain notation (the project's
 * Decimal never switches to exponent notation below 1e40). An amount finer than the currency's
 * minor unit is refused: rounding it silently would let two different amounts compare equal.
 * Uses `Transaction.amountMinor` when the reader set it (it is exact by contract).
 */
export function exactMinorOf(tx: Transaction, scale: number, side: Side, file = ''): bigint {
  // The reader's exact minor units (same currency, already checked by the caller): no Decimal built.
  const known = tx.amountMinor;
  if (known !== undefined) return known;
  const text = tx.amount.toString();
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  let frac = dot < 0 ? '' : text.slice(dot + 1);
  if (frac.length > scale || whole.includes('e')) {
    throw new EngineError('ENGINE.BAD_AMOUNT', `${file}:${tx.line}: ${side} line ${tx.id}: amount ${text} has more decimals than ${tx.currency} allows`, {
      file,
      id: tx.id,
    });
  }
  frac = frac.padEnd(scale, '0');
  return BigInt(whole + frac);
}

/**
 * `exactMinorOf` as the number a Line holds. An amount beyond 2^53 − 1 minor units is refused
 * (ENGINE.BAD_AMOUNT) rather than rounded: no real statement line comes near it, and a rounded
 * amount could match a line it does not equal.
 */
export function minorOf(tx: Transaction, scale: number, side: Side, file = ''): number {
  if (tx instanceof CanonicalLine) return tx.units; // a safe integer by construction
  const minor = exactMinorOf(tx, scale, side, file);
  if (minor > MAX_MINOR || minor < -MAX_MINOR) {
    throw new EngineError('ENGINE.BAD_AMOUNT', `${file}:${tx.line}: ${side} line ${tx.id}: amount ${tx.amount.toString()} is larger than the engine reconciles exactly (${MAX_MINOR} minor units)`, {
      file,
      id: tx.id,
    });
  }
  return Number(minor);
}

const MAX_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The exact sum of the lines' minor units, or NaN when it is not a safe integer (then it equals
 * no line's amount, which is all the group pass asks of it). Every partial sum is checked: as
 * long as each is a safe integer, each addition was exact; the first that is not is redone in
 * bigints, so amounts that overshoot and come back still sum exactly.
 */
export function sumMinor(lines: readonly Line[]): number {
  let s = 0;
  for (const l of lines) {
    s += l.minor;
    if (!Number.isSafeInteger(s)) return bigSum(lines);
  }
  return s;
}

function bigSum(lines: readonly Line[]): number {
  let s = 0n;
  for (const l of lines) s += BigInt(l.minor);
  return s > MAX_MINOR || s < -MAX_MINOR ? NaN : Number(s);
}

/**
 * True when the ids strictly increase in one total order (code units, or else the natural order
 * of `compareIds`), which makes them unique. One order for the whole run: mixing the two per pair
 * would let B2, B10, B2 through.
 */
function strictlyIncreasing(txs: readonly Transaction[]): boolean {
  let codeUnits = true;
  for (let i = 1; i < txs.length && codeUnits; i++) codeUnits = txs[i]!.id > txs[i - 1]!.id;
  if (codeUnits) return true;
  for (let i = 1; i < txs.length; i++) if (compareIds(txs[i - 1]!.id, txs[i]!.id) >= 0) return false;
  return true;
}

/**
 * Throws ENGINE.DUPLICATE_ID when an id repeats within a side. Statements built in code (and
 * several files of one side) are checked by nobody else, but the common case, one file whose ids
 * ascend (B0000001, B0000002, … or B1, B2, … B10), is proved unique by a comparison per line,
 * without a Set of a million ids.
 */
function checkUniqueIds(side: Side, statements: readonly Statement[]): void {
  if (statements.length === 1 && strictlyIncreasing(statements[0]!.transactions)) return;
  const seen = new Set<string>();
  for (const st of statements) {
    for (const tx of st.transactions) {
      const before = seen.size;
      seen.add(tx.id);
      if (seen.size === before) {
        throw new EngineError('ENGINE.DUPLICATE_ID', `${st.file}: ${side} line id ${tx.id} occurs twice`, { side, id: tx.id });
      }
    }
  }
}

/**
 * Builds the lines of one side, checking ids are unique and every line is in `currency`. The
 * lines of one reconciliation share `days` (it also tells them apart from another run's).
 */
export function toLines(
  side: Side,
  statements: readonly Statement[],
  currency: string,
  basis: DateBasis,
  days: DayCache,
  names = new NameCache(),
  totals?: Map<Statement, bigint>,
): Line[] {
  const scale = minorUnits(currency);
  checkUniqueIds(side, statements);
  let size = 0;
  for (const st of statements) size += st.transactions.length;
  const lines: Line[] = new Array<Line>(size);
  let at = 0;
  for (const st of statements) {
    // The statement's total: a number while every partial sum is a safe integer, then a bigint.
    let sum = 0;
    let big: bigint | null = null;
    for (const tx of st.transactions) {
      if (tx.currency !== currency) {
        throw new EngineError('ENGINE.CURRENCY_MISMATCH', `${st.file}: line ${tx.id} is in ${tx.currency}, expected ${currency}`, {
          left: currency,
          right: tx.currency,
        });
      }
      const date = basis === 'value' && tx.valueDate ? tx.valueDate : tx.date;
      const minor = minorOf(tx, scale, side, st.file);
      if (big !== null) big += BigInt(minor);
      else if (Number.isSafeInteger(sum + minor)) sum += minor;
      else big = BigInt(sum) + BigInt(minor);
      const ref = normaliseReference(tx.reference);
      const cp = names.get(tx.counterparty);
      const day = days.day(date, tx, side, st.file);
      // A canonical CSV line is its own Line (one object per line, not two); `days` is this run's.
      const pos = at;
      lines[at++] = (tx instanceof CanonicalLine ? tx.asLine(days, side, ref, cp, minor, day, pos) : null) ?? {
        side,
        tx,
        id: tx.id,
        ref,
        cp,
        minor,
        day,
        pos,
        claimed: FREE,
        ambiguous: false,
      };
    }
    totals?.set(st, big ?? BigInt(sum));
  }
  return lines;
}
