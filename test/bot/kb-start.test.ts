/**
 * `npm start` with a broken knowledge base or a FAQ_KB_DIR that is not there: one line naming the
 * file (and entry) or the folder and what is wrong, in the person's language, exit 78 (a
 * configuration error), before the store is opened; never a stack trace. `recon ask` says the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const INDEX = join(ROOT, 'bot/index.ts');
const RECON = join(ROOT, 'bot/bin/recon.mjs');

const base = mkdtempSync(join(tmpdir(), 'recon-kb-start-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const brokenYaml = join(base, 'kb-yaml');
mkdirSync(brokenYaml);
writeFileSync(join(brokenYaml, 'a.yaml'), 'topic: x\nentries: [\n');
const brokenEntry = join(base, 'kb-entry');
mkdirSync(brokenEntry);
writeFileSync(join(brokenEntry, 'b.yaml'), 'topic: x\nentries:\n  - id: lonely\n');
const absent = join(base, 'no-such-kb');
const dataDir = join(base, 'data');

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const k of Object.keys(clean)) if (/^(RECON_|FAQ_|HOST$|PORT$|LANG$|MicrosoftApp|DATABASE_URL$|DIRECTLINE_|SUMMARY_|BOT_|RATE_LIMIT_)/.test(k)) delete clean[k];
  return { ...clean, PORT: '0', RECON_DATA_DIR: dataDir, SUMMARY_ENABLED: 'false', BOT_SERVICE_URL_ALLOWLIST: 'http://127.0.0.1:*', RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_IP_PER_MINUTE: '100000', ...extra };
}

function start(kbDir: string, lang: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [TSX, INDEX], { cwd: base, env: env({ FAQ_KB_DIR: kbDir, RECON_LANG: lang }), encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm start with a knowledge base it cannot use', () => {
  it('a file that is not YAML: one line naming the file, exit 78, the store not opened', () => {
    const r = start(brokenYaml, 'zh-CN');
    expect(r.status).toBe(78);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^配置错误：知识库文件 ${join(brokenYaml, 'a.yaml')} 有误：not valid YAML`))]);
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('an invalid entry: one line naming file and entry, in English with RECON_LANG=en', () => {
    const r = start(brokenEntry, 'en');
    expect(r.status).toBe(78);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^configuration error: knowledge-base file ${join(brokenEntry, 'b.yaml')}, entry lonely is broken: `));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('a FAQ_KB_DIR that does not exist: one line naming it, exit 78, not an internal error', () => {
    const r = start(absent, 'en');
    expect(r.status).toBe(78);
    expect(r.stderr).toBe(`configuration error: cannot read the knowledge-base folder (FAQ_KB_DIR): cannot find ${absent}: no such file or folder\n`);
  }, 60_000);

  it('recon ask says the same, prefixed recon:, exit 78', () => {
    const r = spawnSync(process.execPath, [RECON, 'ask', '你好'], { cwd: base, env: env({ FAQ_KB_DIR: absent, RECON_LANG: 'zh-CN' }), encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(78);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`recon: 配置错误：无法读取知识库文件夹（FAQ_KB_DIR）：找不到 ${absent}：文件或文件夹不存在\n`);
  }, 60_000);
});
