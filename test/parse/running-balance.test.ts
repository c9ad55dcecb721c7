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
