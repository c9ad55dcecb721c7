/**
 * Adding up difference amounts: in integer minor units while every amount has them (see
 * Difference.minor) and the running total stays a safe integer, in Decimals from the first one
 * that does not. Either way the total is exact; the integers only spare a Decimal per addition.
 */
import type { Decimal } from '../money.ts';
import type { Difference } from './types.ts';
import { decimalFromMinor } from '../lines/minor-units.ts';

export class Total {
  private minor = 0;
  private decimal: Decimal | null = null;

  constructor(private readonly scale: number) {}

  add(d: Pick<Difference, 'amount' | 'minor'>): void {
    if (this.decimal === null) {
      const m = d.minor;
      if (m !== undefined && Number.isSafeInteger(this.minor + m)) {
        this.minor += m;
        return;
      }
      this.decimal = decimalFromMinor(this.minor, this.scale);
    }
    this.decimal = this.decimal.plus(d.amount);
  }

  get value(): Decimal {
    return this.decimal ?? decimalFromMinor(this.minor, this.scale);
  }
}
