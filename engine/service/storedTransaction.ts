/**
 * Stored lines as the engine's Transactions, built for runs of a million lines. The common line
 * (the account's currency, amounts and balance at its scale, no value date or bank reference:
 * what canonical CSV imports store) becomes a StoredCanonicalLine, which the matcher takes as its
 * own Line (engine/match/lines.ts `toLines`): one object per line for the read and the matching
 * instead of three. Any other line is a StoredTransaction, its Decimals built when read. Both
 * carry the store id, so the run maps the engine's matches back without a look-up.
 */
import { Decimal } from '../money.ts';
import type { Transaction } from '../model.ts';
import { CanonicalLine, LineColumns } from '../lines/canonical-line.ts';
import { scanMinor } from '../lines/minor-units.ts';
import type { RunLine } from '../store/runs.ts';
import { minorFixed } from './minorText.ts';

/**
 * `text` (a NUMERIC as PostgreSQL writes it: optional '-', digits, optional '.' and digits) in
 * minor units when it has exactly `scale` decimals, which is how imports store amounts; else
 * undefined, and the engine takes the amount's Decimal (and refuses one finer than the currency).
 */
export function storedMinor(text: string, scale: number): bigint | undefined {
  const dot = text.indexOf('.');
  const decimals = dot === -1 ? 0 : text.length - dot - 1;
  if (decimals !== scale) return undefined;
  return BigInt(dot === -1 ? text : text.slice(0, dot) + text.slice(dot + 1));
}

/**
 * `text` as `storedMinor` reads it, as a number: NaN unless it has exactly `scale` decimals and at
 * most 15 digits (always exact), and for a negative zero (a Decimal -0 that a number cannot carry).
 * The digits are read by the canonical CSV reader's scanMinor; only the exact scale is checked here.
 */
export function storedUnits(text: string, scale: number): number {
  const dot = text.indexOf('.');
  if ((dot === -1 ? 0 : text.length - dot - 1) !== scale || (scale === 0 && dot !== -1) || text.charCodeAt(0) === 43) return NaN;
  return scanMinor(text, 0, text.length, scale);
}

/** Largest integer V8 keeps unboxed on 64-bit builds without pointer compression (Node's). */
const MAX_SMALL = 2 ** 31 - 1;

/** The store id as a small integer where it is one (no string per line), else its text. */
interface StoreKey {
  /** The store id as a small integer, else NaN. */
  readonly idNumber: number;
  /** The store id's text where it is not a small integer (beyond 2^31 - 1), else null. */
  readonly idText: string | null;
}

function storeKey(id: string): StoreKey {
  const n = id.length <= 10 ? Number(id) : NaN;
  const idNumber = n <= MAX_SMALL ? n : NaN;
  return { idNumber, idText: Number.isNaN(idNumber) ? id : null };
}

const storeIdText = (k: StoreKey): string => k.idText ?? String(k.idNumber);

/** Store id order (the order lines were imported in), for both kinds of stored line. */
export function byStoreId(a: StoreKey, b: StoreKey): number {
  if (a.idText === null && b.idText === null) return a.idNumber - b.idNumber;
  const x = storeIdText(a);
  const y = storeIdText(b);
  // Decimal texts of bigints: a shorter one is smaller, else the text order is the number order.
  return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
}

export class StoredTransaction implements Transaction, StoreKey {
  readonly id: string;
  readonly date: string;
  readonly valueDate: string | null;
  readonly amountMinor: bigint | undefined;
  readonly currency: string;
  readonly reference: string;
  readonly bankReference: string;
  readonly counterparty: string;
  readonly description: string;
  readonly line: number;
  readonly idNumber: number;
  readonly idText: string | null;
  /** The stored amount text, kept only where there are no minor units to rebuild it from. */
  private readonly amountText: string | null;
  private readonly scale: number;
  private readonly balanceText: string | null;
  private amountValue: Decimal | undefined;

  /** `scale`: minor units of `currency`, the account's; a line in another currency gets no minor units. */
  constructor(l: RunLine, currency: string, scale: number) {
    this.id = l.extId;
    this.date = l.date;
    this.valueDate = l.valueDate;
    this.amountMinor = l.currency === currency ? storedMinor(l.amount, scale) : undefined;
    this.currency = l.currency;
    this.reference = l.reference;
    this.bankReference = l.bankReference;
    this.counterparty = l.counterparty;
    this.description = l.description;
    this.line = l.line;
    const key = storeKey(l.id);
    this.idNumber = key.idNumber;
    this.idText = key.idText;
    this.amountText = this.amountMinor === undefined ? l.amount : null;
    this.scale = scale;
    this.balanceText = l.balance;
  }

  /** The line's id in the store (transactions.id). */
  get storeId(): string {
    return storeIdText(this);
  }

  /** Store id order (the order lines were imported in). */
  static byStoreId = byStoreId;

  get amount(): Decimal {
    this.amountValue ??= new Decimal(this.amountText ?? minorFixed(this.amountMinor ?? 0n, this.scale));
    return this.amountValue;
  }

  get balance(): Decimal | null {
    return this.balanceText === null ? null : new Decimal(this.balanceText);
  }
}

/**
 * A stored line held as a canonical CSV line is (amount and balance in minor units, Decimals
 * built when read, no value date, no bank reference), plus its store id.
 */
export class StoredCanonicalLine extends CanonicalLine implements StoreKey {
  readonly idNumber: number;
  readonly idText: string | null;

  constructor(l: RunLine, units: number, columns: LineColumns, index: number) {
    super(l.extId, l.reference, l.counterparty, l.description, units, columns, index);
    const key = storeKey(l.id);
    this.idNumber = key.idNumber;
    this.idText = key.idText;
  }

  /** The line's id in the store (transactions.id). */
  get storeId(): string {
    return storeIdText(this);
  }
}

export type StoredLineTx = StoredTransaction | StoredCanonicalLine;

/** The store id of a line a run loaded; undefined for any other Transaction. */
export function storeIdOf(t: Transaction): string | undefined {
  return t instanceof StoredCanonicalLine || t instanceof StoredTransaction ? t.storeId : undefined;
}

/**
 * Turns the lines of one side of a run into Transactions: `columns` holds the running balances,
 * line numbers and dates of the side's canonical lines, in the account's currency and scale.
 */
export class StoredLines {
  readonly columns: LineColumns;

  constructor(
    private readonly currency: string,
    private readonly scale: number,
  ) {
    this.columns = new LineColumns(scale, currency);
  }

  /** The line `l` (copied out of it: the caller may reuse `l`). */
  of(l: RunLine): StoredLineTx {
    if (l.currency === this.currency && l.valueDate === null && l.bankReference === '') {
      const units = storedUnits(l.amount, this.scale);
      const balance = l.balance === null ? NaN : storedUnits(l.balance, this.scale);
      if (!Number.isNaN(units) && (l.balance === null || !Number.isNaN(balance))) {
        return new StoredCanonicalLine(l, units, this.columns, this.columns.push(balance, l.line, l.date));
      }
    }
    return new StoredTransaction(l, this.currency, this.scale);
  }
}
