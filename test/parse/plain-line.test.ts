/**
 * The canonical CSV fast path (plainLine, minor units, lazy Decimals) gives exactly what the
 * general path (record splitter, trim, Decimal) gives: same fields, same amounts and balances.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../engine/money.ts';
import type { Statement } from '../../engine/model.ts';
import { decimalFromMinor, scanMinor } from '../../engine/lines/minor-units.ts';
import { exactMinor, isIsoDateAt, parseIsoDate } from '../../engine/parse/values.ts';
import { failure, read } from './helpers.ts';

const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((a) => a.join(''));
const plain = fc
  .tuple(fc.constantFrom('', '-', '+'), digits(0, 17), fc.boolean(), digits(0, 4))
  .map(([sign, int, dot, frac]) => (dot ? `${sign}${int}.${frac}` : `${sign}${int}${frac}`));

function fields(x: Decimal): unknown {
  const raw: { s?: unknown; e?: unknown; d?: unknown } = x;
  return { s: raw.s, e: raw.e, d: raw.d, text: x.toString() };
}

describe('minor units', () => {
  it('scanMinor agrees with exactMinor, and refuses negative zero and text around the number', () => {
    fc.assert(
      fc.property(plain, fc.constantFrom(0, 2, 3), (text, scale) => {
        const ours = scanMinor(`x${text}y`, 1, text.length + 1, scale);
        const theirs = exactMinor(text, scale);
        if (Number.isNaN(ours)) expect(Number.isNaN(theirs) || (theirs === 0 && text.startsWith('-'))).toBe(true);
        else expect(ours).toBe(theirs);
      }),
      { numRuns: 5000 },
    );
    for (const t of [' 1.00', '1.00 ', '1,000.00', '1e3', '', '-', '.', '-0.00', '1.001']) expect(scanMinor(t, 0, t.length, 2)).toBeNaN();
  });

  it('decimalFromMinor builds the Decimal decimal.js builds for minor / 10^scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.constantFrom(0, 2, 3), (minor, scale) => {
        const expected = new Decimal(minor).div(new Decimal(10).pow(scale));
        expect(fields(decimalFromMinor(minor, scale))).toEqual(fields(expected));
      }),
      { numRuns: 5000 },
    );
  });

  it('isIsoDateAt accepts exactly the dates parseIsoDate accepts', () => {
    const date = fc
      .tuple(fc.integer({ min: 1890, max: 3010 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const noise = fc.array(fc.constantFrom(...'0123456789-/ x'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(date, noise), (text) => {
        expect(isIsoDateAt(`,${text},`, 1, text.length + 1)).toBe(parseIsoDate(text) !== null);
      }),
      { numRuns: 5000 },
    );
    for (const t of ['2024-02-29', '2000-02-29', '1900-02-28']) expect(isIsoDateAt(t, 0, 10)).toBe(true);
    for (const t of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10']) expect(isIsoDateAt(t, 0, 10)).toBe(false);
  });
});

const HEADER = 'id,date,amount,currency,reference,counterparty,description,balance';
const cents = (c: bigint) => {
  const a = c < 0n ? -c : c;
  return `${c < 0n ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
};

function view(s: Statement | undefined): unknown {
  return {
    opening: s?.opening?.toString() ?? null,
    closing: s?.closing?.toString() ?? null,
    addsUp: s?.addsUp,
    currency: s?.currency,
    lines: (s?.transactions ?? []).map((t) => ({
      id: t.id, date: t.date, valueDate: t.valueDate, amount: fields(t.amount), currency: t.currency, reference: t.reference,
      bankReference: t.bankReference, counterparty: t.counterparty, description: t.description,
      balance: t.balance === null ? null : fields(t.balance), line: t.line,
    })),
  };
}

describe('canonical fast path', () => {
  it('reads every line as the general path does (quoted or padded lines take the general path)', async () => {
    const row = fc.tuple(
      fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n }),
      fc.boolean(),
      fc.constantFrom('', 'PAY-1', 'ＰＡＹ　12', 'a-reference-longer-than-13'),
      fc.constantFrom('', '上海某某贸易有限公司', 'ACME Ltd'),
      fc.constantFrom(0, 1, 2), // 0 plain, 1 every field quoted, 2 spaces around the trimmed fields
      fc.constantFrom('', '0', '00'), // extra zero decimals ("12.340") take the general path
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom('CNY', 'cny'), async (rows, cur) => {
        let balance = 5_000_00n;
        const plainRows: string[] = [];
        const mixedRows: string[] = [];
        rows.forEach(([amount, stated, ref, party, style, zeros], i) => {
          balance += amount;
          const f = [`B${i}`, `2026-03-${String((i % 28) + 1).padStart(2, '0')}`, cents(amount) + zeros, cur, ref, party, 'desc', stated ? cents(balance) : ''];
          plainRows.push(f.join(','));
          if (style === 1) mixedRows.push(f.map((x) => `"${x}"`).join(','));
          else if (style === 2) mixedRows.push(f.map((x, k) => (k < 4 ? ` ${x} ` : x)).join(','));
          else mixedRows.push(f.join(','));
        });
        const [fast] = await read(`${HEADER}\n${plainRows.join('\n')}\n`);
        const [mixed] = await read(`${HEADER}\n${mixedRows.join('\n')}\n`);
        expect(view(fast)).toEqual(view(mixed));
        for (const t of fast?.transactions ?? []) {
          if (t.amountMinor !== undefined) expect(t.amountMinor).toBe(BigInt(t.amount.times(100).toFixed(0)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('exposes amountMinor on plain lines and keeps negative zero a Decimal -0', async () => {
    const [s] = await read(`${HEADER}\nB1,2026-03-01,-12.50,CNY,,,,100.00\nB2,2026-03-01,-0.00,CNY,,,,100.00\nB3,2026-03-02,7,CNY,,,,107\n`);
    const [b1, b2, b3] = s?.transactions ?? [];
    expect(b1?.amountMinor).toBe(-1250n);
    expect(b1?.balance?.toFixed(2)).toBe('100.00');
    expect(b2?.amount.isNegative()).toBe(true);
    expect(b2?.amount.isZero()).toBe(true);
    expect(b3?.amountMinor).toBe(700n);
    expect(s?.addsUp).toBe(true);
    expect(s?.opening?.toFixed(2)).toBe('112.50');
  });

  it('finds duplicate ids whether the ids come sorted, unsorted, or turn unsorted late', async () => {
    const file = (ids: string[]) => `${HEADER}\n${ids.map((id) => `${id},2026-03-01,1.00,CNY,,,,`).join('\n')}\n`;
    const cases: [string[], string, number, number][] = [
      [['A1', 'A2', 'A3', 'A3'], 'A3', 5, 4],
      [['A2', 'A1', 'A3', 'A1'], 'A1', 5, 3],
      [['A1', 'A2', 'A3', 'A4', 'A0', 'A2'], 'A2', 7, 3],
      [['"A1"', 'A2', ' A1'], 'A1', 4, 2],
      [['B8', 'B9', 'B10', 'B11', 'B10'], 'B10', 6, 4],
      [['B9', 'B10', 'AB', 'B9'], 'B9', 5, 2],
    ];
    for (const [ids, id, line, first] of cases) {
      const err = await failure(read(file(ids)));
      expect(err.location).toEqual({ file: 'input.csv', line });
      expect(err.params).toEqual({ id, first });
    }
    const [s] = await read(file(['A3', 'A1', 'A2', 'B1', 'A10']));
    expect(s?.transactions.map((t) => t.id)).toEqual(['A3', 'A1', 'A2', 'B1', 'A10']);
  });
});
