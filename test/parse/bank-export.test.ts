/** Chinese bank exports and company journals: GBK or UTF-8, header names, 借方/贷方 by side. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { amounts, failure, read } from './helpers.ts';

const STATEMENT = [
  '中国某某银行对公账户对账单',
  '账号：6222 0202 0000 1234,币种：人民币,户名：上海某某贸易有限公司',
  '',
  '交易日期,交易流水号,摘要,借方发生额,贷方发生额,余额,对方户名,业务参考号',
  '2026/03/01,SN001,货款,,"12,500.00","112,500.00",北京甲公司,PO-1',
  '2026-03-02,SN002,手续费,15.00,,"112,485.00",,',
  '20260303,SN003,代发工资,"10,000.00",,"102,485.00",,PAY-03',
  '本页合计,,,"10,015.00","12,500.00",,,',
  '合计,,,"10,015.00","12,500.00",,,',
  '',
].join('\r\n');

const JOURNAL = [
  '日期,凭证号,摘要,借方,贷方,余额',
  '2026-03-01,记-1,收北京甲公司货款,12500.00,,112500.00',
  '2026-03-02,记-2,付办公用品,,300.00,112200.00',
].join('\n');

describe('Chinese bank exports', () => {
  it('reads a GBK export: title lines, account and currency, 借方 out / 贷方 in, summary rows skipped', async () => {
    const [s, ...rest] = await read(iconv.encode(STATEMENT, 'gbk'), { fileName: '对账单.csv', side: 'bank' });
    expect(rest).toHaveLength(0);
    expect(s?.account).toBe('6222 0202 0000 1234');
    expect(s?.currency).toBe('CNY');
    expect(amounts(s)).toEqual(['12500.00', '-15.00', '-10000.00']);
    expect(s?.transactions.map((t) => t.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(s?.transactions.map((t) => t.id)).toEqual(['SN001', 'SN002', 'SN003']);
    expect(s?.transactions[0]?.counterparty).toBe('北京甲公司');
    expect(s?.transactions[0]?.reference).toBe('PO-1');
    expect(s?.transactions[0]?.description).toBe('货款');
    expect(s?.opening?.toFixed(2)).toBe('100000.00');
    expect(s?.closing?.toFixed(2)).toBe('102485.00');
    expect(s?.addsUp).toBe(true);
  });

  it('reads the same export in UTF-8, with and without a BOM, identically', async () => {
    const gbk = await read(iconv.encode(STATEMENT, 'gbk'));
    const utf8 = await read(STATEMENT);
    const bom = await read(`\ufeff${STATEMENT}`);
    expect(JSON.stringify(utf8)).toBe(JSON.stringify(gbk));
    expect(JSON.stringify(bom)).toBe(JSON.stringify(gbk));
  });

  it('reads a company journal (银行存款日记账) with --side ledger: 借方 in, 贷方 out', async () => {
    const [s] = await read(iconv.encode(JOURNAL, 'gbk'), { side: 'ledger' });
    expect(amounts(s)).toEqual(['12500.00', '-300.00']);
    expect(s?.addsUp).toBe(true);
    // Without a 流水号 column a journal's ids are its voucher numbers (凭证号) with the date.
    expect(s?.transactions.map((t) => t.id)).toEqual(['2026-03-01/记-1', '2026-03-02/记-2']);
    // The same file read as a bank statement means the opposite, so the balances no longer chain.
    const [asBank] = await read(JOURNAL, { side: 'bank' });
    expect(amounts(asBank)).toEqual(['-12500.00', '300.00']);
    expect(asBank?.addsUp).toBe(false);
  });

  it('收入/支出 mean the same on both sides; a 币种 column is read', async () => {
    const text = '交易时间,收入金额,支出金额,币种,用途,附言\n2026-03-01 10:22:33,100.00,,美元,学费,三月\n2026-03-02,,20.00,USD,,\n';
    for (const side of ['bank', 'ledger'] as const) {
      const [s] = await read(text, { side });
      expect(amounts(s)).toEqual(['100.00', '-20.00']);
      expect(s?.currency).toBe('USD');
      expect(s?.transactions[0]?.description).toBe('学费 三月');
    }
  });

  it('a repeated 流水号 falls back to line ids for those lines, other lines keep theirs', async () => {
    const text = '交易日期,流水号,借方金额,贷方金额\n2026-03-01,A1,1.00,\n2026-03-01,A1,2.00,\n2026-03-02,A2,,3.00\n';
    const [s] = await read(text);
    expect(s?.transactions.map((t) => t.id)).toEqual(['L2', 'L3', 'A2']);
    expect(s?.transactions.map((t) => t.bankReference)).toEqual(['A1', 'A1', 'A2']);
  });

  it('tab-separated exports and Excel text guards (="0012") are read', async () => {
    const text = '交易日期\t交易流水号\t借方发生额\t贷方发生额\n="20260301"\t="0012"\t\t5.00\n';
    const [s] = await read(text);
    expect(s?.transactions[0]?.id).toBe('0012');
    expect(amounts(s)).toEqual(['5.00']);
  });
});

describe('Chinese bank exports: bad input', () => {
  const header = '交易日期,交易流水号,借方发生额,贷方发生额,币种\n';
  const bad = async (body: string, key: string, line: number) => {
    const err = await failure(read(iconv.encode(header + body, 'gbk'), { fileName: 'gbk.csv' }));
    expect(err.reasonKey).toBe(key);
    expect(err.location).toEqual({ file: 'gbk.csv', line });
    return err;
  };
  it('an impossible date', () => bad('2026/02/30,S1,1.00,,人民币\n', 'BAD_DATE', 2));
  it('both debit and credit', () => bad('2026/03/01,S1,1.00,2.00,人民币\n', 'BOTH_SIDES', 2));
  it('no amount at all', () => bad('2026/03/01,S1,,,人民币\n', 'NO_AMOUNT', 2));
  it('an unreadable amount', () => bad('2026/03/01,S1,"12,34,5",,人民币\n', 'BAD_AMOUNT', 2));
  it('mixed currencies', async () => {
    const err = await bad('2026/03/01,S1,1.00,,人民币\n2026/03/02,S2,1.00,,美元\n', 'MIXED_CURRENCY', 3);
    expect(err.params).toEqual({ found: 'USD', expected: 'CNY' });
  });
  it('an unknown currency', () => bad('2026/03/01,S1,1.00,,火星币\n', 'UNKNOWN_CURRENCY', 2));
});
