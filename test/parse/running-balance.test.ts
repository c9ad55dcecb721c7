/** Running balances in canonical CSV: the integer fast path agrees with the Decimal check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../engine/money.ts';
import type { Transaction } from '../../engine/model.ts';
import { fromRunningBalances } from '../../engine/parse/statement.ts';
import { read } from './helpers.ts';

const HEADER = 'id,date,amount,currency,reference,counterparty,description,balance';
const cents = (c: bigint) => {
  const a = c < 0n ? -c : c;
  return `${c < 0n ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
};

describe('running balances', () => {
  it('does not trust integer sums past 2^53: a wrong balance after huge unbalanced lines is still caught', async () => {
    // Ten lines of 9,999,999,999,999.99 and one of 0.03 add up to 10^16 − 7 fen, where a double
    // holds only even integers: taken back off, the sum comes out as 2 fen, so a stated balance of
    // 0.02 (it should be 0.03) would look right to floating point.
    const big = '9999999999999.99';
    const rows = [
      `B0,2026-03-01,0.00,CNY,,,,0.00`,
      ...Array.from({ length: 10 }, (_, i) => `B${i + 1},2026-03-01,${big},CNY,,,,`),
      `B11,2026-03-01,0.03,CNY,,,,`,
      ...Array.from({ length: 10 }, (_, i) => `B${i + 12},2026-03-01,-${big},CNY,,,,`),
      `B22,2026-03-01,0.00,CNY,,,,0.02`,
    ];
    const [s] = await read(`${HEADER}\n${rows.join('\n')}\n`);
    expect(s?.addsUp).toBe(false);
    const [t] = await read(`${HEADER}\n${rows.join('\n').replace(/,0\.02$/, ',0.03')}\n`);
    expect(t?.addsUp).toBe(true);
    expect(t?.closing?.toFixed(2)).toBe('0.03');
  });

  it('opening, closing and addsUp equal the Decimal computation, whether the balances chain or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.array(fc.tuple(fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }), fc.boolean(), fc.integer({ min: -2, max: 2 })), { minLength: 1, maxLength: 12 }),
        async (opening, lines) => {
          let balance = opening;
          const rows = lines.map(([amount, stated, error], i) => {
            balance += amount;
            const written = stated ? cents(balance + BigInt(error)) : '';
            return `B${i},2026-03-01,${cents(amount)},CNY,,,,${written}`;
          });
          const [s] = await read(`${HEADER}\n${rows.join('\n')}\n`);
          const txs: Transaction[] = [...(s?.transactions ?? [])];
          const expected = fromRunningBalances(txs);
          expect(s?.addsUp).toBe(expected.addsUp);
          expect(s?.opening?.toFixed(2) ?? null).toBe(expected.opening?.toFixed(2) ?? null);
          expect(s?.closing?.toFixed(2) ?? null).toBe(expected.closing?.toFixed(2) ?? null);
          if (lines.every(([, stated, error]) => !stated || error === 0) && lines.some(([, stated]) => stated)) {
            expect(s?.addsUp).toBe(true);
            expect(s?.opening?.equals(new Decimal(cents(opening)))).toBe(true);
            expect(s?.closing?.equals(new Decimal(cents(balance)))).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
