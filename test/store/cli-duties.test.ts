/**
 * Issue 15, part 3 through the `recon` command: segregation of duties holds by default. An import
 * records who posted its lines (--posted-by, else the OS user running it); an OS login linked to a
 * person makes that person the poster; a command acting as somebody (--as) needs a registered
 * person with the role, or it is one line and nothing written; every audit row names the OS user.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecon } from '../support/cli.ts';
import type { Db } from '../../engine/store/db.ts';
import { openTestDb, type TestDb } from './support/db.ts';

const NOW = new Date('2026-11-26T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'recon-duties-'));

function csv(name: string, rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `id,date,amount,currency,reference,counterparty,description\n${rows.join('\n')}\n`);
  return file;
}

describe('segregation of duties by default, through the CLI (PGlite)', () => {
  let t: TestDb;
  let shared: Db;
  const recon = async (osUser: string | null, ...argv: string[]) => {
    const r = await runRecon(argv, { db: shared, now: NOW, osUser });
    return { code: r.code, out: r.stdout, err: r.stderr };
  };
  const count = async (table: string): Promise<number> => Number((await t.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]!.n);
  const postedBy = async (extId: string): Promise<string | null> =>
    (await t.db.query<{ p: string | null }>('SELECT posted_by AS p FROM transactions WHERE ext_id = $1', [extId])).rows[0]!.p;

  beforeAll(async () => {
    t = await openTestDb('pglite');
    shared = { ...t.db, close: async () => undefined };
    await recon('root', 'accounts', 'add', '--account', '6222001', '--name', '测试公司', '--currency', 'CNY');
    await recon('root', 'users', 'add', '--channel-user-id', 'admin-1', '--name', '管理员', '--role', 'admin');
    await recon('root', 'users', 'add', '--channel-user-id', 'zhang', '--name', '张三', '--role', 'staff', '--as', 'admin-1');
    await recon('root', 'users', 'add', '--channel-user-id', 'li', '--name', '李四', '--role', 'approver', '--as', 'admin-1');
    // 李四 also logs in to the server as `lisi`: lines that login imports are posted by 李四.
    expect((await recon('root', 'users', 'link', '--to', 'li', '--kind', 'os', '--id', 'lisi', '--as', 'admin-1')).code).toBe(0);
  }, 300_000);
  afterAll(async () => t.drop());

  it('an import records the OS user as poster, or --posted-by; with neither known it is refused', async () => {
    expect((await recon('lisi', 'import', '--account', '6222001', '--side', 'bank', csv('b1.csv', ['B1,2026-10-08,-25.00,CNY,,,手续费']))).code).toBe(0);
    expect(await postedBy('B1')).toBe('lisi');
    expect((await recon('lisi', 'import', '--account', '6222001', '--side', 'ledger', '--posted-by', 'zhang', csv('l1.csv', ['V1,2026-10-09,300.00,CNY,,,收款']))).code).toBe(0);
    expect(await postedBy('V1')).toBe('zhang');
    const before = await count('transactions');
    const r = await recon(null, 'import', '--account', '6222001', '--side', 'bank', csv('b2.csv', ['B2,2026-10-10,-5.00,CNY,,,费']));
    expect(r).toEqual({ code: 2, out: '', err: 'recon: 无法得知操作系统用户名：请用 --posted-by 指明记账人。\n' });
    expect(await count('transactions')).toBe(before);
  });

  it('the person behind the OS login that imported the lines cannot approve their resolution', async () => {
    expect((await recon('zhangsan', 'run', '--account', '6222001', '--period', '2026-10', '--as', 'zhang')).code).toBe(0);
    const diffs = JSON.parse((await recon('zhangsan', 'differences', '--account', '6222001', '--json')).out).differences as { id: string; lines: { extId: string }[] }[];
    const fee = diffs.find((d) => d.lines.some((l) => l.extId === 'B1'))!;
    expect((await recon('zhangsan', 'resolve', '--difference', fee.id, '--as', 'zhang', '--kind', 'bank_error', '--reason', '银行多扣')).code).toBe(0);
    const r = await recon('lisi', 'approve', '--difference', fee.id, '--as', 'li');
    expect(r).toEqual({ code: 1, out: '', err: `recon: 李四 记过差异 #${fee.id} 涉及的账，不能审批其处理方案（对账人员与记账人员分离）。\n` });
  });

  it('--as must name a registered person with the role; otherwise one line and nothing written', async () => {
    const audit = await count('audit_log');
    const refusals: [string[], string][] = [
      [['users', 'add', '--channel-user-id', 'x1', '--name', '甲', '--role', 'admin', '--as', 'zhang'], 'recon: 张三（zhang）的角色是“对账员”，不能以此身份执行 recon users add（至少需要“管理员”）；未写入任何内容。\n'],
      [['users', 'add', '--channel-user-id', 'x1', '--name', '甲', '--role', 'admin', '--as', 'nobody'], 'recon: 未知用户 nobody。请先用 recon users add 登记。\n'],
      [['users', 'link', '--to', 'zhang', '--kind', 'os', '--id', 'zs', '--as', 'li'], 'recon: 李四（li）的角色是“审批人”，不能以此身份执行 recon users link（至少需要“管理员”）；未写入任何内容。\n'],
      [['users', 'unlink', '--id', 'lisi', '--as', 'zhang'], 'recon: 张三（zhang）的角色是“对账员”，不能以此身份执行 recon users unlink（至少需要“管理员”）；未写入任何内容。\n'],
      [['accounts', 'add', '--account', '6222009', '--name', 'x', '--currency', 'CNY', '--as', 'zhang'], 'recon: 张三（zhang）的角色是“对账员”，不能以此身份执行 recon accounts add（至少需要“管理员”）；未写入任何内容。\n'],
      [['import', '--account', '6222001', '--side', 'bank', csv('b3.csv', ['B3,2026-10-11,-1.00,CNY,,,费']), '--as', 'nobody'], 'recon: 未知用户 nobody。请先用 recon users add 登记。\n'],
      [['run', '--account', '6222001', '--period', '2026-10', '--as', 'nobody'], 'recon: 未知用户 nobody。请先用 recon users add 登记。\n'],
      [['resolve', '--difference', '1', '--as', 'nobody', '--note', 'x'], 'recon: 未知用户 nobody。请先用 recon users add 登记。\n'],
      [['approve', '--difference', '1', '--as', 'ghost'], 'recon: 未知用户 ghost。请先用 recon users add 登记。\n'],
    ];
    for (const [argv, err] of refusals) expect(await recon('mallory', ...argv), argv.join(' ')).toEqual({ code: 1, out: '', err });
    const en = await recon('mallory', 'users', 'add', '--channel-user-id', 'x1', '--name', '甲', '--role', 'admin', '--as', 'zhang', '--lang', 'en');
    expect(en.err).toBe('recon: 张三 (zhang) is "staff" and may not run recon users add as such (it needs at least "admin"); nothing was written.\n');
    expect(await count('audit_log')).toBe(audit);
    expect(await count('people')).toBe(3);
  });

  it('every audit row names the OS user who ran the command beside the acting person', async () => {
    expect((await recon('alice', 'users', 'add', '--channel-user-id', 'wang', '--name', '王五', '--role', 'staff', '--as', 'admin-1')).code).toBe(0);
    expect((await recon('bob', 'users', 'add', '--channel-user-id', 'zhao', '--name', '赵六', '--role', 'staff')).code).toBe(0);
    const rows = await t.db.query<{ actor: string; os_user: string; after: { name: string } }>(
      `SELECT actor, os_user, after FROM audit_log WHERE action = 'user.add' AND after->>'name' IN ('王五', '赵六') ORDER BY audit_log.seq`);
    expect(rows.rows.map((r) => [r.after.name, r.actor, r.os_user])).toEqual([['王五', 'admin-1', 'alice'], ['赵六', 'cli', 'bob']]);
  });
});
