/**
 * `recon` on an embedded store folder that is missing or empty: it is created empty, and every
 * command but `recon demo` says so in one line on stderr (a deleted or moved folder must not pass
 * for a store that simply has no accounts yet). The next command on it says nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const RECON = join(resolve(import.meta.dirname, '../..'), 'bot/bin/recon.mjs');
const dir = mkdtempSync(join(tmpdir(), 'recon-new-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recon(dataDir: string, ...args: string[]) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(RECON_|FAQ_|DATABASE_URL$|LANG$|LC_)/.test(k)) delete env[k];
  const r = spawnSync(process.execPath, [RECON, ...args], { cwd: dir, env: { ...env, RECON_DATA_DIR: dataDir, RECON_LANG: 'zh-CN' }, encoding: 'utf8', timeout: 90_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('recon on a new embedded store', () => {
  it('says once that a missing folder was created new and empty', () => {
    const data = join(dir, 'gone');
    const first = recon(data, 'accounts', 'list');
    expect(first.status).toBe(0);
    expect(first.stderr).toBe(`recon: 数据存储 ${data} 是刚新建的空库；如果这个文件夹原来有数据，请从备份恢复。\n`);
    const second = recon(data, 'accounts', 'list');
    expect(second).toEqual({ status: 0, stdout: first.stdout, stderr: '' });
  }, 120_000);

  it('says it for an empty folder too, but not for recon demo, which is how a store is made', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(recon(empty, 'status').stderr).toContain('刚新建的空库');
    const demo = recon(join(dir, 'demo'), 'demo');
    expect(demo.status).toBe(0);
    expect(demo.stderr).toBe('');
  }, 120_000);
});
