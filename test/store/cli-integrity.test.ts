/**
 * Issue 15 through the `recon` command: a line taken by another difference is one line naming
 * it, and an exported record is safe to open in a spreadsheet.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecon } from '../support/cli.ts';
import type { Db } from '../../engine/store/db.ts';
import { openTestDb, type TestDb } from './support/db.ts';

const NOW = new Date('2026-11-26T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'recon-integrity-'));
const HYPERLINK = '=HYPERLINK("http://example.invalid/x","点我")';

function csv(name: string, rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `id,date,amount,currency,reference,counterparty,description,balance\n${rows.join('\n')}\n`);
  return file;
}

describe('issue 15 through the CLI (PGlite)', () => {
  let t: TestDb;
  let shared: Db;
  beforeAll(async () => {
    t = await openTestDb('pglite');
    shared = { ...t.db, close: async () => undefined };
    const r = (...argv: string[]) => runRecon(argv, { db: shared, now: NOW });
    await r('accounts', 'add', '--account', '6222001', '--name', '测试公司', '--currency', 'CNY', '--write-off-limit', '20');
    await r('users', 'add', '--channel-user-id', 'zhang', '--name', '张三', '--role', 'staff');
    await r('users', 'add', '--channel-user-id', 'zhao', '--name', '赵六', '--role', 'staff');
    await r('users', 'add', '--channel-user-id', 'li', '--name', '李四', '--role', 'approver');
    const quoted = `"${HYPERLINK.replace(/"/g, '""')}"`;
    await r('import', '--account', '6222001', '--side', 'bank', csv('bank.csv', [
      'B1,2026-10-08,500.00,CNY,INV-1,,货款,', 'B5,2026-10-25,-8000.00,CNY,,,支票兑付,', 'B6,2026-10-29,-8000.00,CNY,,,支票兑付,', '+B7,2026-10-30,-5.00,CNY,,,@SUM(1),']));
    await r('import', '--account', '6222001', '--side', 'ledger', csv('ledger.csv', [
      'V1,2026-10-08,500.00,CNY,INV-1,,收货款,', `${quoted},2026-10-10,-8000.00,CNY,CHK-0031,,开出支票,`]));
    expect((await r('run', '--account', '6222001', '--period', '2026-10')).code).toBe(0);
  }, 300_000);
  afterAll(async () => t.drop());

  async function recon(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const r = await runRecon(argv, { db: shared, now: NOW });
    return { code: r.code, out: r.stdout, err: r.stderr };
  }

  it('a second manual match of a claimed line is one line naming the other difference, in Chinese and English, and writes nothing', async () => {
    const diffs = JSON.parse((await recon('differences', '--account', '6222001', '--json')).out).differences as { id: string; side: string; amount: string; ids: string[] }[];
    const lineOf = async (id: string): Promise<string> => (await t.db.query<{ id: string }>('SELECT id::text AS id FROM transactions WHERE ext_id = $1', [id])).rows[0]!.id;
    const cheque = await lineOf(HYPERLINK);
    const [b5, b6] = diffs.filter((d) => d.side === 'bank' && d.amount === '-8000.00').map((d) => d.id);
    expect((await recon('resolve', '--difference', b5!, '--as', 'zhang', '--kind', 'manual_match', '--lines', cheque, '--reason', '支票')).code).toBe(0);
    const before = (await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM audit_log')).rows[0]!.n;
    const zh = await recon('resolve', '--difference', b6!, '--as', 'zhao', '--kind', 'manual_match', '--lines', cheque, '--reason', '支票');
    expect(zh).toEqual({ code: 1, out: '', err: `recon: 流水 ${cheque} 已由差异 #${b5} 核销或正在申请核销，差异 #${b6} 不能再用它；未写入任何内容。\n` });
    const en = await recon('resolve', '--difference', b6!, '--as', 'zhao', '--kind', 'manual_match', '--lines', cheque, '--reason', 'cheque', '--lang', 'en');
    expect(en.err).toBe(`recon: line ${cheque} is already settled, or proposed to be settled, by difference #${b5}; difference #${b6} cannot use it. Nothing was written.\n`);
    expect((await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM audit_log')).rows[0]!.n).toBe(before);
  });

  it('bad bytes in a statement are one line naming file and line, and nothing is imported', async () => {
    const header = Buffer.from('id,date,amount,currency,reference,counterparty,description,balance\n');
    const rows = (n: number, from: number): string => Array.from({ length: n }, (_, i) => `N${from + i},2026-10-08,1.00,CNY,,,货款,`).join('\n');
    // The NUL sits past byte 5000 (in the reader's first look at the file, which names its line
    // too); the invalid and surrogate bytes past the reader's first look (64 KiB), where the encoding is settled.
    const bad: [string, Buffer, RegExp, number][] = [
      ['nul.csv', Buffer.from([0x00]), /含有空字节（0x00）/, 180],
      ['invalid.csv', Buffer.from([0xc3, 0x28]), /含有不是 UTF-8 编码的字节/, 5000],
      ['surrogate.csv', Buffer.from([0xed, 0xa0, 0x80]), /含有不是 UTF-8 编码的字节/, 5000],
    ];
    const count = async (): Promise<string> => (await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM transactions')).rows[0]!.n;
    const stored = await count();
    for (const [name, bytes, reason, good] of bad) {
      const file = join(dir, name);
      const before = rows(good, 1);
      const body = Buffer.concat([header, Buffer.from(`${before}\nBAD,2026-10-08,1.00,CNY,,,x`), bytes, Buffer.from(`y,\n${rows(200, 90000)}\n`)]);
      expect(body.indexOf(bytes)).toBeGreaterThan(5000);
      writeFileSync(file, body);
      const r = await recon('import', '--account', '6222001', '--side', 'bank', file);
      expect(r.code).not.toBe(0);
      expect(r.out).toBe('');
      // The header is line 1; the bad line comes after the good ones.
      expect(r.err).toContain(`${file} 第 ${good + 2} 行：`);
      expect(r.err).toMatch(reason);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(await count()).toBe(stored);
    const en = await recon('import', '--account', '6222001', '--side', 'bank', join(dir, 'nul.csv'), '--lang', 'en');
    expect(en.err).toMatch(/a NUL byte \(0x00\)/);
    expect(en.err).toContain('182');
  });

  it('the CSV export neutralises formula-looking text (OWASP) and keeps amounts numbers', async () => {
    const out = join(dir, 'record.csv');
    expect((await recon('export', '--account', '6222001', '--period', '2026-10', '--format', 'csv', '--out', out)).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`"'${HYPERLINK.replace(/"/g, '""')}"`);
    expect(text).toContain(`"'+B7"`);
    expect(text).not.toMatch(/(^|,)[=+@]/m);
    // Amounts stay bare signed numbers.
    expect(text).toMatch(/,-8000\.00,/);
    expect(text).toMatch(/,-5\.00,/);
  });

  it('the XLSX export keeps formula-looking text a string cell, not a formula', async () => {
    const out = join(dir, 'record.xlsx');
    expect((await recon('export', '--account', '6222001', '--period', '2026-10', '--format', 'xlsx', '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c))));
    const link = cells.filter((c) => String(c.value).includes('HYPERLINK'));
    expect(link.length).toBeGreaterThan(0);
    for (const c of link) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });
});
