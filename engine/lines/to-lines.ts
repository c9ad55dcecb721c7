/**
 * `toLines`: the Lines of one side of a reconciliation, built from its statements once (ids
 * checked unique, currency checked, amounts as exact integer minor units, dates as day numbers,
 * reference and counterparty keys), so the passes compare only strings and integers.
 */
import { EngineError } from '../errors.ts';
import { minorUnits } from '../money.ts';
import type { DateBasis, Side, Statement, Transaction } from '../model.ts';
import { CanonicalLine } from './canonical-line.ts';
import { firstRepeat, idRanks, rememberedRanks } from './id-rank.ts';
import { FREE, MAX_MINOR, type Line } from './line.ts';
import { CounterpartyKeys, referenceKey } from './match-keys.ts';
import { SideColumns } from './side-columns.ts';

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
      // What describeError (engine/parse) needs to say the same in the person's language.
      key: 'AMOUNT_SCALE',
      params: { file, line: tx.line, side, id: tx.id, amount: text, currency: tx.currency },
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
      key: 'AMOUNT_TOO_LARGE',
      params: { file, line: tx.line, side, id: tx.id, amount: tx.amount.toString(), max: MAX_MINOR.toString() },
    });
  }
  return Number(minor);
}

/**
 * The natural-order rank of every line of a side (all its statements, in order), computed once;
 * throws ENGINE.DUPLICATE_ID when an id repeats within the side, naming the first repeat in file
 * order and its file. Statements built in code (and several files of one side) are checked by
 * nobody else, so the side is always checked here.
 */
function sideRanks(side: Side, statements: readonly Statement[]): Int32Array {
  const known = statements.length === 1 ? rememberedRanks(statements[0]!.transactions) : null;
  if (known !== null) return known;
  let total = 0;
  for (const st of statements) total += st.transactions.length;
  // Room for every id up front: a list grown by pushes leaves copies of itself behind.
  const ids = new Array<string>(total);
  let at = 0;
  for (const st of statements) {
    const txs = st.transactions;
    for (let i = 0; i < txs.length; i++) ids[at++] = txs[i]!.id;
  }
  const ranks = idRanks(ids);
  if (ranks !== null) return ranks;
  let repeat = firstRepeat(ids);
  for (const st of statements) {
    if (repeat < st.transactions.length) {
      const id = st.transactions[repeat]!.id;
      throw new EngineError('ENGINE.DUPLICATE_ID', `${st.file}: ${side} line id ${id} occurs twice`, {
        side,
        id,
        key: 'DUPLICATE_ID',
        params: { file: st.file, side, id },
      });
    }
    repeat -= st.transactions.length;
  }
  throw new Error('idRanks refused ids that do not repeat');
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
  names = new CounterpartyKeys(),
  totals?: Map<Statement, bigint>,
): Line[] {
  const scale = minorUnits(currency);
  const ranks = sideRanks(side, statements);
  // The Line state of the side's canonical lines, a slot per line (`days` tells this run apart).
  const cols = new SideColumns(days, side, ranks, names);
  const lines: Line[] = new Array<Line>(ranks.length);
  let at = 0;
  for (const st of statements) {
    // The statement's total: a number while every partial sum is a safe integer, then a bigint.
    let sum = 0;
    let big: bigint | null = null;
    const txs = st.transactions;
    // An indexed loop: a for-of over a million lines allocated an iterator result a line here.
    for (let i = 0; i < txs.length; i++) {
      const tx = txs[i]!;
      if (tx.currency !== currency) {
        throw new EngineError('ENGINE.CURRENCY_MISMATCH', `${st.file}: line ${tx.id} is in ${tx.currency}, expected ${currency}`, {
          left: currency,
          right: tx.currency,
          key: 'CURRENCY_LINE',
          params: { file: st.file, id: tx.id, found: tx.currency, expected: currency },
        });
      }
      const date = basis === 'value' && tx.valueDate ? tx.valueDate : tx.date;
      const minor = minorOf(tx, scale, side, st.file);
      if (big !== null) big += BigInt(minor);
      else if (Number.isSafeInteger(sum + minor)) sum += minor;
      else big = BigInt(sum) + BigInt(minor);
      const ref = referenceKey(tx.reference);
      const day = days.day(date, tx, side, st.file);
      cols.set(at, ref, day);
      // A canonical CSV line is its own Line (one object per line, not two), its state in `cols`.
      lines[at] = (tx instanceof CanonicalLine ? tx.asLine(cols, at) : null) ?? {
        side,
        tx,
        id: tx.id,
        ref,
        cp: names.get(tx.counterparty),
        minor,
        day,
        rank: ranks[at]!,
        claimed: FREE,
        ambiguous: false,
      };
      at++;
    }
    totals?.set(st, big ?? BigInt(sum));
  }
  return lines;
}
