/**
 * Journals (银行存款日记账) as accounting packages export them: an opening row (期初余额, 上月结转,
 * 承前页 …) gives the opening balance, carried-page and total rows are skipped, 凭证号 with the
 * date is the line's id, 对方科目 / 对方单位 the counterparty. Fixtures are constructed in the
 * shape of 用友 and 金蝶 exports (test/fixtures/SOURCES.md).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { amounts, failure, read, sample } from './helpers.ts';

const ISSUE_EXAMPLE = [
  '日期,凭证号,摘要,借方,贷方,余额',
  '2026-11-01,,期初余额,,,100000.00',
  '2026-11-03,记-12,收北京甲公司货款,12500.00,,112500.00',
  '2026-11-05,记-15,付办公用品,,300.00,112200.00',
  ',,本月合计,12500.00,300.00,112200.00',
].join('\n');

describe('journal layouts (--side ledger)', () => {
  it('reads the issue example: 期初余额 is the opening, 本月合计 is skipped, 凭证号 with the date is the id', async () => {
    const [s] = await read(ISSUE_EXAMPLE, { side: 'ledger' });
    expect(amounts(s)).toEqual(['12500.00', '-300.00']);
    expect(s?.opening?.toFixed(2)).toBe('100000.00');
    expect(s?.openingDate).toBe('2026-11-01');
    expect(s?.closing?.toFixed(2)).toBe('112200.00');
    expect(s?.addsUp).toBe(true);
    expect(s?.transactions.map((t) => t.id)).toEqual(['2026-11-03/记-12', '2026-11-05/记-15']);
  });

  it('reads the UTF-8 用友-style journal: title block, 对方科目 as counterparty, 本月合计 and 本年累计 skipped', async () => {
    const [s, ...rest] = await read(sample('journal/constructed_yonyou_journal_utf8.csv'), { side: 'ledger' });
    expect(rest).toHaveLength(0);
    expect(s?.account).toBe('6222020200001234');
    expect(s?.currency).toBe('CNY');
    expect(amounts(s)).toEqual(['12500.00', '-300.00']);
    expect(s?.transactions[0]?.counterparty).toBe('应收账款-北京甲公司');
    expect(s?.transactions[0]?.description).toBe('收北京甲公司货款');
    expect(s?.transactions.map((t) => t.id)).toEqual(['2026-11-03/记-0012', '2026-11-05/记-0015']);
    expect([s?.opening?.toFixed(2), s?.closing?.toFixed(2), s?.addsUp]).toEqual(['100000.00', '112200.00', true]);
  });

  it('reads the GBK 金蝶-style journal: 上月结转, 过次页 / 承前页 mid-file skipped, a 贷 balance is an overdraft', async () => {
    const [s] = await read(sample('journal/constructed_kingdee_journal_gbk.csv'), { side: 'ledger' });
    expect(amounts(s)).toEqual(['12500.00', '-300.00', '-120000.00', '20000.00', '-15.00']);
    expect(s?.transactions[2]?.balance?.toFixed(2)).toBe('-7800.00');
    expect(s?.transactions.map((t) => t.counterparty)).toEqual(['北京甲公司', '上海乙文具店', '广州丙公司', '丁公司', '中国某某银行']);
    expect([s?.opening?.toFixed(2), s?.closing?.toFixed(2), s?.addsUp]).toEqual(['100000.00', '12185.00', true]);
  });

  it('reads the same journal in GBK and in UTF-8 identically', async () => {
    const utf8 = sample('journal/constructed_yonyou_journal_utf8.csv');
    const gbk = iconv.encode(Buffer.from(utf8).toString('utf8'), 'gbk');
    expect(JSON.stringify(await read(gbk, { side: 'ledger' }))).toBe(JSON.stringify(await read(utf8, { side: 'ledger' })));
  });

  it('a stated opening that the running balances do not start from does not add up', async () => {
    const [s] = await read(ISSUE_EXAMPLE.replace('100000.00', '90000.00'), { side: 'ledger' });
    expect(s?.opening?.toFixed(2)).toBe('90000.00');
    expect(s?.addsUp).toBe(false);
  });

  it('without a balance column the opening row still gives the opening; the closing is left to be computed', async () => {
    const text = ['日期,凭证号,摘要,借方,贷方', '2026-11-01,,承前页,100000.00,', '2026-11-03,记-12,货款,12500.00,', '2026-11-30,,本期合计,12500.00,'].join('\n');
    const [s] = await read(text, { side: 'ledger' });
    expect(amounts(s)).toEqual(['12500.00']);
    expect([s?.opening?.toFixed(2), s?.closing, s?.addsUp]).toEqual(['100000.00', null, null]);
  });

  it('a repeated voucher number on one date falls back to line ids, as any repeated id does', async () => {
    const text = ['日期,凭证号,摘要,借方,贷方', '2026-11-03,记-12,货款,12500.00,', '2026-11-03,记-12,手续费,,5.00'].join('\n');
    const [s] = await read(text, { side: 'ledger' });
    expect(s?.transactions.map((t) => t.id)).toEqual(['L2', 'L3']);
  });

  it('reads a minus behind the amount as SAP exports it (1,500.00- is an outflow of 1500.00)', async () => {
    const text = ['日期,凭证号,摘要,金额,余额', '2026-11-01,,期初余额,,100000.00', '2026-11-03,4900001,收货款,"12,500.00","112,500.00"', '2026-11-05,4900002,付办公用品,"1,500.00-","111,000.00"'].join('\n');
    const [s] = await read(text, { side: 'ledger' });
    expect(amounts(s)).toEqual(['12500.00', '-1500.00']);
    expect([s?.closing?.toFixed(2), s?.addsUp]).toEqual(['111000.00', true]);
  });

  it('an ordinary row without amounts is still refused, naming the line', async () => {
    const err = await failure(read(ISSUE_EXAMPLE.replace('2026-11-05,记-15,付办公用品,,300.00', '2026-11-05,记-15,付办公用品,,'), { side: 'ledger' }));
    expect(err.message).toContain('4');
  });
});
