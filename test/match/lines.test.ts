/** Keys computed once per line: normalised references, natural id order, minor units, day numbers. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EngineError } from '../../engine/errors.ts';
import { compareIds } from '../../engine/lines/id-order.ts';
import { sumMinor, type Line } from '../../engine/lines/line.ts';
import { counterpartyKey as normaliseCounterparty, referenceKey as normaliseReference } from '../../engine/lines/match-keys.ts';
import { DayCache, exactMinorOf, minorOf, toLines } from '../../engine/lines/to-lines.ts';
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

  it('orders ids as the unabridged comparison does (the shortcut for a difference inside equal-length digit runs changes nothing)', () => {
    // compareIds as it was before the shortcut: the digit runs around the first difference by value, else code units.
    const digit = (c: number): boolean => c >= 48 && c <= 57;
    const reference = (a: string, b: string): number => {
      if (a === b) return 0;
      const n = Math.min(a.length, b.length);
      let i = 0;
      while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
      let s = i;
      while (s > 0 && digit(a.charCodeAt(s - 1))) s--;
      let ea = s;
      while (ea < a.length && digit(a.charCodeAt(ea))) ea++;
      let eb = s;
      while (eb < b.length && digit(b.charCodeAt(eb))) eb++;
      if (ea > s && eb > s) {
        const x = BigInt(a.slice(s, ea));
        const y = BigInt(b.slice(s, eb));
        if (x !== y) return x < y ? -1 : 1;
      }
      return a < b ? -1 : 1;
    };
    const id = fc.stringMatching(/^[AB]{0,2}0{0,2}\d{0,4}[a-c-]?\d{0,3}$/);
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(compareIds(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 20_000 },
    );
    for (const [a, b] of [['B0000017', 'B0000023'], ['A10B', 'A9BB'], ['B007', 'B010'], ['B01', 'B1'], ['X19', 'X2'], ['0-6', '00-0']]) {
      expect(Math.sign(compareIds(a!, b!)), `${a} ${b}`).toBe(Math.sign(reference(a!, b!)));
    }
  });

  it('computes minor units and day numbers once', () => {
    const [a, b] = toLines('bank', lines([{ id: 'X', date: '2026-03-01', amount: '-12.3' }, { id: 'Y', date: '2026-03-02', amount: '0.05' }]), 'CNY', 'booking', new DayCache());
    expect(a!.minor).toBe(-1230);
    expect(b!.minor).toBe(5);
    expect(b!.day - a!.day).toBe(1);
  });

  it('reads minor units exactly as toMinorUnits does, for CNY, JPY and KWD', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.constantFrom(['CNY', 2], ['JPY', 0], ['KWD', 3]), (units, [currency, scale]) => {
        const amount = new Decimal(units.toString()).div(new Decimal(10).pow(scale as number));
        const tx = { ...lines([{ id: 'X', date: '2026-03-01', amount: '0' }])[0]!.transactions[0]!, amount, currency: currency as string };
        expect(exactMinorOf(tx, scale as number, 'bank')).toBe(units);
        expect(exactMinorOf(tx, scale as number, 'bank')).toBe(toMinorUnits(amount, currency as string));
        // A Line holds the same value as a number, or the amount is refused, never rounded.
        const safe = units <= BigInt(Number.MAX_SAFE_INTEGER) && units >= -BigInt(Number.MAX_SAFE_INTEGER);
        if (safe) expect(BigInt(minorOf(tx, scale as number, 'bank'))).toBe(units);
        else expect(() => minorOf(tx, scale as number, 'bank')).toThrow(/larger than the engine reconciles exactly/);
      }),
    );
  });

  it('refuses a line beyond 2^53 - 1 minor units and takes one just inside', () => {
    const near = '90071992547409.91'; // 2^53 - 1 fen
    const [a] = toLines('bank', lines([{ id: 'X', date: '2026-03-01', amount: `-${near}` }]), 'CNY', 'booking', new DayCache());
    expect(a!.minor).toBe(-Number.MAX_SAFE_INTEGER);
    const over = lines([{ id: 'Y', date: '2026-03-01', amount: '90071992547409.92' }]);
    expect(() => toLines('bank', over, 'CNY', 'booking', new DayCache())).toThrow(expect.objectContaining({ code: 'ENGINE.BAD_AMOUNT' }));
  });

  it('sums minor units exactly, also when a partial sum leaves the safe range and comes back', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const at = (...minor: number[]) => minor.map((m) => ({ minor: m }) as Line);
    expect(sumMinor(at(1, 2, -3))).toBe(0);
    expect(sumMinor(at(max, 2, -3))).toBe(max - 1); // max + 2 is not a safe integer; -3 brings it back
    expect(sumMinor(at(max, max, -max, -max, 5))).toBe(5);
    expect(sumMinor(at(max, 1))).toBeNaN(); // beyond: equals no line's amount
    expect(sumMinor(at(-max, -1))).toBeNaN();
  });

  it("totals a statement exactly when its lines together pass 2^53 - 1 minor units", () => {
    const near = '90071992547409.91';
    const sts = lines([
      { id: 'X', date: '2026-03-01', amount: near },
      { id: 'Y', date: '2026-03-01', amount: near },
      { id: 'Z', date: '2026-03-01', amount: '-0.05' },
    ]);
    const totals = new Map<(typeof sts)[number], bigint>();
    toLines('bank', sts, 'CNY', 'booking', new DayCache(), undefined, totals);
    expect(totals.get(sts[0]!)).toBe(2n * BigInt(Number.MAX_SAFE_INTEGER) - 5n);
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
