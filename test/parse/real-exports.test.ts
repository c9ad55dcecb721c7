/**
 * Real bank exports published by other projects (test/fixtures/SOURCES.md), read with no
 * profile unless the test says so. For each: the line count, the sum of the amounts, opening
 * and closing, and three lines compared field by field with the raw file (the expected values
 * are copied from the file by hand, not from the reader).
 */
import { describe, expect, it } from 'vitest';
import type { Statement, Transaction } from '../../engine/model.ts';
import { CsvProfileSchema } from '../../engine/parse/profile.ts';
import { failure, read, sample } from './helpers.ts';

const csv = (name: string, o: Parameters<typeof read>[1] = {}) => read(sample(`bank-csv/${name}`), { fileName: name, ...o });

function sum(s: Statement | undefined): string {
  return (s?.transactions ?? []).reduce((a, t) => a.plus(t.amount), s?.transactions[0]?.amount.minus(s.transactions[0].amount) ?? undefined!).toFixed(2);
}

/** The fields a person compares with the raw file's row. */
function fields(t: Transaction | undefined) {
  return t && { line: t.line, date: t.date, amount: t.amount.toFixed(2), counterparty: t.counterparty, description: t.description, balance: t.balance?.toFixed(2) ?? null };
}

describe('Chinese bank exports, no profile', () => {
  it('ICBC debit: title block, booked 记账金额 pair over the 交易金额 pair, padded cells, masked balances, 人民币合计 trailer', async () => {
    const [s, ...rest] = await csv('dbe_icbc_debit.csv');
    expect(rest).toHaveLength(0);
    expect(s?.account).toBe('1234****9876'); // 卡号: in the title block
    expect(s?.currency).toBe('CNY');
    expect(s?.transactions).toHaveLength(11); // the 人民币合计 row is not a line
    expect(sum(s)).toBe('-1399.34'); // in 2841.74, out 4241.08
    // Balances are masked (xx,yyyy.zz): not stated, so no opening or closing.
    expect([s?.opening, s?.closing, s?.addsUp]).toEqual([null, null, null]);
    const t = s?.transactions ?? [];
    expect(fields(t[0])).toEqual({ line: 8, date: '2023-05-02', amount: '-13.40', counterparty: '深圳市财付通支付科技有限公司', description: '消费', balance: null });
    expect(fields(t[2])).toEqual({ line: 10, date: '2023-04-22', amount: '1234.56', counterparty: '李四', description: '他行汇入', balance: null });
    expect(fields(t[6])).toEqual({ line: 14, date: '2023-02-28', amount: '341.58', counterparty: '支付宝（中国）网络技术有限公司', description: '蚂蚁基金赎回到银行', balance: null });
  });

  it('ICBC credit card: negative running balances, 合计金额 trailer; the file is not in date order and does not chain', async () => {
    const [s] = await csv('dbe_icbc_credit.csv');
    expect(s?.account).toBe('1234****5678');
    expect(s?.transactions).toHaveLength(9);
    expect(sum(s)).toBe('4257.88'); // in 4621.01, out 363.13
    expect(s?.addsUp).toBe(false);
    const t = s?.transactions ?? [];
    expect(fields(t[0])).toEqual({ line: 8, date: '2023-04-22', amount: '-0.01', counterparty: '', description: '银联在线支付', balance: '-6086.11' });
    expect(fields(t[5])).toEqual({ line: 13, date: '2023-04-25', amount: '4621.01', counterparty: '', description: '人民币自动转帐还款', balance: '-1971.63' });
    expect(fields(t[8])).toEqual({ line: 16, date: '2023-03-20', amount: '-29.45', counterparty: '', description: '********************', balance: '-16042.73' });
  });

  it('CMB debit: 记账日期, 货币 CNY, one signed 交易金额 ("-1,000.00"), 联机余额', async () => {
    const [s] = await csv('dbe_cmb_debit.csv');
    expect(s?.currency).toBe('CNY');
    expect(s?.transactions).toHaveLength(5);
    expect(sum(s)).toBe('-779.14');
    // The published sample's balances do not chain (1271.66 - 1000 = 271.66, then 81.22 after -3.00): reported, not fixed.
    expect(s?.addsUp).toBe(false);
    expect(s?.opening?.toFixed(2)).toBe('37.66'); // 1271.66 - 1234.00
    const t = s?.transactions ?? [];
    expect(fields(t[0])).toEqual({ line: 2, date: '2024-01-01', amount: '1234.00', counterparty: '北京住房公积金管理中心1111111111', description: '代发住房公积金 01月01日约定提取', balance: '1271.66' });
    expect(fields(t[1])).toEqual({ line: 3, date: '2024-01-01', amount: '-1000.00', counterparty: '张三 66666666666666', description: '转账汇款 转账', balance: '271.66' });
    expect(fields(t[3])).toEqual({ line: 5, date: '2024-01-20', amount: '-1000.00', counterparty: '', description: '银联ATM取款 银联 ATM 取款，中国银行', balance: '123.45' });
  });

  it('BOC debit: 币别 人民币, signed 金额 ("-2,600.00"), 余额 newest first, dashes meaning empty; adds up', async () => {
    const [s] = await csv('dbe_boc_debit.csv');
    expect(s?.currency).toBe('CNY');
    expect(s?.transactions).toHaveLength(17);
    expect(sum(s)).toBe('426.70');
    expect(s?.opening?.toFixed(2)).toBe('2813.58'); // 3813.58 after the oldest line's +1000.00
    expect(s?.closing?.toFixed(2)).toBe('3240.28');
    expect(s?.addsUp).toBe(true);
    const t = s?.transactions ?? [];
    expect(fields(t[0])).toEqual({ line: 3, date: '2025-08-22', amount: '-71.89', counterparty: '张三', description: '无卡支付', balance: '3240.28' });
    // 网点名称 holds a comma in this row, which shifts the columns after 余额; amount and balance come before it.
    expect(fields(t[7])).toMatchObject({ line: 10, date: '2025-08-12', amount: '-2600.00', balance: '3973.11' });
    expect(fields(t[11])).toEqual({ line: 14, date: '2025-08-05', amount: '5771.00', counterparty: '美金数据有限公司', description: '工资', balance: '6618.09' });
  });

  it('ABC debit: YYYYMMDD, +10000.00, 本次余额, "--" empty, short rows, 日志号 ids', async () => {
    const [s] = await csv('dbe_abc_debit.csv');
    expect(s?.transactions).toHaveLength(5);
    expect(sum(s)).toBe('-2355.88');
    expect(s?.opening?.toFixed(2)).toBe('1000.00');
    expect(s?.closing?.toFixed(2)).toBe('123.35');
    expect(s?.addsUp).toBe(false); // 11000.00 then -10.00 and 11000.00 again: the sample's balances do not chain
    const t = s?.transactions ?? [];
    expect(fields(t[0])).toEqual({ line: 2, date: '2024-01-01', amount: '10000.00', counterparty: '哈哈', description: '转存 转账', balance: '11000.00' });
    expect(t[0]?.id).toBe('369396693');
    expect(fields(t[2])).toEqual({ line: 4, date: '2024-01-03', amount: '-12345.89', counterparty: '12341234123412341', description: '正常还款', balance: '1943.12' });
    expect(fields(t[3])).toEqual({ line: 5, date: '2024-01-04', amount: '0.01', counterparty: '', description: '结息 个人活期结息', balance: '123.35' });
    expect(t.slice(3).map((x) => x.id)).toEqual(['L5', 'L6']); // 日志号 0000000000 twice: line ids
  });

  it('BOCOM debit: unsigned 交易金额 with 借贷 "借 Dr" / "贷 Cr" (bank side: 借 out, 贷 in)', async () => {
    const [s] = await csv('dbe_bocom_debit.csv');
    expect(s?.transactions).toHaveLength(6);
    expect(sum(s)).toBe('-102.75');
    expect(s?.addsUp).toBe(false); // rows a year apart with unrelated balances
    const t = s?.transactions ?? [];
    expect(fields(t[0])).toEqual({ line: 2, date: '2025-01-01', amount: '1.23', counterparty: '应付个人活期储蓄存款利息', description: '存款利息', balance: '1334.63' });
    expect(fields(t[1])).toEqual({ line: 3, date: '2024-02-02', amount: '-3.21', counterparty: '哈哈', description: '信用卡转账还款', balance: '2334.62' });
    expect(fields(t[3])).toEqual({ line: 5, date: '2024-04-04', amount: '10.00', counterparty: '哈哈', description: '其他交易 银联入账(哈哈/其它)转账', balance: '184.69' });
  });

  it('BOCOM debit read as the company journal (--side ledger): 借 in, 贷 out', async () => {
    const [s] = await csv('dbe_bocom_debit.csv', { side: 'ledger' });
    expect(s?.transactions.map((t) => t.amount.toFixed(2))).toEqual(['-1.23', '3.21', '-0.02', '-10.00', '10.00', '100.79']);
  });

  it('CGB credit card: the booked 入账金额 and 入账货币 are read; its signs are the card issuer\'s (spending positive)', async () => {
    const [s] = await csv('dbe_cgb_credit.csv');
    expect(s?.transactions).toHaveLength(4);
    expect(sum(s)).toBe('-824.56');
    expect(s?.transactions.map((t) => t.amount.toFixed(2))).toEqual(['15.90', '-97.20', '387.42', '-1130.68']);
  });

  it('BOC credit card: 存入/支出 pair; one USD line among CNY lines is refused, naming both currencies', async () => {
    const err = await failure(csv('dbe_boc_credit.csv'));
    expect(err.reasonKey).toBe('MIXED_CURRENCY');
    expect(err.location).toEqual({ file: 'dbe_boc_credit.csv', line: 16 });
    expect(err.params).toEqual({ found: 'USD', expected: 'CNY' });
  });

  it('CMB credit card: dates without a year need a profile (the year from the title 2024年01月); spending positive', async () => {
    const err = await failure(csv('dbe_cmb_credit.csv'));
    expect(err.reasonKey).toBe('NO_HEADER');
    const profile = CsvProfileSchema.parse({
      skipRows: 1,
      columns: { date: '记账日', amount: '人民币金额', description: '交易摘要' },
      dateFormat: 'MM/DD',
      flipSign: true,
      currency: 'CNY',
    });
    const [s] = await csv('dbe_cmb_credit.csv', { profile });
    expect(s?.transactions).toHaveLength(6);
    expect(sum(s)).toBe('-7675.98'); // repayments in (+376.90), spending out (-8052.88)
    const t = s?.transactions ?? [];
    expect(fields(t[0])).toEqual({ line: 3, date: '2023-12-29', amount: '1.23', counterparty: '', description: '掌上生活还款', balance: null });
    expect(fields(t[2])).toEqual({ line: 5, date: '2024-01-01', amount: '30.00', counterparty: '', description: '银联转账还款', balance: null });
    expect(fields(t[5])).toEqual({ line: 8, date: '2024-01-07', amount: '-8000.00', counterparty: '', description: '中国移动', balance: null });
  });

  it('CGB credit card with a profile that turns the signs: spending out, refunds and repayments in', async () => {
    const profile = CsvProfileSchema.parse({ columns: { date: '入账日期', amount: '入账金额', currency: '入账货币', description: '交易摘要' }, flipSign: true });
    const [s] = await csv('dbe_cgb_credit.csv', { profile });
    expect(sum(s)).toBe('824.56');
    expect(fields(s?.transactions[0])).toEqual({ line: 2, date: '2025-01-06', amount: '-15.90', counterparty: '', description: '（消费）示例商户A', balance: null });
  });
});

