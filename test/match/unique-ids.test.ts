/** toLines refuses a repeated id within a side, whether the ids ascend or not and across statements. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors.ts';
import { DayCache, minorOf, toLines } from '../../engine/lines/to-lines.ts';
import { statement } from './build.ts';

const st = (ids: readonly string[], file = 'bank.csv') => statement({ lines: ids.map((id) => ({ id, date: '2026-03-01', amount: '1.00' })) }, file);

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof EngineError ? e.code : 'other';
  }
  return 'none';
}

describe('toLines id check', () => {
  it('accepts distinct ids and refuses any repetition, in one statement or across several', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('B1', 'B2', 'B10', 'B02', 'b1', 'B3'), { maxLength: 7 }), fc.integer({ min: 0, max: 7 }), (ids, cut) => {
        const expected = new Set(ids).size === ids.length ? 'none' : 'ENGINE.DUPLICATE_ID';
        expect(code(() => toLines('bank', [st(ids)], 'CNY', 'booking', new DayCache()))).toBe(expected);
        const split = [st(ids.slice(0, cut)), st(ids.slice(cut), 'bank-2.csv')];
        expect(code(() => toLines('bank', split, 'CNY', 'booking', new DayCache()))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses ids that ascend pair by pair only in mixed orders (B2, B10, B2)', () => {
    expect(code(() => toLines('bank', [st(['B2', 'B10', 'B2'])], 'CNY', 'booking', new DayCache()))).toBe('ENGINE.DUPLICATE_ID');
    expect(code(() => toLines('bank', [st(['B1', 'B2', 'B10', 'B11'])], 'CNY', 'booking', new DayCache()))).toBe('none');
  });

  it('refuses ascending ids that repeat only at the end, and two ascending files sharing an id', () => {
    expect(code(() => toLines('bank', [st(['B0001', 'B0002', 'B0002'])], 'CNY', 'booking', new DayCache()))).toBe('ENGINE.DUPLICATE_ID');
    expect(code(() => toLines('bank', [st(['B0001', 'B0002']), st(['B0002', 'B0003'], 'b.csv')], 'CNY', 'booking', new DayCache()))).toBe('ENGINE.DUPLICATE_ID');
  });

  it('still refuses an empty or malformed date after a good one (the last-date shortcut)', () => {
    const s = statement({ lines: [{ id: 'B1', date: '2026-03-01', amount: '1.00' }, { id: 'B2', date: '', amount: '1.00' }] });
    expect(code(() => toLines('bank', [s], 'CNY', 'booking', new DayCache()))).toBe('ENGINE.BAD_DATE');
    const first = statement({ lines: [{ id: 'B1', date: '', amount: '1.00' }] });
    expect(code(() => toLines('bank', [first], 'CNY', 'booking', new DayCache()))).toBe('ENGINE.BAD_DATE');
  });

  it('takes the reader-given minor units, and reads the Decimal when there are none', () => {
    const tx = st(['B1']).transactions[0]!;
    expect(minorOf(tx, 2, 'bank')).toBe(100);
    expect(minorOf({ ...tx, amountMinor: 12345n }, 2, 'bank')).toBe(12345);
  });
});
