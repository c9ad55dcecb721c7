/**
 * The bot tests' fixture: three people (staff, approver, admin), three accounts, last month's
 * bank statement and book journal for two of them reconciled (the classic outstanding items, a
 * fee, a keying error), and a daily account that is due and not run. Small and hand-checked, so
 * the tests can assert exact figures; everything goes through the store's services.
 */
import { createHash } from 'node:crypto';
import { Decimal } from '../../../engine/money.ts';
import type { Statement, Transaction } from '../../../engine/model.ts';
import type { Db } from '../../../engine/store/db.ts';
import { addAccount, listAccounts } from '../../../engine/service/accounts.ts';
import { importStatements } from '../../../engine/service/import.ts';
import { duePeriod } from '../../../engine/service/period.ts';
import { runReconciliation } from '../../../engine/service/run.ts';
import { addUser } from '../../../engine/service/users.ts';

type Line = [id: string, day: number, amount: string, reference: string, counterparty: string, description: string];

function statement(account: string, file: string, monthFrom: string, lines: readonly Line[]): Statement {
  const [y, m] = monthFrom.split('-');
  const date = (day: number): string => `${y}-${m}-${String(day).padStart(2, '0')}`;
  const transactions: Transaction[] = lines.map(([id, day, amount, reference, counterparty, description], i) => ({
    id, date: date(day), valueDate: null, amount: new Decimal(amount), currency: 'CNY', reference, bankReference: '',
    counterparty, description, balance: null, line: i + 2,
  }));
  const dates = transactions.map((t) => t.date).sort();
  return { account, currency: 'CNY', opening: null, closing: null, openingDate: dates[0] ?? null, closingDate: dates.at(-1) ?? null, addsUp: null, transactions, file };
}

const BANK_1: Line[] = [
  ['B001', 3, '120000.00', 'INV-2301', '苏州恒远科技', '货款'],
  ['B002', 5, '-35000.00', 'PAY-1001', '上海申达物流', '运费'],
  ['B003', 9, '-1005.00', 'PAY-1002', '杭州文具批发', '办公用品'],
  ['B004', 15, '-25.00', '', '', '跨行汇款手续费'],
  ['B005', 21, '12.34', '', '', '结息'],
  ['B006', 25, '56000.00', 'INV-2302', '无锡东方机电', '货款'],
];
const LEDGER_1: Line[] = [
  ['J001', 3, '120000.00', 'INV-2301', '苏州恒远科技', '收货款'],
  ['J002', 5, '-35000.00', 'PAY-1001', '上海申达物流', '付运费'],
  ['J003', 9, '-1000.00', 'PAY-1002', '杭州文具批发', '付办公用品'],
  ['J004', 25, '56000.00', 'INV-2302', '无锡东方机电', '收货款'],
  ['J005', 28, '-8000.00', 'CHK-0457', '南京建安装饰', '开出支票'],
];
const BANK_2: Line[] = [
  ['B101', 2, '88000.00', 'SO-778', '常州新材料', '货款'],
  ['B102', 12, '-15000.00', 'PAY-2201', '宁波港务', '港杂费'],
];
const LEDGER_2: Line[] = [
  ['J101', 2, '88000.00', 'SO-778', '常州新材料', '收货款'],
  ['J102', 12, '-15000.00', 'PAY-2201', '宁波港务', '付港杂费'],
  ['J103', 12, '-15000.00', 'PAY-2201', '宁波港务', '付港杂费（重复录入）'],
];

/** Seeds the fixture when the store has no account; returns the staff user id. */
export async function seedDemoIfEmpty(db: Db, now: () => Date): Promise<{ staffUserId: string } | null> {
  if ((await listAccounts(db)).length > 0) return null;
  const at = now();
  const today = at.toISOString().slice(0, 10);
  const month = duePeriod('monthly', today);
  await addUser(db, { channelUserId: 'demo-staff', name: '张敏', role: 'staff' }, 'system', at);
  await addUser(db, { channelUserId: 'demo-approver', name: '李强', role: 'approver' }, 'system', at);
  await addUser(db, { channelUserId: 'demo-admin', name: '王芳', role: 'admin' }, 'system', at);
  const accounts = [
    { number: '6222020200011234', name: '华东贸易有限公司 基本户', bank: BANK_1, ledger: LEDGER_1 },
    { number: '6222020200025678', name: '江南制造股份公司 一般户', bank: BANK_2, ledger: LEDGER_2 },
  ];
  for (const a of accounts) {
    await addAccount(db, { number: a.number, name: a.name, currency: 'CNY', cycle: 'monthly', staff: 'demo-staff' }, 'system', at, 'keep');
    for (const [side, lines] of [['bank', a.bank], ['ledger', a.ledger]] as const) {
      const fileName = `demo-${a.number.slice(-4)}-${side}-${month.label}.csv`;
      await importStatements(db, {
        account: a.number, side, fileName, sha256: createHash('sha256').update(fileName).digest('hex'),
        statements: [statement(a.number, fileName, month.from, lines)], actor: 'system', at,
      });
    }
    await runReconciliation(db, { account: a.number, period: month.label, actor: 'system', at });
  }
  await addAccount(db, { number: '6222020200039012', name: '城西商贸有限公司 结算户', currency: 'CNY', cycle: 'daily', staff: 'demo-staff' }, 'system', at, 'keep');
  return { staffUserId: 'demo-staff' };
}