describe('English bank CSV, no profile', () => {
  it('HSBC HK: Date/Description/Billing amount/Billing currency/Balance, DD/MM/YYYY; a CNY line among HKD is refused by name', async () => {
    const err = await failure(csv('dbe_hsbchk_debit.csv'));
    expect(err.reasonKey).toBe('MIXED_CURRENCY');
    expect(err.location).toEqual({ file: 'dbe_hsbchk_debit.csv', line: 8 });
    expect(err.message).toBe('dbe_hsbchk_debit.csv:8: currency CNY differs from the statement currency HKD (one statement, one currency)');
  });

  it('the same layout in one currency reads: day-first dates, quoted amounts followed by a tab', async () => {
    const raw = new TextDecoder().decode(sample('bank-csv/dbe_hsbchk_debit.csv'));
    const hkd = raw.split('\n').filter((l) => !l.includes(',CNY')).join('\n');
    const [s] = await read(hkd, { fileName: 'hsbc.csv' });
    expect(s?.currency).toBe('HKD');
    expect(s?.transactions).toHaveLength(9);
    expect(sum(s)).toBe('9478.95');
    expect(fields(s?.transactions[2])).toEqual({ line: 4, date: '2025-03-20', amount: '500.00', counterparty: '', description: 'FUND TRANSFER FROM       12-345678-9 JOHN SMITH', balance: '3713.17' });
  });
});

