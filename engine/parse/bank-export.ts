/**
 * Chinese bank exports (对账单 from the core system or online banking, personal card exports)
 * and company journals (银行存款日记账), and English bank CSVs: the header row is found by its
 * names, title lines above it are tolerated and searched for the account (账号/卡号) and
 * currency (币种).
 *
 * How the amount is laid out, in the order tried:
 * - a booked pair `记账金额(收入)` / `记账金额(支出)` (preferred over the `交易金额(…)` pair of
 *   the same file: the booked amount is what the balance moves by), then the other in/out pairs
 *   (`交易金额(收入)`, `贷方发生额(收入)` / `借方发生额(支取)`, `收入` / `支出`, `存入` / `支出`);
 * - a debit/credit pair (借方/贷方), whose meaning depends on the side: on a bank statement 借方 is
 *   money out and 贷方 money in; in the company's journal the other way round;
 * - one amount column (`记账金额`, `入账金额`, `交易金额`, `金额`, `发生额`, `Amount`), signed, or
 *   unsigned beside a direction column (借贷, 收支, 收/支, ...; see direction.ts).
 */
import type { Side } from '../model.ts';
import type { ColumnMap } from './table.ts';
import type { DateFormat } from './values.ts';
import { currencyCode } from './values.ts';
import { VOUCHER_ALIASES } from './journal.ts';

const ALIASES = {
  date: ['交易日期', '记账日期', '入账日期', '会计日期', '交易时间', '日期', '交易日', '记账日', '银行记账日', 'Date', 'Transaction date', 'Booking date'],
  valueDate: ['起息日', '起息日期', 'Value date'],
  id: ['交易流水号', '流水号', '银行流水号', '核心流水号', '账户明细编号-交易流水号', '日志号'],
  bookedIn: ['记账金额(收入)', '入账金额(收入)'],
  bookedOut: ['记账金额(支出)', '入账金额(支出)'],
  income: ['交易金额(收入)', '贷方发生额(收入)', '贷方金额(收入)', '收入', '收入金额', '存入金额', '存入', '转入金额'],
  expense: ['交易金额(支出)', '借方发生额(支取)', '借方金额(支取)', '支出', '支出金额', '取出金额', '支取', '转出金额'],
  debit: ['借方发生额', '借方金额', '借方'],
  credit: ['贷方发生额', '贷方金额', '贷方'],
  amount: ['记账金额', '入账金额', '交易金额', '金额', '发生额', '交易额', 'Amount', 'Billing amount'],
  direction: ['借贷', '借贷标志', '借贷标识', '借贷方向', '收支', '收/支', '收支方向', '收付标志', '方向', 'Debit/Credit', 'Dr/Cr'],
  balance: ['余额', '账户余额', '当前余额', '本次余额', '联机余额', '交易后余额', 'Balance'],
  counterparty: ['对方户名', '对方账户名称', '对方名称', '对方单位', '对方账户名', '对手信息', '交易对方', 'Counterparty', '往来单位', '对方科目'],
  reference: ['业务参考号', '参考号', '客户参考号', 'Reference'],
  description: ['摘要', '用途', '附言', '备注', '交易摘要', '交易名称', '交易类型', '客户摘要', '交易附言', '交易描述', '交易详情', 'Description'],
  currency: ['记账币种', '入账货币', '入账币种', '币种', '币别', '货币', '交易币种', '交易货币', 'Currency', 'Billing currency'],
} as const;

/** Column names of an English bank CSV: its dates are day first (`24/03/2025`). */
const ENGLISH_DATES = new Set(['date', 'transactiondate', 'bookingdate']);

/** Qualifiers that carry the direction of money and must stay part of the name. */
const DIRECTION_QUALIFIER = /\((收入|支出|支取|存入|取出|借|贷|借方|贷方)\)$/;
/** Unit suffixes, which say nothing about the column: `余额（元）`, `金额(人民币)`. */
const UNIT = /\((元|人民币|人民币元|RMB|CNY|万元)\)$/i;

/**
 * A header cell as compared (with another cell, an alias or a profile's column name): without
 * spaces, quotes and a unit suffix (`余额（元）` → `余额`), full-width parentheses made ASCII,
 * lower case; a qualifier in parentheses is kept (`交易金额（收入）` → `交易金额(收入)`), since it
 * carries meaning.
 */
export function headerKey(cell: string): string {
  const t = cell.replace(/[\s\u3000]/g, '').replace(/^"|"$/g, '').replace(/（/g, '(').replace(/）/g, ')');
  return t.replace(UNIT, '').toLowerCase();
}

