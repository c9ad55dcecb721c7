/**
 * A stored line as the engine's Transaction, built for runs of a million lines: the amount's
 * exact integer minor units are read from the stored text (what the matching loops use), and the
 * Decimals of amount and balance are built only when something reads them (reported lines,
 * sums). The store id rides along, so the run maps the engine's matches back without a look-up.
 */
import { Decimal } from '../money.ts';
import type { Transaction } from '../model.ts';
import type { StoredLine } from '../store/transactions.ts';
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

/** Largest integer V8 keeps unboxed on 64-bit builds without pointer compression (Node's). */
const MAX_SMALL = 2 ** 31 - 1;

export class StoredTransaction implements Transaction {
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
  /** The store id as a small integer (V8 keeps it in the object, no string per line), else NaN. */
  private readonly idNumber: number;
  /** The store id's text where it is not a small integer (beyond 2^31 - 1). */
  private readonly idText: string | null;
  /** The stored amount text, kept only where there are no minor units to rebuild it from. */
  private readonly amountText: string | null;
  private readonly scale: number;
  private readonly balanceText: string | null;
  private amountValue: Decimal | undefined;

  /** `scale`: minor units of `currency`, the account's; a line in another currency gets no minor units. */
  constructor(l: StoredLine, currency: string, scale: number) {
    this.id = l.ext_id;
    this.date = l.date;
    this.valueDate = l.value_date;
    this.amountMinor = l.currency === currency ? storedMinor(l.amount, scale) : undefined;
    this.currency = l.currency;
    this.reference = l.reference;
    this.bankReference = l.bank_reference;
    this.counterparty = l.counterparty;
    this.description = l.description;
    this.line = l.line;
    const n = l.id.length <= 10 ? Number(l.id) : NaN;
    this.idNumber = n <= MAX_SMALL ? n : NaN;
    this.idText = Number.isNaN(this.idNumber) ? l.id : null;
    this.amountText = this.amountMinor === undefined ? l.amount : null;
    this.scale = scale;
    this.balanceText = l.balance;
  }

  /** The line's id in the store (transactions.id). */
  get storeId(): string {
    return this.idText ?? String(this.idNumber);
  }

  /** Store id order (the order lines were imported in). */
  static byStoreId(a: StoredTransaction, b: StoredTransaction): number {
    if (a.idText === null && b.idText === null) return a.idNumber - b.idNumber;
    const x = a.storeId;
    const y = b.storeId;
    // Decimal texts of bigints: a shorter one is smaller, else the text order is the number order.
    return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
  }

  get amount(): Decimal {
    this.amountValue ??= new Decimal(this.amountText ?? minorFixed(this.amountMinor ?? 0n, this.scale));
    return this.amountValue;
  }

  get balance(): Decimal | null {
    return this.balanceText === null ? null : new Decimal(this.balanceText);
  }
}
