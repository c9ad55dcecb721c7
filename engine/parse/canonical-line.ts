/**
 * One canonical CSV line held lean: a million-line statement keeps a million of these, so the
 * amount and the running balance stay integer minor units and their Decimals are built when
 * read (about 0.3 µs each) instead of being kept alive for every line. Nothing is cached: the
 * matcher reads `amountMinor`, and the report reads the Decimal of the few lines it lists.
 */
import type { Decimal } from '../money.ts';
import type { Transaction } from '../model.ts';
import { decimalFromMinor } from './minor-units.ts';

/**
 * A Transaction whose amount (and balance, where stated) were plain decimals. `amount` and
 * `balance` are accessors on the prototype: copy a line field by field, never with `{ ...t }`.
 */
export class CanonicalLine implements Transaction {
  readonly valueDate = null;
  readonly bankReference = '';

  constructor(
    readonly id: string,
    readonly date: string,
    readonly currency: string,
    readonly reference: string,
    readonly counterparty: string,
    readonly description: string,
    readonly line: number,
    /** Amount in minor units at `scale` decimals (a safe integer, exact). */
    private readonly minor: number,
    /** Running balance in minor units, NaN when the line states none. */
    private readonly balanceMinor: number,
    private readonly scale: number,
  ) {}

  get amount(): Decimal {
    return decimalFromMinor(this.minor, this.scale);
  }

  /** See Transaction.amountMinor. */
  get amountMinor(): bigint {
    return BigInt(this.minor);
  }

  get balance(): Decimal | null {
    return Number.isNaN(this.balanceMinor) ? null : decimalFromMinor(this.balanceMinor, this.scale);
  }
}
