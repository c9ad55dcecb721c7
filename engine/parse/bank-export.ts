/**
 * Chinese bank exports (对账单 from the core system or online banking) and company journals
 * (银行存款日记账): the header row is found by its names, title lines above it are tolerated
 * and searched for the account (账号) and currency (币种). What 借方/贷方 mean depends on the
 * side: on a bank statement 借方 is money out and 贷方 money in; in the company's journal it is
 * the other way round. 收入/支出 mean the same on both sides.
 */
import type { Side } from '../model.ts';
import type { ColumnMap } from './table.ts';
import { currencyCode } from './values.ts';

const ALIASES = {
  date: ['交易日期', '记账日期', '入账日期', '会计日期', '交易时间', '日期'],
  valueDate: ['起息日', '起息日期'],
  id: ['交易流水号', '流水号', '银行流水号', '核心流水号'],
  debit: ['借方发生额', '借方金额', '借方'],
  credit: ['贷方发生额', '贷方金额', '贷方'],
  income: ['收入', '收入金额', '存入金额'],
  expense: ['支出', '支出金额', '取出金额'],
  balance: ['余额', '账户余额', '当前余额'],
  counterparty: ['对方户名', '对方账户名称', '对方名称', '对方单位'],
  reference: ['业务参考号', '参考号', '客户参考号'],
  description: ['摘要', '用途', '附言', '备注'],
  currency: ['币种', '币别', '货币'],
} as const;

/** A header cell without spaces and without a unit suffix: `借方发生额（元）` → `借方发生额`. */
export function bareHeaderName(cell: string): string {
  const t = cell.replace(/[\s\u3000]/g, '').replace(/^"|"$/g, '');
  const paren = t.search(/[(（]/);
  return paren > 0 ? t.slice(0, paren) : t;
}

function find(names: readonly string[], aliases: readonly string[]): number {
  for (const a of aliases) {
    const i = names.indexOf(a);
    if (i !== -1) return i;
  }
  return -1;
}

/** The column map when `header` is a Chinese bank-export header row, else null. */
export function bankExportColumns(header: readonly string[], side: Side): ColumnMap | null {
  const names = header.map(bareHeaderName);
  const date = find(names, ALIASES.date);
  const debit = find(names, ALIASES.debit);
  const credit = find(names, ALIASES.credit);
  const income = find(names, ALIASES.income);
  const expense = find(names, ALIASES.expense);
  let moneyIn = -1;
  let moneyOut = -1;
  if (income !== -1 && expense !== -1) {
    moneyIn = income;
    moneyOut = expense;
  } else if (debit !== -1 && credit !== -1) {
    moneyIn = side === 'bank' ? credit : debit;
    moneyOut = side === 'bank' ? debit : credit;
  }
  if (date === -1 || moneyIn === -1) return null;
  return {
    date,
    valueDate: find(names, ALIASES.valueDate),
    id: find(names, ALIASES.id),
    reference: find(names, ALIASES.reference),
    counterparty: find(names, ALIASES.counterparty),
    description: ALIASES.description.map((a) => names.indexOf(a)).filter((i) => i !== -1),
    balance: find(names, ALIASES.balance),
    currency: find(names, ALIASES.currency),
    amount: -1,
    moneyIn,
    moneyOut,
  };
}

export interface Preamble {
  account: string;
  currency: string | null;
}

const ACCOUNT = /(?:账号|账户|帐号|帐户)(?:号码)?[:：]\s*([0-9A-Za-z*\- ]*[0-9A-Za-z*])/;
const CURRENCY = /(?:币种|币别|货币)[:：]\s*([A-Za-z]{3}|[\u4e00-\u9fa5]{1,5})/;

/** Account and currency from the title lines above the header (`账号：6222...，币种：人民币`). */
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
