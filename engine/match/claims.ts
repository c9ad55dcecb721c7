/**
 * The set of claimed lines and the matches made so far: every pass records its links here, and
 * each link becomes its final `Match` at once (one object per match, even at a million lines).
 */
import type { Decimal } from '../money.ts';
import { BY_REFERENCE, FREE, sumMinor, TAKEN, type Claim, type Line } from '../lines/line.ts';
import type { Transaction } from '../model.ts';
import { PairMatch, ZERO, type LinkRule, type Match } from './match.ts';

function sumAmounts(txs: readonly Transaction[]): Decimal {
  if (txs.length === 1) return txs[0]!.amount;
  let s = ZERO;
  for (const t of txs) s = s.plus(t.amount);
  return s;
}

export class Claims {
  private list: Match[];
  private ranks: Int32Array;
  private count = 0;

  /**
   * `capacity`: the most matches the passes can make, the smaller side's line count (every
   * match takes a line of each side, and a line once). Room for them is made up front: a list
   * grown match by match to a million copies itself over and over, and every old copy is
   * garbage the size of the list.
   */
  constructor(capacity = 0) {
    this.list = new Array<Match>(capacity);
    this.ranks = new Int32Array(capacity);
  }

  /** The matches made so far, in the order they were made. */
  get matches(): Match[] {
    if (this.list.length !== this.count) this.list.length = this.count;
    return this.list;
  }

  /** For each match, the rank (Line.rank) of its first bank line in id order; -1 for none. */
  get firstBankRank(): Int32Array {
    return this.ranks.subarray(0, this.count);
  }

  private add(m: Match, rank: number): void {
    if (this.count === this.ranks.length) {
      const bigger = new Int32Array(Math.max(16, this.ranks.length * 2));
      bigger.set(this.ranks);
      this.ranks = bigger;
    }
    this.ranks[this.count] = rank;
    if (this.count < this.list.length) this.list[this.count] = m;
    else this.list.push(m);
    this.count++;
  }

  /** Links lines of both sides; claiming a line twice is a broken invariant of the pipeline. */
  link(rule: LinkRule, bank: readonly Line[], ledger: readonly Line[]): void {
    const how = rule === 'reference' ? BY_REFERENCE : TAKEN;
    for (const x of bank) claim(x, how);
    for (const x of ledger) claim(x, how);
    const bankTx = bank.map((x) => x.tx);
    const ledgerTx = ledger.map((x) => x.tx);
    // Both sums NaN (beyond the safe range) is not "equal": the Decimals decide then.
    const b = sumMinor(bank);
    const difference = b === sumMinor(ledger) ? ZERO : sumAmounts(bankTx).minus(sumAmounts(ledgerTx));
    // Callers give the bank lines in id order (groups sort them), so the first is the lowest.
    this.add({ rule, bank: bankTx, ledger: ledgerTx, difference }, bank[0]?.rank ?? -1);
  }

  /** One line against one line: the common case, without the temporary arrays of `link`. */
  pair(rule: LinkRule, bank: Line, ledger: Line): void {
    const how = rule === 'reference' ? BY_REFERENCE : TAKEN;
    claim(bank, how);
    claim(ledger, how);
    const difference = bank.minor === ledger.minor ? ZERO : bank.tx.amount.minus(ledger.tx.amount);
    this.add(new PairMatch(rule, bank.tx, ledger.tx, difference), bank.rank);
  }
}

function claim(line: Line, how: Claim): void {
  if (line.claimed !== FREE) throw new Error(`line ${line.side} ${line.id} claimed twice`);
  line.claimed = how;
}

/** Groups lines by a string key, skipping lines whose key is ''. Insertion order is kept. */
export function groupBy(lines: readonly Line[], key: (l: Line) => string): Map<string, Line[]> {
  const map = new Map<string, Line[]>();
  for (const l of lines) {
    const k = key(l);
    if (k === '') continue;
    const list = map.get(k);
    if (list) list.push(l);
    else map.set(k, [l]);
  }
  return map;
}
