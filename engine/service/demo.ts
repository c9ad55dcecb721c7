/**
 * Demo data, so a newcomer sees a real picture: three accounts of Chinese companies, a month of
 * bank statements and bank-deposit journals (fees, interest, a cheque not yet presented, a late
 * deposit, batch payroll, a supplier payment booked twice, an amount keyed wrongly), people with
 * their roles, the month reconciled and one write-off waiting for approval. Idempotent: a second
 * call adds nothing (accounts and people are kept, imports are idempotent, a run is made only
 * when the month has none).
 */
import { createHash } from 'node:crypto';
import { Decimal } from '../money.ts';
import type { Side, Statement, Transaction } from '../model.ts';
import type { Db } from '../store/db.ts';
import { periodWasRun } from '../store/runRows.ts';
import { addAccount, type AccountInput } from './accounts.ts';
import { importStatements } from './import.ts';
import { listDifferences } from './differences.ts';
import { parsePeriod } from './period.ts';
import { propose } from './resolve.ts';
import { runReconciliation } from './run.ts';
import { addUser, type UserInput } from './users.ts';

export interface DemoResult {
  readonly accounts: number;
  readonly users: number;
  readonly lines: number;
  readonly runs: number;
  /** The month the demo statements cover, YYYY-MM. */
  readonly period: string;
}

export const DEMO_USERS: readonly UserInput[] = [
  { channelUserId: 'demo-admin', name: '系统管理员', role: 'admin' },
  { channelUserId: 'demo-staff-1', name: '张敏', role: 'staff' },
  { channelUserId: 'demo-staff-2', name: '刘洋', role: 'staff' },
  { channelUserId: 'demo-approver-1', name: '陈静', role: 'approver' },
  { channelUserId: 'demo-approver-2', name: '王磊', role: 'approver' },
  { channelUserId: 'demo-customer', name: '华东贸易财务部', role: 'customer' },
];

export const DEMO_ACCOUNTS: readonly AccountInput[] = [
  { number: '31001234567890001', name: '上海华东贸易有限公司 基本存款账户', currency: 'CNY', branch: '上海浦东支行', customer: '上海华东贸易有限公司', cycle: 'monthly', staff: '张敏', writeOffLimit: '50.00' },
  { number: '31001234567890002', name: '苏州精工机械有限公司 一般存款账户', currency: 'CNY', branch: '上海浦东支行', customer: '苏州精工机械有限公司', cycle: 'monthly', staff: '刘洋', writeOffLimit: '20.00' },
  { number: '31001234567890003', name: '宁波港航物流有限公司 保证金账户', currency: 'CNY', branch: '上海浦东支行', customer: '宁波港航物流有限公司', cycle: 'quarterly', exemptReason: '保证金', staff: '刘洋' },
];

/** [day, amount, reference, counterparty, description] on one side. */
type Row = [number, string, string, string, string];

interface Book {
  readonly account: string;
  readonly opening: string;
  readonly bank: Row[];
  readonly ledger: Row[];
}

