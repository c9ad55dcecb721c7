/** Keys computed once per line: normalised references, natural id order, minor units, day numbers. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EngineError } from '../../engine/errors.ts';
import { compareIds, DayCache, minorOf, normaliseCounterparty, normaliseReference, toLines } from '../../engine/match/lines.ts';
import { Decimal, toMinorUnits } from '../../engine/money.ts';
import { lines } from './build.ts';

describe('line keys', () => {
  it('normalises references: trim, NFKC, case', () => {
    expect(normaliseReference('  ＰＡＹ１２ ')).toBe(normaliseReference('pay12'));
    expect(normaliseReference('Inv-7')).toBe(normaliseReference('INV-7'));
    expect(normaliseCounterparty(' 国网  电费 ')).toBe(normaliseCounterparty('国网 电费'));
  });

  it('orders ids naturally and totally', () => {
    expect(['B10', 'B9', 'B1', 'A2', 'B01'].sort(compareIds)).toEqual(['A2', 'B01', 'B1', 'B9', 'B10']);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[AB]?\d{0,3}[a-c]?$/), { maxLength: 30 }), (ids) => {
        const once = [...ids].sort(compareIds);
        const twice = [...ids].reverse().sort(compareIds);
        expect(twice).toEqual(once);
        for (const a of ids) for (const b of ids) expect(Math.sign(compareIds(a, b)) + Math.sign(compareIds(b, a))).toBe(0);
        for (let i = 0; i < once.length; i++) for (let j = i + 1; j < once.length; j++) expect(compareIds(once[i]!, once[j]!)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('computes minor units and day numbers once', () => {
    const [a, b] = toLines('bank', lines([{ id: 'X', date: '2026-03-01', amount: '-12.3' }, { id: 'Y', date: '2026-03-02', amount: '0.05' }]), 'CNY', 'booking', new DayCache());
    expect(a!.minor).toBe(-1230n);
    expect(b!.minor).toBe(5n);
    expect(b!.day - a!.day).toBe(1);
  });

  it('reads minor units exactly as toMinorUnits does, for CNY, JPY and KWD', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.constantFrom(['CNY', 2], ['JPY', 0], ['KWD', 3]), (units, [currency, scale]) => {
        const amount = new Decimal(units.toString()).div(new Decimal(10).pow(scale as number));
        const tx = { ...lines([{ id: 'X', date: '2026-03-01', amount: '0' }])[0]!.transactions[0]!, amount, currency: currency as string };
        expect(minorOf(tx, scale as number, 'bank')).toBe(units);
        expect(minorOf(tx, scale as number, 'bank')).toBe(toMinorUnits(amount, currency as string));
      }),
    );
  });

  it('refuses an amount finer than the currency allows, a repeated id, a foreign currency and a bad date', () => {
    const codeOf = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return e instanceof EngineError ? e.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => toLines('bank', lines([{ id: 'X', date: '2026-03-01', amount: '1.001' }]), 'CNY', 'booking', new DayCache()))).toBe('ENGINE.BAD_AMOUNT');
    expect(
      codeOf(() => toLines('bank', lines([{ id: 'X', date: '2026-03-01', amount: '1' }, { id: 'X', date: '2026-03-01', amount: '2' }]), 'CNY', 'booking', new DayCache())),
    ).toBe('ENGINE.DUPLICATE_ID');
    expect(codeOf(() => toLines('bank', lines([{ id: 'X', date: '2026-03-01', amount: '1', currency: 'USD' }]), 'CNY', 'booking', new DayCache()))).toBe(
      'ENGINE.CURRENCY_MISMATCH',
    );
    expect(codeOf(() => toLines('bank', lines([{ id: 'X', date: '01/03/2026', amount: '1' }]), 'CNY', 'booking', new DayCache()))).toBe('ENGINE.BAD_DATE');
  });
});
