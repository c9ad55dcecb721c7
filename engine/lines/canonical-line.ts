/**
 * One canonical CSV line held lean: a million-line statement keeps a million of these, so the
 * amount and the running balance stay integer minor units and their Decimals are built when
 * read (well under a microsecond each) instead of being kept alive for every line. Nothing is
 * cached: the matcher reads `amountMinor`, and the report reads the Decimals of the few lines
 * it lists. The balance, line number and date live in the statement's typed columns
 * (`LineColumns`), not in a field of each line.
 */
import type { Claim, Line } from './line.ts';
import type { Decimal } from '../money.ts';
import type { Side, Transaction } from '../model.ts';
import { decimalFromMinor } from './minor-units.ts';
import { NO_COLUMNS, type SideColumns } from './side-columns.ts';

/**
 * The fields of a statement's canonical lines that are numbers, or one of a few values, held
 * as typed columns instead of a field a line: the running balance in minor units (NaN where a
 * line states none; balances exceed V8's small integers, which would box them), the line
 * number, and the date as the slot of its text (a month has some thirty dates).
 */
export class LineColumns {
  private balances = new Float64Array(1024);
  private lines = new Int32Array(1024);
  private dateSlots = new Int32Array(1024);
  private size = 0;
  private readonly dates: string[] = [];
  private readonly dateSlot = new Map<string, number>();
  // Lines mostly come in date order: most repeat the previous line's date.
  private lastDate = '';
  private lastSlot = -1;

  /** `currency` is the code every line of the statement carries, `scale` its minor units. */
  constructor(
    readonly scale: number,
    readonly currency = '',
  ) {}

  /** Appends a line's balance, line number and date; returns its index. */
  push(balanceMinor: number, line: number, date: string): number {
    if (this.size === this.balances.length) this.grow();
    this.balances[this.size] = balanceMinor;
    this.lines[this.size] = line;
    this.dateSlots[this.size] = this.slotOf(date);
    return this.size++;
  }

  private slotOf(date: string): number {
    if (date === this.lastDate && this.lastSlot !== -1) return this.lastSlot;
    let slot = this.dateSlot.get(date);
    if (slot === undefined) {
      slot = this.dates.length;
      this.dates.push(date);
      this.dateSlot.set(date, slot);
    }
    this.lastDate = date;
    this.lastSlot = slot;
    return slot;
  }

  private grow(): void {
    const n = this.balances.length * 2;
    const balances = new Float64Array(n);
    balances.set(this.balances);
    this.balances = balances;
    const lines = new Int32Array(n);
    lines.set(this.lines);
    this.lines = lines;
    const dateSlots = new Int32Array(n);
    dateSlots.set(this.dateSlots);
    this.dateSlots = dateSlots;
  }

  balanceAt(index: number): number {
    return this.balances[index] ?? NaN;
  }

  lineAt(index: number): number {
    return this.lines[index]!;
  }

  dateAt(index: number): string {
    return this.dates[this.dateSlots[index]!]!;
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

  /** `index`: the line's slot in `columns` (the number `columns.push` gave for it). */
  constructor(
    readonly id: string,
    readonly reference: string,
    readonly counterparty: string,
    readonly description: string,
    /** Amount in minor units at the columns' scale (a safe integer, exact). */
    readonly units: number,
    private readonly columns: LineColumns,
    private readonly index: number,
  ) {}

  get date(): string {
    return this.columns.dateAt(this.index);
  }

  get line(): number {
    return this.columns.lineAt(this.index);
  }

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

  /** The counterparty key, made (or found) when read. */
  get cp(): string {
    return this.cols.names.get(this.counterparty);
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
    return this.columns.currency;
  }

  get amount(): Decimal {
    return decimalFromMinor(this.units, this.columns.scale);
  }

  /** See Transaction.amountMinor. */
  get amountMinor(): bigint {
    return BigInt(this.units);
  }

  /** The running balance in minor units at the column's scale, NaN where the line states none. */
  get balanceMinor(): number {
    return this.columns.balanceAt(this.index);
  }

  get balance(): Decimal | null {
    const minor = this.columns.balanceAt(this.index);
    return Number.isNaN(minor) ? null : decimalFromMinor(minor, this.columns.scale);
  }
}
