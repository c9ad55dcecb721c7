/**
 * `npm start` as a person runs it, in a child process started in a folder of its own: `.env` is
 * read (real environment variables win), the banner names the file, and anonymous mode refuses a
 * non-loopback HOST with one line in the person's language and exit 78.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const INDEX = join(ROOT, 'bot/index.ts');

/** The parent's environment without anything that would choose for the child. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(RECON_|HOST$|PORT$|LANG$|MicrosoftApp|DATABASE_URL$|DIRECTLINE_|PUBLIC_ORIGINS$|SUMMARY_|BOT_|RATE_LIMIT_|HTTP_MAX_|RETENTION_)/.test(k)) delete env[k];
  return { ...env, ...extra };
}

const folders: string[] = [];
function folderWith(dotenv: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'recon-start-'));
  folders.push(dir);
  if (dotenv !== null) writeFileSync(join(dir, '.env'), dotenv);
  return dir;
}
afterEach(() => {
  for (const d of folders.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('npm start: configuration', () => {
  it('refuses anonymous mode on HOST=0.0.0.0: one line, in the person\'s language, exit 78', () => {
    for (const [lang, words] of [['en', /^configuration error: anonymous mode \(no MicrosoftAppId\) listens on loopback only; HOST=0\.0\.0\.0/], ['zh-CN', /^配置错误：匿名模式.*HOST=0\.0\.0\.0/]] as const) {
      const r = spawnSync(process.execPath, [TSX, INDEX], { cwd: folderWith(null), env: cleanEnv({ HOST: '0.0.0.0', RECON_LANG: lang }), encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(78);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(words);
    }
  }, 120_000);

  it('reads .env from the current folder: a HOST set only there is refused the same way', () => {
    const r = spawnSync(process.execPath, [TSX, INDEX], { cwd: folderWith('RECON_LANG=en\nHOST=0.0.0.0\n'), env: cleanEnv({}), encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(78);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^configuration error: anonymous mode .*HOST=0\.0\.0\.0/)]);
  }, 60_000);

  it('lets real environment variables win over .env and says which file it loaded', async () => {
    const dir = folderWith('# settings for this branch\nRECON_LANG=en\nHOST=0.0.0.0\nSUMMARY_ENABLED=false\nRETENTION_FAQ_DAYS=0\n');
    const bot = await startChild(dir, { HOST: '127.0.0.1', PORT: '0' });
    try {
      expect(bot.out).toContain(`Configuration file ${join(dir, '.env')} loaded`);
      // HOST from the environment (loopback); the language and the schedule switch from .env.
      expect(bot.out).toContain('Daily summary schedule is off (SUMMARY_ENABLED=false).');
      expect(bot.out).toContain('Retention (40 2 * * *, Asia/Shanghai): Direct Line conversations 30 days, idle dialog state 90 days, FAQ questions kept for ever');
      expect(bot.out).toContain('Empty database: demo data loaded.');
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      await bot.stop();
    }
  }, 120_000);

  it('says when the embedded store is new and empty, and not on the next start', async () => {
    const dir = folderWith(null);
    const env = { PORT: '0', RECON_LANG: 'en', SUMMARY_ENABLED: 'false', RECON_DEMO_SEED: 'false' };
    for (const expectNew of [true, false]) {
      const bot = await startChild(dir, env);
      try {
        const line = bot.out.split('\n').find((l) => l.startsWith('Store: '));
        expect(line).toBe(`Store: ${join(dir, 'store')}${expectNew ? ' (new and empty: created now; if this folder held data before, stop the bot and restore it from its backup)' : ''}`);
      } finally {
        await bot.stop();
      }
    }
  }, 240_000);

  it('says when there is no .env', async () => {
    const bot = await startChild(folderWith(null), { PORT: '0', RECON_LANG: 'en', SUMMARY_ENABLED: 'false', RECON_DEMO_SEED: 'false' });
    try {
      expect(bot.out).toContain('No .env file found; using the environment only.');
      expect(bot.out).not.toContain('demo data loaded');
    } finally {
      await bot.stop();
    }
  }, 120_000);
});

/** Starts `npm start` in `dir` and waits for the end of its banner. */
async function startChild(dir: string, env: Record<string, string>): Promise<{ out: string; url: string; stop(): Promise<void> }> {
  // The store goes in the test's own folder: the default (data/ in the project root) is the user's.
  const child = spawn(process.execPath, [TSX, INDEX], { cwd: dir, env: cleanEnv({ RECON_DATA_DIR: join(dir, 'store'), ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 100_000;
  while (!/Daily summary schedule/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`no banner (exit ${child.exitCode}): ${out} ${err}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] ?? '';
  return { out, url, stop };
}
