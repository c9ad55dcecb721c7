import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, add, formatAmount, formatAmountGrouped, money, parseAmount, round, subtract, toMinorUnits } from '../engine/money.ts';
import { EngineError } from '../engine/errors.ts';

const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const cny = (c: bigint) => money(new Decimal(c.toString()).div(100), 'CNY');

describe('money', () => {
  it('adds exactly: (a + b) - b = a, and the sum of cents is the cents of the sum', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const s = add(cny(a), cny(b));
        expect(subtract(s, cny(b)).amount.equals(cny(a).amount)).toBe(true);
        expect(toMinorUnits(s.amount, 'CNY')).toBe(a + b);
      }),
    );
  });

  it('refuses to add two currencies', () => {
    expect(() => add(money('1', 'CNY'), money('1', 'USD'))).toThrowError(EngineError);
    try {
      add(money('1', 'CNY'), money('1', 'USD'));
    } catch (e) {
      expect((e as EngineError).code).toBe('ENGINE.CURRENCY_MISMATCH');
    }
  });

  it('rounds half to even at the minor unit', () => {
    expect(round(money('0.125', 'CNY')).amount.toString()).toBe('0.12');
    expect(round(money('0.135', 'CNY')).amount.toString()).toBe('0.14');
    expect(formatAmount(new Decimal('1500.5'), 'JPY')).toBe('1500');
    expect(formatAmount(new Decimal('-12'), 'CNY')).toBe('-12.00');
    expect(formatAmountGrouped(new Decimal('-1234567.8'), 'CNY')).toBe('-1,234,567.80');
  });

  it.each([
    ['1,234,567.80', '1234567.8'],
    ['-12.00', '-12'],
    ['+0.5', '0.5'],
    [' 3 000.10 ', '3000.1'],
    ['1500.00-', '-1500'],
    ['1,500.00-', '-1500'],
  ])('reads %s', (text, expected) => {
    expect(parseAmount(text)?.toString()).toBe(expected);
  });

  it.each(['', '1e400', '12,34,5', 'abc', '1.2.3', 'NaN', 'Infinity', '--1', '-1500-', '+1500-', '-', '1500--'])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('reads comma decimals when told to', () => {
    expect(parseAmount('1.500,25', ',')?.toString()).toBe('1500.25');
    expect(parseAmount('2496,71', ',')?.toString()).toBe('2496.71');
    expect(parseAmount('1.500,25-', ',')?.toString()).toBe('-1500.25');
  });
});