describe('reconstructions (no public file found; see SOURCES.md)', () => {
  it('CCB corporate: 借方发生额（支取） / 贷方发生额（收入） keep their meaning on both sides; 收入合计, 支出合计, 合计笔数 are skipped', async () => {
    for (const side of ['bank', 'ledger'] as const) {
      const [s] = await csv('reconstructed_ccb_corporate.csv', { side });
      expect(s?.account).toBe('53001905038050548106');
      expect(s?.currency).toBe('CNY');
      expect(s?.transactions).toHaveLength(3);
      expect(sum(s)).toBe('-29987.83');
      expect(s?.opening?.toFixed(2)).toBe('448549.42');
      expect(s?.closing?.toFixed(2)).toBe('418561.59');
      expect(s?.addsUp).toBe(true);
      const t = s?.transactions ?? [];
      expect(fields(t[0])).toEqual({ line: 4, date: '2026-04-10', amount: '-40737.33', counterparty: '供应商B', description: '电子转账 工资', balance: '407812.09' });
      expect(t.map((x) => x.id)).toEqual(['13523', '13524', '13525']);
      expect(fields(t[1])).toEqual({ line: 5, date: '2026-04-10', amount: '12000.00', counterparty: '客户C', description: '转账存入 货款', balance: '419812.09' });
      expect(fields(t[2])).toEqual({ line: 6, date: '2026-04-11', amount: '-1250.50', counterparty: '中国电信昆明分公司', description: '代扣 电话费', balance: '418561.59' });
    }
  });
});
