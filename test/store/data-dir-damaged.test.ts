/**
 * The embedded store's folder (RECON_DATA_DIR) left incomplete (part of it removed, a copy cut
 * short) or replaced by a file: `recon` says so in one line and exits 69, adds or removes no data
 * file in the folder, and the folder restored from a copy opens again with everything in it.
 * (Not here: a full disk and a folder without write permission; the tests run as root, which
 * permissions do not stop, and making a small file system needs mount rights.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const RECON = join(ROOT, 'bot/bin/recon.mjs');
const base = mkdtempSync(join(tmpdir(), 'recon-damaged-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function recon(dataDir: string, args: string[], lang = 'en'): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(RECON_|DATABASE_URL$|LANG$)/.test(k)) delete env[k];
  const r = spawnSync(process.execPath, [RECON, ...args], { cwd: base, env: { ...env, RECON_DATA_DIR: dataDir, RECON_LANG: lang }, encoding: 'utf8', timeout: 90_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The data files under `dir` (PostgreSQL's caches and lock files, which a start rewrites, left out). */
function dataFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /^(base|global)\//.test(f) && !/pg_internal\.init$/.test(f) && statSync(join(dir, f)).isFile())
    .sort();
}

describe('an embedded store folder that is damaged', () => {
  it('part of it removed: one line naming the folder, exit 69, no data file added or removed; restored, it opens with its data', () => {
    const dir = join(base, 'data');
    const added = recon(dir, ['accounts', 'add', '--account', '6222001', '--name', 'Test Co', '--currency', 'CNY']);
    expect(added.status).toBe(0);
    const backup = join(base, 'backup');
    cpSync(dir, backup, { recursive: true });

    rmSync(join(dir, 'base'), { recursive: true });
    const before = dataFiles(dir);
    for (const [lang, words] of [['en', 'is incomplete or damaged and cannot be opened'], ['zh-CN', '不完整或已损坏，无法打开']] as const) {
      const r = recon(dir, ['accounts', 'list'], lang);
      expect(r.status).toBe(69);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(dir);
      expect(lines[0]).toContain(words);
    }
    expect(dataFiles(dir)).toEqual(before);

    rmSync(dir, { recursive: true });
    cpSync(backup, dir, { recursive: true });
    const listed = recon(dir, ['accounts', 'list', '--json']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('"6222001"');
  }, 240_000);

  it('a file where the folder should be: one line, exit 69', () => {
    const file = join(base, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = recon(file, ['status']);
    expect(r.status).toBe(69);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
  }, 90_000);
});
