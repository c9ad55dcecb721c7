/**
 * The line the matcher works on. Readers build its canonical form (canonical-line.ts) and the
 * store extends it; `toLines` turns any statement into Lines. Neither parse/ nor the store owns it.
 *
 * Matching works on `Line`s: a transaction plus the keys the passes compare, computed once per
 * line so the hot loops touch only strings and integers (never Decimals, never bigints).
 *
 * Amounts are integer minor units held as numbers: exact, because every line's amount is checked
 * to be a safe integer (up to 2^53 − 1 minor units, 90 trillion yuan in fen) and every sum the
 * passes compare goes through `sumMinor`, which notices when a partial sum leaves that range.
 * A number per line instead of a bigint saves a heap object per line and makes the amount maps
 * of the duplicate and amount_date passes number-keyed.
 */
import type { Side, Transaction } from '../model.ts';

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
  /**
   * Place of the id in natural id order among its side's lines (`compareIds`, 0 first): every
   * ordering within a side compares ranks, never the id strings (see id-rank.ts).
   */
  readonly rank: number;
  /** Taken by a match or a difference (a line is claimed at most once); see `Claim`. */
  claimed: Claim;
  /** Left unmatched by amount_date because its best candidates tied. */
  ambiguous: boolean;
}

/** Natural id order of two lines of one side, by their ranks. */
export const byRank = (a: Line, b: Line): number => a.rank - b.rank;

/** The largest amount a Line holds exactly, in minor units (2^53 − 1). */
export const MAX_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

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