/** The name without a qualifier that carries no direction (`摘要(用途)` → `摘要`), for a second look. */
function baseName(name: string): string {
  if (DIRECTION_QUALIFIER.test(name)) return name;
  const paren = name.indexOf('(');
  return paren > 0 ? name.slice(0, paren) : name;
}

function finder(header: readonly string[]): (aliases: readonly string[]) => number {
  const exact = header.map(headerKey);
  const base = exact.map(baseName);
  return (aliases) => {
    for (const a of aliases) {
      const i = exact.indexOf(headerKey(a));
      if (i !== -1) return i;
    }
    for (const a of aliases) {
      const i = base.indexOf(headerKey(a));
      if (i !== -1) return i;
    }
    return -1;
  };
}

/** A header's columns and the date layout its language implies. */
export interface BankExportLayout {
  readonly map: ColumnMap;
  readonly dateFormat: DateFormat;
}

/** The layout when `header` is a bank-export header row (Chinese or English), else null. */
export function bankExportLayout(header: readonly string[], side: Side): BankExportLayout | null {
  const find = finder(header);
  const date = find(ALIASES.date);
  if (date === -1) return null;
  let moneyIn = -1;
  let moneyOut = -1;
  let amount = -1;
  let direction = -1;
  const pair = (ins: readonly string[], outs: readonly string[]): boolean => {
    const i = find(ins);
    const o = find(outs);
    if (i === -1 || o === -1) return false;
    moneyIn = i;
    moneyOut = o;
    return true;
  };
  if (!pair(ALIASES.bookedIn, ALIASES.bookedOut) && !pair(ALIASES.income, ALIASES.expense)) {
    const debit = find(ALIASES.debit);
    const credit = find(ALIASES.credit);
    if (debit !== -1 && credit !== -1) {
      moneyIn = side === 'bank' ? credit : debit;
      moneyOut = side === 'bank' ? debit : credit;
    } else {
      amount = find(ALIASES.amount);
      if (amount === -1) return null;
      direction = find(ALIASES.direction);
    }
  }
  const map: ColumnMap = {
    date,
    valueDate: find(ALIASES.valueDate),
    id: find(ALIASES.id),
    reference: find(ALIASES.reference),
    counterparty: find(ALIASES.counterparty),
    description: descriptionColumns(header),
    balance: find(ALIASES.balance),
    currency: find(ALIASES.currency),
    amount,
    direction,
    moneyIn,
    moneyOut,
  };
  const english = ENGLISH_DATES.has(headerKey(header[date] ?? ''));
  return { map: side === 'ledger' ? { ...map, ...journalColumns(find, amount) } : map, dateFormat: english ? 'DD/MM/YYYY' : 'auto' };
}

/** The balance direction of a journal (金蝶's 方向 beside 余额: 借, 贷, 平). */
const BALANCE_DIRECTION = ['余额方向', '方向', '借或贷', '借/贷'] as const;

/**
 * What only a journal (银行存款日记账, `--side ledger`) has: a voucher number (凭证号), the line's
 * id with its date, and, beside an amount pair, a direction column that tells the balance's
 * side (a 贷 balance of a bank-deposit account is an overdraft: negative).
 */
function journalColumns(find: (aliases: readonly string[]) => number, amount: number): Partial<ColumnMap> {
  return { voucher: find(VOUCHER_ALIASES), balanceDirection: amount === -1 ? find(BALANCE_DIRECTION) : -1 };
}

/** Every description column present, in the file's order. */
function descriptionColumns(header: readonly string[]): number[] {
  const wanted = new Set(ALIASES.description.map(headerKey));
  const out: number[] = [];
  header.forEach((h, i) => {
    const k = headerKey(h);
    if (wanted.has(k) || wanted.has(baseName(k))) out.push(i);
  });
  return out;
}

export interface Preamble {
  account: string;
  currency: string | null;
}

const ACCOUNT = /(?:账号|账户|帐号|帐户|卡号)(?:号码)?\s*[:：]\s*([0-9A-Za-z*\- ]*[0-9A-Za-z*])/;
const CURRENCY = /(?:币种|币别|货币)[:：]\s*([A-Za-z]{3}|[\u4e00-\u9fa5]{1,5})/;

/** Account and currency from the title lines above the header (`账号：6222...，币种：人民币`, `卡号: 1234****9876`). */
export function readPreamble(lines: readonly string[]): Preamble {
  let account = '';
  let currency: string | null = null;
  for (const line of lines) {
    const a = ACCOUNT.exec(line);
    if (a?.[1] !== undefined && account === '') account = a[1].trim();
    const c = CURRENCY.exec(line);
    if (c?.[1] !== undefined && currency === null) currency = currencyCode(c[1]);
  }
  return { account, currency };
}
