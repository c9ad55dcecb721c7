/**
 * One process at a time in an embedded store's folder: PGlite takes no lock of its own, and two
 * processes on one folder would each run their own PostgreSQL over the same files.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors.ts';
import { openStore } from '../../engine/store/open.ts';

const HOLD = fileURLToPath(new URL('./support/hold-store.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'recon-lock-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
const freshDir = (): string => join(base, `data-${++n}`);

/** A child holding the store in `dir`, once it says it is ready. */
async function holder(dir: string): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLD, dir], { cwd: ROOT });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('ready')) resolve();
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
  return child;
}

const exited = (child: ChildProcessWithoutNullStreams): Promise<void> => new Promise((resolve) => child.once('exit', () => resolve()));

async function refusal(dir: string): Promise<EngineError> {
  const err = await openStore({ dataDir: dir }).then(async (db) => {
    await db.close();
    return null;
  }, (e: unknown) => e);
  expect(err).toBeInstanceOf(EngineError);
  return err as EngineError;
}

describe('the embedded store folder', () => {
  it('is refused to a second process while the first holds it, and opens once the first has closed it', async () => {
    const dir = freshDir();
    const child = await holder(dir);
    const err = await refusal(dir);
    expect(err.code).toBe('STORE.DATA_DIR_IN_USE');
    expect(err.details).toMatchObject({ dir, pid: child.pid });
    child.stdin.end();
    await exited(child);
    expect(existsSync(join(dir, 'recon.lock'))).toBe(false);
    const db = await openStore({ dataDir: dir });
    expect(JSON.parse(readFileSync(join(dir, 'recon.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await db.close();
    expect(existsSync(join(dir, 'recon.lock'))).toBe(false);
  }, 60_000);

  it('is taken over from a process killed with SIGKILL, with what it had committed', async () => {
    const dir = freshDir();
    const child = await holder(dir);
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(join(dir, 'recon.lock'))).toBe(true);
    const db = await openStore({ dataDir: dir });
    const migrated = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM schema_migrations');
    expect(Number(migrated.rows[0]!.n)).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(dir, 'recon.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await db.close();
  }, 60_000);

  it('is refused to a second open in the same process, and to anybody while another host holds it', async () => {
    const dir = freshDir();
    const db = await openStore({ dataDir: dir });
    expect((await refusal(dir)).code).toBe('STORE.DATA_DIR_IN_USE');
    await db.close();
    writeFileSync(join(dir, 'recon.lock'), JSON.stringify({ pid: 1, host: 'another-host', since: '2026-11-27T08:00:00.000Z' }));
    const err = await refusal(dir);
    expect(err.details).toMatchObject({ host: 'another-host', pid: 1 });
    expect(readFileSync(join(dir, 'recon.lock'), 'utf8')).toContain('another-host');
  }, 60_000);

  it('makes recon say so in one line and exit 69, as it does for a server it cannot reach', async () => {
    const dir = freshDir();
    const child = await holder(dir);
    try {
      const recon = async (env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> => {
        try {
          const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bot/recon.ts', 'status'], { cwd: ROOT, env: { ...process.env, RECON_LANG: 'en', DATABASE_URL: '', ...env } });
          return { code: 0, stdout, stderr };
        } catch (e) {
          const x = e as { code: number; stdout: string; stderr: string };
          return { code: x.code, stdout: x.stdout, stderr: x.stderr };
        }
      };
      const held = await recon({ RECON_DATA_DIR: dir });
      expect(held).toMatchObject({ code: 69, stdout: '' });
      expect(held.stderr).toBe(`recon: the embedded store in ${dir} is in use by another process (pid ${child.pid} on ${JSON.parse(readFileSync(join(dir, 'recon.lock'), 'utf8')).host}, since ${JSON.parse(readFileSync(join(dir, 'recon.lock'), 'utf8')).since}). ` +
        'Stop that process first (the bot started with npm start holds the store while it runs), or set DATABASE_URL to a PostgreSQL server, which several processes can share.\n');
      const down = await recon({ DATABASE_URL: 'postgres://someone:secret@127.0.0.1:1/nowhere' });
      expect(down).toMatchObject({ code: 69, stdout: '' });
      expect(down.stderr).toMatch(/^recon: cannot open the store at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED.*\. Check DATABASE_URL/);
      expect(down.stderr).not.toContain('secret');
      expect(down.stderr.trim().split('\n')).toHaveLength(1);
      const file = join(base, 'a-file');
      writeFileSync(file, 'not a folder');
      const notDir = await recon({ RECON_DATA_DIR: file });
      expect(notDir.code).toBe(69);
      expect(notDir.stderr).toMatch(new RegExp(`^recon: cannot open the store at ${file}: EEXIST`));
    } finally {
      child.stdin.end();
      await exited(child);
    }
  }, 90_000);
});
