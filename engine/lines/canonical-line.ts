/**
 * One canonical CSV line held lean: a million-line statement keeps a million of these, so the
 * amount and the running balance stay integer minor units and their Decimals are built when
 * read (well under a microsecond each) instead of being kept alive for every line. Nothing is
 * cached: the matcher reads `amountMinor`, and the report reads the Decimals of the few lines
 * it lists.
 */
import type { Claim, Line } from './line.ts';
import type { Decimal } from '../money.ts';
import type { Side, Transaction } from '../model.ts';
import { decimalFromMinor } from './minor-units.ts';
import { NO_COLUMNS, type SideColumns } from './side-columns.ts';

/**
 * The running balances of one statement's lines in minor units, NaN where a line states none:
 * one typed array instead of a boxed number per line (balances exceed V8's small integers).
 */
export class BalanceColumn {
  private values = new Float64Array(1024);
  private size = 0;

  /** `currency` is the code every line of the statement carries, `scale` its minor units. */
  constructor(
    readonly scale: number,
    readonly currency = '',
  ) {}

  /** Appends a line's balance and returns its index. */
  push(minor: number): number {
    if (this.size === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.size] = minor;
    return this.size++;
  }

  at(index: number): number {
    return this.values[index] ?? NaN;
  }
}

/**
 * A Transaction whose amount (and balance, where stated) were plain decimals. `amount`,
 * `balance`, `currency` and the two fields canonical CSV has no column for are accessors on the
 * prototype (a million lines, no field each): copy a line field by field, never with `{ ...t }`.
 *
 * It is also the matching `Line` of itself (see `asLine`): a million-line reconciliation keeps
 * one object per line instead of a transaction and a line, and the Line fields are accessors
 * too, read from the side's columns of the run (side-columns.ts) at the line's slot. They mean
 * nothing outside a reconciliation; the Transaction fields never change.
 */
export class CanonicalLine implements Transaction, Line {
  /** The columns of the reconciliation whose Line this is, and the line's slot in them. */
  private cols: SideColumns = NO_COLUMNS;
  private at = 0;

  constructor(
    readonly id: string,
    readonly date: string,
    readonly reference: string,
    readonly counterparty: string,
    readonly description: string,
    readonly line: number,
    /** Amount in minor units at the column's scale (a safe integer, exact). */
    readonly units: number,
    private readonly balances: BalanceColumn,
    private readonly index: number,
  ) {}

  /** The Transaction's fields, as JSON has them for any other reader's lines (not the Line keys). */
  toJSON(): Record<Exclude<keyof Transaction, 'amountMinor'>, unknown> {
    return {
      id: this.id,
      date: this.date,
      valueDate: this.valueDate,
      amount: this.amount,
      currency: this.currency,
      reference: this.reference,
      bankReference: this.bankReference,
      counterparty: this.counterparty,
      description: this.description,
      balance: this.balance,
      line: this.line,
    };
  }

  /** As a Line: the transaction is the line itself. */
  get tx(): Transaction {
    return this;
  }

  /**
   * This line as the Line at slot `at` of `cols` (whose keys the caller sets); null when it
   * already is a Line of that run (the same statement given as both sides), which then needs a
   * Line object of its own.
   */
  asLine(cols: SideColumns, at: number): Line | null {
    if (this.cols.run === cols.run) return null;
    this.cols = cols;
    this.at = at;
    return this;
  }

  get side(): Side {
    return this.cols.side;
  }

  get ref(): string {
    return this.cols.refs[this.at]!;
  }

  get cp(): string {
    return this.cols.cps[this.at]!;
  }

  /** The amount in minor units: the same number as `units` (see Line.minor). */
  get minor(): number {
    return this.units;
  }

  get day(): number {
    return this.cols.days[this.at]!;
  }

  get rank(): number {
    return this.cols.ranks[this.at]!;
  }

  get claimed(): Claim {
    return this.cols.claimOf(this.at);
  }

  set claimed(c: Claim) {
    this.cols.claimed[this.at] = c;
  }

  get ambiguous(): boolean {
    return this.cols.ambiguous[this.at] === 1;
  }

  set ambiguous(a: boolean) {
    this.cols.ambiguous[this.at] = a ? 1 : 0;
  }

  get valueDate(): null {
    return null;
  }

  get bankReference(): string {
    return '';
  }

  get currency(): string {
    return this.balances.currency;
  }

  get amount(): Decimal {
    return decimalFromMinor(this.units, this.balances.scale);
  }

  /** See Transaction.amountMinor. */
  get amountMinor(): bigint {
    return BigInt(this.units);
  }

  /** The running balance in minor units at the column's scale, NaN where the line states none. */
  get balanceMinor(): number {
    return this.balances.at(this.index);
  }

  get balance(): Decimal | null {
    const minor = this.balances.at(this.index);
    return Number.isNaN(minor) ? null : decimalFromMinor(minor, this.balances.scale);
  }
}
