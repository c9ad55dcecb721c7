/** In-memory statements and a seeded store for the store tests. */
import { Decimal } from '../../../engine/money.ts';
import type { Statement, Transaction } from '../../../engine/model.ts';
import type { Db } from '../../../engine/store/db.ts';
import { addAccount } from '../../../engine/service/accounts.ts';
import { addUser } from '../../../engine/service/users.ts';
import { importStatements } from '../../../engine/service/import.ts';

export const AT = new Date('2026-11-02T10:00:00.000Z');

export interface LineSpec {
  id?: string;
  date: string;
  amount: string;
  reference?: string;
  counterparty?: string;
  description?: string;
  currency?: string;
}

/** A statement of `lines`; ids default to positional ones (L + line number) like an id-less export. */
export function statement(account: string, lines: readonly LineSpec[], extra: Partial<Statement> = {}): Statement {
  const transactions: Transaction[] = lines.map((l, i) => ({
    id: l.id ?? `L${i + 2}`,
    date: l.date,
    valueDate: null,
    amount: new Decimal(l.amount),
    currency: l.currency ?? 'CNY',
    reference: l.reference ?? '',
    bankReference: '',
    counterparty: l.counterparty ?? '',
    description: l.description ?? '',
    balance: null,
    line: i + 2,
  }));
  const dates = lines.map((l) => l.date).sort();
  return {
    account, currency: 'CNY', opening: null, closing: null, openingDate: dates[0] ?? null, closingDate: dates.at(-1) ?? null,
    addsUp: null, transactions, file: 'test.csv', ...extra,
  };
}

/** Account 6222 (CNY, write-off limit 10.00) and four people. */
export async function seed(db: Db): Promise<void> {
  await addAccount(db, { number: '6222020200001', name: '测试公司基本户', currency: 'CNY', writeOffLimit: '10.00' }, 'admin', AT);
  await addUser(db, { channelUserId: 'u-staff', name: '张三', role: 'staff' }, 'admin', AT);
  await addUser(db, { channelUserId: 'u-staff2', name: '赵六', role: 'staff' }, 'admin', AT);
  await addUser(db, { channelUserId: 'u-appr', name: '李四', role: 'approver' }, 'admin', AT);
  await addUser(db, { channelUserId: 'u-appr2', name: '王五', role: 'approver' }, 'admin', AT);
  await addUser(db, { channelUserId: 'u-cust', name: '客户', role: 'customer' }, 'admin', AT);
}

export const ACCOUNT = '6222020200001';

const sum = (lines: readonly LineSpec[]): Decimal => lines.reduce((s, l) => s.plus(l.amount), new Decimal(0));

/**
 * October's lines of ACCOUNT, imported by u-staff: the bank states its opening (100000.00) and its
 * closing, the journal its opening only (as a general-ledger export without balances).
 */
export async function importOctober(db: Db, bankLines: readonly LineSpec[], ledgerLines: readonly LineSpec[]): Promise<void> {
  const opening = new Decimal('100000.00');
  const span = { openingDate: '2026-10-01', closingDate: '2026-10-31' };
  const bank = statement(ACCOUNT, bankLines, { opening, closing: opening.plus(sum(bankLines)), ...span });
  const ledger = statement(ACCOUNT, ledgerLines, { opening, ...span });
  await importStatements(db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: 'a'.repeat(64), statements: [bank], actor: 'u-staff', at: AT });
  await importStatements(db, { account: ACCOUNT, side: 'ledger', fileName: 'ledger.csv', sha256: 'b'.repeat(64), statements: [ledger], actor: 'u-staff', at: AT });
}
