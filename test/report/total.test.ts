/** Difference amounts added and printed from integer minor units: the same as with Decimals. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../engine/money.ts';
import { fixedFromMinor } from '../../engine/lines/minor-units.ts';
import { Total } from '../../engine/report/total.ts';

const safe = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
const small = fc.integer({ min: -10_000_000, max: 10_000_000 });
const scale = fc.constantFrom(0, 2, 3);
const decimalOf = (minor: number, s: number): Decimal => new Decimal(minor).div(new Decimal(10).pow(s));

describe('minor units', () => {
  it('fixedFromMinor is Decimal.toFixed(scale) of the same amount (property)', () => {
    fc.assert(
      fc.property(fc.oneof(safe, small), scale, (m, s) => {
        expect(fixedFromMinor(m, s)).toBe(decimalOf(m, s).toFixed(s));
      }),
    );
    expect(fixedFromMinor(-5, 2)).toBe('-0.05');
    expect(fixedFromMinor(-0, 2)).toBe('0.00');
  });

  it('a Total equals the Decimal sum, with or without minor units, also past the safe range (property)', () => {
    const item = fc.record({ minor: fc.oneof(safe, small), known: fc.boolean() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), scale, (items, s) => {
        const total = new Total(s);
        let expected = new Decimal(0);
        for (const { minor, known } of items) {
          const amount = decimalOf(minor, s);
          total.add(known ? { amount, minor } : { amount });
          expected = expected.plus(amount);
        }
        expect(total.value.equals(expected)).toBe(true);
        expect(total.value.toFixed(s)).toBe(expected.toFixed(s));
      }),
      { numRuns: 500 },
    );
  });
});
