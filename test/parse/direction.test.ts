/** Direction columns (借贷, 收支, 收/支, 借贷方向), and what profiles add for layouts no header names. */
import { describe, expect, it } from 'vitest';
import { flowOf, flowReader } from '../../engine/parse/direction.ts';
import { CsvProfileSchema } from '../../engine/parse/profile.ts';
import { amounts, failure, read } from './helpers.ts';

describe('direction values', () => {
  it('借/贷 depend on the side; 收/支, 收入/支出, 入/出 do not', () => {
    const table: [string, 'in' | 'out', 'in' | 'out'][] = [
      ['借', 'out', 'in'], ['贷', 'in', 'out'], ['借 Dr', 'out', 'in'], ['贷 Cr', 'in', 'out'], ['借方', 'out', 'in'], ['贷方', 'in', 'out'],
      ['D', 'out', 'in'], ['C', 'in', 'out'], ['dr', 'out', 'in'], ['CR', 'in', 'out'],
      ['收入', 'in', 'in'], ['支出', 'out', 'out'], ['收', 'in', 'in'], ['支', 'out', 'out'], ['入', 'in', 'in'], ['出', 'out', 'out'],
    ];
    for (const [cell, bank, ledger] of table) {
      expect([cell, flowOf(cell, 'bank')]).toEqual([cell, bank]);
      expect([cell, flowOf(cell, 'ledger')]).toEqual([cell, ledger]);
    }
    expect(flowOf('借贷', 'bank')).toBeNull();
    expect(flowOf('X', 'bank')).toBeNull();
    expect(flowOf('借 Cr', 'bank')).toBeNull(); // contradicts itself
  });

  it('a profile value map comes first', () => {
    const f = flowReader('bank', { in: ['R'], out: ['P'] });
    expect([f('R'), f('p'), f('借')]).toEqual(['in', 'out', 'out']);
  });
});

describe('layouts read with no profile', () => {
  it('收/支 with 收入/支出 and 借贷标志 with D/C, beside an unsigned 金额 or 发生额', async () => {
    const a = await read('交易日期,收/支,金额,余额\n2026-03-01,收入,100.00,100.00\n2026-03-02,支出,"2,600.00",-2500.00\n2026-03-03,入,0.50,-2499.50\n2026-03-03,出,0.50,-2500.00\n');
    expect(amounts(a[0])).toEqual(['100.00', '-2600.00', '0.50', '-0.50']);
    expect(a[0]?.addsUp).toBe(true);
    const b = await read('记账日期,借贷标志,发生额,账户余额,币种\n2026/03/01,C,10.00,10.00,CNY\n2026/03/02,D,4.00,6.00,CNY\n');
    expect(amounts(b[0])).toEqual(['10.00', '-4.00']);
    const c = await read('交易日期,借贷方向,交易金额\n20260301,借,5.00\n20260302,贷,7.00\n', { side: 'ledger' });
    expect(amounts(c[0])).toEqual(['5.00', '-7.00']);
  });

  it('an unknown direction value is an error naming the line and the value', async () => {
    const err = await failure(read('交易日期,收支,金额\n2026-03-01,退回,1.00\n', { fileName: 'x.csv' }));
    expect(err.reasonKey).toBe('BAD_DIRECTION');
    expect(err.message).toBe('x.csv:2: unknown direction "退回" (expected 借/贷, 收/支, 收入/支出, D/C, ...)');
  });

  it('a unit suffix is stripped, a qualifier kept: 金额（元） is the amount, 余额(元) the balance', async () => {
    const [s] = await read('交易日期,金额（元）,余额(元)\n2026-03-01,-1.00,9.00\n');
    expect(amounts(s)).toEqual(['-1.00']);
    expect(s?.opening?.toFixed(2)).toBe('10.00');
  });
});

describe('profiles for what no header says', () => {
  it('a direction column with its own values', async () => {
    const profile = CsvProfileSchema.parse({
      columns: { date: 'Booked', amount: 'Amount', direction: 'Way' },
      directionValues: { in: ['R'], out: ['P'] },
      dateFormat: 'DD.MM.YYYY',
      currency: 'EUR',
    });
    const [s] = await read('Booked,Way,Amount\n01.03.2026,R,10.00\n02.03.2026,P,3.00\n', { profile });
    expect(amounts(s)).toEqual(['10.00', '-3.00']);
  });

  it('amounts with a currency prefix (CNY 123.18) give the row its currency', async () => {
    const profile = CsvProfileSchema.parse({ columns: { date: 'Date', amount: 'Amount' }, dateFormat: 'YYYY-MM-DD' });
    const [s] = await read('Date,Amount\n2026-03-01,CNY 123.18\n2026-03-02,CNY -3.00\n', { profile });
    expect(s?.currency).toBe('CNY');
    expect(amounts(s)).toEqual(['123.18', '-3.00']);
    const mixed = await failure(read('Date,Amount\n2026-03-01,CNY 1.00\n2026-03-02,USD 1.00\n', { profile, fileName: 'm.csv' }));
    expect(mixed.params).toEqual({ found: 'USD', expected: 'CNY' });
  });

  it('dates without a year take it from the profile period; a later month is the year before', async () => {
    const profile = CsvProfileSchema.parse({ columns: { date: 'Date', amount: 'Amount' }, dateFormat: 'MM/DD', period: '2026-01', currency: 'CNY' });
    const [s] = await read('Date,Amount\n12/30,1.00\n01/02,2.00\n', { profile });
    expect(s?.transactions.map((t) => t.date)).toEqual(['2025-12-30', '2026-01-02']);
    const none = CsvProfileSchema.parse({ columns: { date: 'Date', amount: 'Amount' }, dateFormat: 'MM/DD', currency: 'CNY' });
    const err = await failure(read('Date,Amount\n12/30,1.00\n', { profile: none, fileName: 'n.csv' }));
    expect(err.reasonKey).toBe('NO_YEAR');
    expect(err.location).toEqual({ file: 'n.csv', line: 2 });
  });

  it('"direction" without "amount" is refused by the schema', () => {
    expect(CsvProfileSchema.safeParse({ columns: { date: 'D', debit: 'A', credit: 'B', direction: 'W' } }).success).toBe(false);
  });
});

describe('summary rows', () => {
  it('a dated row whose 摘要 starts with 汇总 is a line; a row whose first cell ends in 合计 is not', async () => {
    const [s] = await read('交易日期,摘要,金额\n2026-03-01,汇总代发工资,-10.00\n美元合计,,-10.00\n合计笔数,1,\n');
    expect(amounts(s)).toEqual(['-10.00']);
    expect(s?.transactions[0]?.description).toBe('汇总代发工资');
  });
});
