/**
 * The matching state of one side of a reconciliation as columns, one slot per line in side
 * order: a canonical line (canonical-line.ts) reads its Line fields from here instead of
 * carrying eight fields of its own for every line it will ever hold. At a million lines a side
 * that is about 40 MB less heap a side for the whole run, and the typed columns are not
 * something the garbage collector has to trace.
 */
import type { Side } from '../model.ts';
import type { Claim } from './line.ts';
import { CounterpartyKeys } from './match-keys.ts';

export class SideColumns {
  /** Day number of each line's matching date. */
  readonly days: Int32Array;
  /** Each line's `Claim`. */
  readonly claimed: Uint8Array;
  /** 1 where amount_date left the line unmatched because its best candidates tied. */
  readonly ambiguous: Uint8Array;
  /** Normalised references ('' = none). */
  readonly refs: string[];

  /**
   * `run` tells the reconciliations apart (the same statement given as both sides of one run
   * needs Line objects of its own the second time); `ranks` are the lines' natural-order ranks.
   * `names` makes the counterparty keys, read when a pass asks for one (a few passes look at the
   * lines the reference pass left, so no column of keys is kept for every line).
   */
  constructor(
    readonly run: object,
    readonly side: Side,
    readonly ranks: Int32Array,
    readonly names: CounterpartyKeys = new CounterpartyKeys(),
  ) {
    const n = ranks.length;
    this.days = new Int32Array(n);
    this.claimed = new Uint8Array(n);
    this.ambiguous = new Uint8Array(n);
    this.refs = new Array<string>(n).fill('');
  }

  /** Sets the reference key and day of line `at` (the claims start free). */
  set(at: number, ref: string, day: number): void {
    this.refs[at] = ref;
    this.days[at] = day;
  }

  claimOf(at: number): Claim {
    return this.claimed[at] as Claim;
  }
}

/** The columns of a line that is not (yet) a Line of any reconciliation: no slots. */
export const NO_COLUMNS = new SideColumns({}, 'bank', new Int32Array(0));
