/** plainDecimal builds exactly the Decimal that decimal.js's own parser builds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../engine/money.ts';
import { plainDecimal } from '../../engine/lines/decimal-text.ts';

const digits = (max: number) => fc.array(fc.constantFrom(...'0123456789'), { maxLength: max }).map((a) => a.join(''));
const plain = fc
  .tuple(fc.constantFrom('', '-', '+'), digits(16), fc.boolean(), digits(14))
  .filter(([, int, , frac]) => int.length + frac.length > 0)
  .map(([sign, int, dot, frac]) => (dot ? `${sign}${int}.${frac}` : `${sign}${int}${frac}`))
  .filter((t) => /\d/.test(t));

function fields(x: Decimal): unknown {
  const raw: { s?: unknown; e?: unknown; d?: unknown } = x;
  return { s: raw.s, e: raw.e, d: raw.d, text: x.toString() };
}

describe('plainDecimal', () => {
  it('matches new Decimal(text) in sign, exponent, digit words and value', () => {
    fc.assert(
      fc.property(plain, (text) => {
        const ours = plainDecimal(text);
        const theirs = new Decimal(text);
        expect(fields(ours)).toEqual(fields(theirs));
        expect(ours.plus(1).toFixed(4)).toBe(theirs.plus(1).toFixed(4));
        expect(ours instanceof Decimal).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('handles the edges: zeros, leading and trailing zeros, word boundaries', () => {
    for (const t of ['0', '-0', '0.00', '-0.00', '.5', '5.', '007.10', '1000', '1234567', '12345678', '0.0000001', '0.00000001', '9999999.9999999', '-1234567.1234567', '100000000000000000000.01']) {
      expect(fields(plainDecimal(t))).toEqual(fields(new Decimal(t)));
    }
  });
});
