import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../engine/money.ts';
import type { Transaction } from '../../engine/model.ts';
import { contentHash, isPositionalId, lineKeys } from '../../engine/service/line-identity.ts';
import { decimalFixed, minorFixed, minorPlain } from '../../engine/service/minorText.ts';
import { StoredCanonicalLine, StoredLines, StoredTransaction, storeIdOf, storedMinor, storedUnits } from '../../engine/service/storedTransaction.ts';
import type { RunLine } from '../../engine/store/runs.ts';

const decimalOf = (minor: bigint, scale: number): Decimal => new Decimal(minor.toString()).div(new Decimal(10).pow(scale));
const minor = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const scale = fc.constantFrom(0, 2, 3);

describe('amounts written from minor units', () => {
  it('minorFixed is Decimal.toFixed(scale) and minorPlain is Decimal.toString() (property)', () => {
    fc.assert(fc.property(minor, scale, (m, s) => {
      const d = decimalOf(m, s);
      expect(minorFixed(m, s)).toBe(d.toFixed(s));
      expect(minorPlain(m, s)).toBe(d.toString());
    }));
  });

  it('reads the examples the way a person does', () => {
    expect(minorFixed(-12345n, 2)).toBe('-123.45');
    expect(minorFixed(5n, 2)).toBe('0.05');
    expect(minorFixed(-5n, 2)).toBe('-0.05');
    expect(minorFixed(0n, 2)).toBe('0.00');
    expect(minorPlain(12300n, 2)).toBe('123');
    expect(minorPlain(12350n, 2)).toBe('123.5');
    expect(minorPlain(0n, 2)).toBe('0');
    expect(minorPlain(-700n, 0)).toBe('-700');
  });

  it('isPositionalId is the reader\'s L<line>/E<entry>[#n] pattern with the line number, and nothing else (property)', () => {
    const regex = (id: string, line: number): boolean => {
      const m = /^[LE](\d+)(?:#\d+)?$/.exec(id);
      return m !== null && m[1] === String(line);
    };
    const at = (id: string, line: number): Transaction => ({
      id, date: '2026-10-01', valueDate: null, amount: new Decimal('1'), currency: 'CNY', reference: '', bankReference: '', counterparty: '', description: '', balance: null, line,
    });
    const id = fc.oneof(
      fc.tuple(fc.constantFrom('L', 'E', 'B', 'l', ''), fc.nat(200), fc.constantFrom('', '#', '#2', '#12', 'x', '#2x', '.5')).map(([p, n, s]) => `${p}${n}${s}`),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(fc.property(id, fc.oneof(fc.nat(200), fc.integer({ min: -5, max: 5 })), (i, line) => {
      expect(isPositionalId(at(i, line))).toBe(regex(i, line));
    }));
    expect(isPositionalId(at('L12', 12))).toBe(true);
    expect(isPositionalId(at('E3#2', 3))).toBe(true);
    expect(isPositionalId(at('L012', 12))).toBe(false);
    expect(isPositionalId(at('L12#', 12))).toBe(false);
    expect(isPositionalId(at('B12', 12))).toBe(false);
    expect(isPositionalId(at('L0000001', 2))).toBe(false);
  });

  it('decimalFixed is Decimal.toFixed(max(scale, decimal places)) (property)', () => {
    const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 })).map(([m, s]) => decimalOf(m, s));
    fc.assert(fc.property(decimal, scale, (d, s) => {
      expect(decimalFixed(d, s)).toBe(d.toFixed(Math.max(s, d.decimalPlaces())));
    }));
    for (const [v, s] of [['-0', 2], ['1e-45', 2], ['1e45', 2], ['100', 0], ['100.5', 2], ['-7.125', 2]] as const) {
      const d = new Decimal(v);
      expect(decimalFixed(d, s)).toBe(d.toFixed(Math.max(s, d.decimalPlaces())));
    }
  });

  it('storedMinor reads a stored NUMERIC at the currency scale, and nothing else', () => {
    fc.assert(fc.property(minor, scale, (m, s) => {
      expect(storedMinor(minorFixed(m, s), s)).toBe(m);
    }));
    expect(storedMinor('100.00', 2)).toBe(10000n);
    expect(storedMinor('-0.05', 2)).toBe(-5n);
    expect(storedMinor('100.001', 2)).toBeUndefined();
    expect(storedMinor('100', 2)).toBeUndefined();
    expect(storedMinor('100', 0)).toBe(100n);
  });

  it('a line keyed from its minor units gets the key its Decimal gives (property)', () => {
    const tx = (m: bigint, withMinor: boolean, ref: string): Transaction => ({
      id: 'L2', date: '2026-10-01', valueDate: null, amount: decimalOf(m, 2), currency: 'CNY', reference: ref, bankReference: '',
      counterparty: '', description: '手续费', balance: null, line: 2, ...(withMinor ? { amountMinor: m } : {}),
    });
    fc.assert(fc.property(minor, fc.string(), (m, ref) => {
      expect(contentHash(tx(m, true, ref))).toBe(contentHash(tx(m, false, ref)));
      expect(lineKeys([tx(m, true, ref)])).toEqual(lineKeys([tx(m, false, ref)]));
    }));
  });

  it('references are compared after NFKC, trim, one space and lower case, ASCII or not', () => {
    const tx = (reference: string): Transaction => ({
      id: 'B1', date: '2026-10-01', valueDate: null, amount: new Decimal('1.00'), currency: 'CNY', reference, bankReference: '',
      counterparty: '', description: '', balance: null, line: 2,
    });
    expect(contentHash(tx('  PAY  12 '))).toBe(contentHash(tx('pay 12')));
    expect(contentHash(tx('ＰＡＹ１２'))).toBe(contentHash(tx('pay12')));
    expect(contentHash(tx('pay12'))).not.toBe(contentHash(tx('pay13')));
  });

  it('a stored line reads back as the same Transaction, minor units where exact, Decimals on demand', () => {
    const stored = (amount: string, currency = 'CNY', balance: string | null = null): RunLine => ({
      id: '42', side: 'bank', extId: 'B1', date: '2026-10-01', valueDate: null, amount, currency, reference: 'R', bankReference: '',
      counterparty: '甲', description: '', balance, line: 2,
    });
    fc.assert(fc.property(minor, (m) => {
      const t = new StoredTransaction(stored(minorFixed(m, 2)), 'CNY', 2);
      expect(t.amountMinor).toBe(m);
      expect(t.amount.equals(decimalOf(m, 2))).toBe(true);
      expect(t.amount.toFixed(2)).toBe(minorFixed(m, 2));
    }));
    const finer = new StoredTransaction(stored('1.005'), 'CNY', 2);
    expect(finer.amountMinor).toBeUndefined();
    expect(finer.amount.toString()).toBe('1.005');
    const foreign = new StoredTransaction(stored('3.50', 'USD', '10.20'), 'CNY', 2);
    expect(foreign.amountMinor).toBeUndefined();
    expect(foreign.amount.toString()).toBe('3.5');
    expect(foreign.balance?.toFixed(2)).toBe('10.20');
    expect(foreign.storeId).toBe('42');
    expect(new StoredTransaction(stored('1.00'), 'CNY', 2).balance).toBeNull();
  });

  it('keeps any store id exactly and orders lines by it, small integers or not', () => {
    const line = (id: string): StoredTransaction => new StoredTransaction({
      id, side: 'bank', extId: `B${id}`, date: '2026-10-01', valueDate: null, amount: '1.00', currency: 'CNY', reference: '', bankReference: '',
      counterparty: '', description: '', balance: null, line: 2,
    }, 'CNY', 2);
    const ids = ['9223372036854775807', '2147483648', '2147483647', '10', '9', '1', '99999999999'];
    expect(ids.map((id) => line(id).storeId)).toEqual(ids);
    const sorted = ids.map(line).sort(StoredTransaction.byStoreId).map((t) => t.storeId);
    expect(sorted).toEqual([...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1)));
  });
  it('storedUnits reads what storedMinor reads when it fits 15 digits, and is NaN otherwise', () => {
    fc.assert(fc.property(minor, scale, (m, s) => {
      const units = storedUnits(minorFixed(m, s), s);
      const fits = (m < 0n ? -m : m) < 10n ** 15n && m !== 0n ? true : m === 0n;
      if (fits) expect(units).toBe(Number(m));
      else expect(units).toBeNaN();
    }));
    expect(storedUnits('-21514.03', 2)).toBe(-2151403);
    expect(storedUnits('0.00', 2)).toBe(0);
    expect(storedUnits('-0.00', 2)).toBeNaN();
    expect(storedUnits('100', 2)).toBeNaN();
    expect(storedUnits('1.005', 2)).toBeNaN();
    expect(storedUnits('1234567890123456.00', 2)).toBeNaN();
    expect(storedUnits('1.', 0)).toBeNaN();
    expect(storedUnits('', 2)).toBeNaN();
    expect(storedUnits('-', 0)).toBeNaN();
    expect(storedUnits('7', 0)).toBe(7);
  });

  it('a plain stored line becomes a canonical line with the same fields; any other stays a StoredTransaction (property)', () => {
    const line = (over: Partial<RunLine>): RunLine => ({
      id: '7', side: 'bank', extId: 'B7', date: '2026-10-02', valueDate: null, amount: '-12.30', currency: 'CNY', reference: 'PAY1',
      bankReference: '', counterparty: '甲公司', description: '货款', balance: '100.05', line: 9, ...over,
    });
    const fields = (t: Transaction): unknown[] => [t.id, t.date, t.valueDate, t.amount.toFixed(2), t.amountMinor, t.currency, t.reference, t.bankReference,
      t.counterparty, t.description, t.balance?.toFixed(2) ?? null, t.line, storeIdOf(t)];
    const as = (l: RunLine): unknown[] => fields(new StoredTransaction(l, 'CNY', 2));
    fc.assert(fc.property(minor, fc.option(minor, { nil: null }), (m, b) => {
      const l = line({ amount: minorFixed(m, 2), balance: b === null ? null : minorFixed(b, 2) });
      const t = new StoredLines('CNY', 2).of(l);
      expect(fields(t)).toEqual(as(l));
    }));
    const lines = new StoredLines('CNY', 2);
    expect(lines.of(line({}))).toBeInstanceOf(StoredCanonicalLine);
    expect(lines.of(line({ balance: null }))).toBeInstanceOf(StoredCanonicalLine);
    for (const other of [{ valueDate: '2026-10-03' }, { bankReference: 'X' }, { currency: 'USD' }, { amount: '1.005' }, { balance: '1.5' }, { amount: '12345678901234567.00' }]) {
      const l = line(other);
      const t = lines.of(l);
      expect(t).toBeInstanceOf(StoredTransaction);
      expect(fields(t)).toEqual(as(l));
    }
    expect(storeIdOf(lines.of(line({ id: '9223372036854775807' })))).toBe('9223372036854775807');
    const plain: Transaction = { id: 'B7', date: '2026-10-02', valueDate: null, amount: new Decimal('1.00'), currency: 'CNY', reference: '', bankReference: '',
      counterparty: '', description: '', balance: null, line: 2 };
    expect(storeIdOf(plain)).toBeUndefined();
  });
});