function books(): Book[] {
  return [
    {
      account: DEMO_ACCOUNTS[0]!.number, opening: '1250000.00',
      bank: [
        [3, '186000.00', 'INV-2026-0311', '杭州明远电子有限公司', '货款'],
        [5, '-15.00', '', '', '跨行汇款手续费'],
        [8, '-12850.00', 'PO-7781', '昆山佳和包装材料厂', '采购包装材料'],
        [10, '-186450.00', 'PAYROLL-M', '', '批量代发工资'],
        [12, '96500.00', 'INV-2026-0318', '南京瑞丰商贸有限公司', '货款'],
        [15, '-45200.00', 'PO-7790', '无锡永兴钢材有限公司', '货款'],
        [18, '-15.00', '', '', '跨行汇款手续费'],
        [21, '312.58', '', '', '结息'],
        [24, '-8800.00', 'TAX-VAT', '国家金库上海市分库', '增值税'],
        [26, '52000.00', 'INV-2026-0325', '宁波恒通进出口有限公司', '货款'],
      ],
      ledger: [
        [3, '186000.00', 'INV-2026-0311', '杭州明远电子有限公司', '收到货款'],
        [8, '-12580.00', 'PO-7781', '昆山佳和包装材料厂', '付包装材料款'],
        [10, '-98000.00', 'PAYROLL-M', '', '发放工资-生产部'],
        [10, '-61250.00', 'PAYROLL-M', '', '发放工资-销售部'],
        [10, '-27200.00', 'PAYROLL-M', '', '发放工资-管理部'],
        [12, '96500.00', 'INV-2026-0318', '南京瑞丰商贸有限公司', '收到货款'],
        [15, '-45200.00', 'PO-7790', '无锡永兴钢材有限公司', '付钢材款'],
        [15, '-45200.00', 'PO-7790', '无锡永兴钢材有限公司', '付钢材款'],
        [24, '-8800.00', 'TAX-VAT', '国家金库上海市分库', '缴纳增值税'],
        [26, '52000.00', 'INV-2026-0325', '宁波恒通进出口有限公司', '收到货款'],
        [28, '-38600.00', 'CHK-0031', '上海申达设备租赁有限公司', '开出转账支票 支付租金'],
        [31, '25000.00', 'DEP-0131', '', '存入银行汇票 (次日到账)'],
      ],
    },
    {
      account: DEMO_ACCOUNTS[1]!.number, opening: '380000.00',
      bank: [
        [2, '64000.00', 'SO-5521', '常州华力机电有限公司', '货款'],
        [9, '-72300.00', 'PAYROLL-M', '', '批量代发工资'],
        [9, '-10.00', '', '', '代发手续费'],
        [16, '-23400.00', 'PO-3310', '苏州金田铸造厂', '货款'],
        [23, '41000.00', 'SO-5530', '上海联合重工有限公司', '货款'],
      ],
      ledger: [
        [2, '64000.00', 'SO-5521', '常州华力机电有限公司', '收到货款'],
        [9, '-40300.00', 'PAYROLL-M', '', '发放工资-车间'],
        [9, '-32000.00', 'PAYROLL-M', '', '发放工资-科室'],
        [16, '-23400.00', 'PO-3310', '苏州金田铸造厂', '付铸件款'],
        [27, '-15600.00', 'PO-3318', '昆山精密刀具有限公司', '开出支票 支付刀具款'],
      ],
    },
    {
      account: DEMO_ACCOUNTS[2]!.number, opening: '2000000.00',
      bank: [[20, '500000.00', 'MARGIN-Q', '宁波港航物流有限公司', '存入保证金']],
      ledger: [[20, '500000.00', 'MARGIN-Q', '宁波港航物流有限公司', '存入保证金']],
    },
  ];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function statementOf(book: Book, side: Side, month: string): Statement {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const rows = side === 'bank' ? book.bank : book.ledger;
  let balance = new Decimal(book.opening);
  const transactions: Transaction[] = rows.map(([day, amount, reference, counterparty, description], i) => {
    const d = Math.min(day, lastDay);
    const date = `${month}-${pad(d)}`;
    balance = balance.plus(amount);
    const ref = reference.endsWith('-M') ? `${reference.slice(0, -2)}-${y}${pad(m)}` : reference;
    return {
      id: side === 'bank' ? `${y}${pad(m)}${pad(d)}${book.account.slice(-3)}${String(i + 1).padStart(4, '0')}` : `记-${pad(m)}${String(i + 1).padStart(3, '0')}`,
      date, valueDate: null, amount: new Decimal(amount), currency: 'CNY', reference: ref, bankReference: '', counterparty, description,
      balance, line: i + 2,
    };
  });
  return {
    account: book.account, currency: 'CNY', opening: new Decimal(book.opening), closing: balance,
    openingDate: `${month}-01`, closingDate: `${month}-${pad(lastDay)}`, addsUp: true, transactions, file: `demo-${side}-${month}.csv`,
  };
}

/** Seeds the demo data for the month before `at`. */
export async function seedDemo(db: Db, at: Date): Promise<DemoResult> {
  const first = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1));
  const month = `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}`;
  let accounts = 0;
  let users = 0;
  let lines = 0;
  let runs = 0;
  for (const u of DEMO_USERS) if (await addUser(db, u, 'demo', at)) users++;
  for (const a of DEMO_ACCOUNTS) if (await addAccount(db, a, 'demo-admin', at, 'keep')) accounts++;
  for (const book of books()) {
    for (const side of ['bank', 'ledger'] as const) {
      const st = statementOf(book, side, month);
      const sha256 = createHash('sha256').update(`recon-demo/1 ${book.account} ${side} ${month}`).digest('hex');
      const r = await importStatements(db, { account: book.account, side, fileName: st.file, sha256, statements: [st], actor: 'demo-staff-1', postedBy: 'demo-staff-2', at });
      lines += r.inserted;
    }
  }
  const period = parsePeriod(month);
  for (const a of DEMO_ACCOUNTS) {
    if (a.exemptReason) continue;
    if (await periodWasRun(db, a.number, period.label)) continue;
    await runReconciliation(db, { account: a.number, period: period.label, actor: 'demo-staff-1', at });
    runs++;
    // One small fee proposed for write-off, waiting for a second person's approval.
    const fee = (await listDifferences(db, { account: a.number, state: 'open' })).find((d) => d.kind === 'bank_only_debit' && d.amount.abs().lessThanOrEqualTo(a.writeOffLimit ?? '0'));
    if (fee) await propose(db, { differenceId: fee.id, actor: 'demo-staff-1', at, resolution: { kind: 'write_off', reason: '银行手续费，金额在核销限额内' } });
  }
  return { accounts, users, lines, runs, period: month };
}
