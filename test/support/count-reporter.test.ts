/**
 * The closing line of the count reporter against vitest's exit status: vitest runs as a child
 * process on fixture files kept outside the suite's include (test/support/reporter-fixtures), each
 * failing in one of the ways a suite can fail outside a test body.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = 'test/support/reporter-fixtures/vitest.config.ts';

interface Outcome {
  code: number;
  /** The last non-empty line printed on standard output. */
  last: string;
  /** Standard output and error. */
  out: string;
}

/** Runs vitest on the fixture files whose name contains `filter`; `env` is added to a CI-less environment. */
function vitest(filter: string, env: Record<string, string> = {}): Promise<Outcome> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['CI', 'DATABASE_URL', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'].includes(k)));
  return new Promise((resolve) => {
    execFile(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', CONFIG, filter],
      { cwd: ROOT, env: { ...base, NO_COLOR: '1', ...env }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        const lines = stdout.split('\n').filter((l) => l.trim().length > 0);
        resolve({ code, last: lines.at(-1) ?? '', out: `${stdout}\n${stderr}` });
      });
  });
}

describe('the closing line agrees with the exit status', () => {
  it('all passing: N passed, 0 failed, exit 0', async () => {
    const r = await vitest('passing');
    expect(r.last).toBe('2 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('a throwing beforeAll: the tests it kept from running are failures, exit 1', async () => {
    const r = await vitest('before-all');
    expect(r.last).toBe('1 passed, 2 failed');
    expect(r.code).toBe(1);
  });

  it('a failing afterAll: one failure though every test passed, exit 1', async () => {
    const r = await vitest('after-all');
    expect(r.out).toContain('failed: after-all.fixture.ts > a suite whose teardown throws: teardown failed');
    expect(r.last).toBe('2 passed, 1 failed');
    expect(r.code).toBe(1);
  });

  it('a file that fails to import: one failure, exit 1', async () => {
    const r = await vitest('import');
    expect(r.out).toContain('failed: import.fixture.ts: this module fails to load');
    expect(r.last).toBe('0 passed, 1 failed');
    expect(r.code).toBe(1);
  });

  it('a test skipped without a declared reason is a failure, and the exit status says so', async () => {
    const r = await vitest('skip');
    expect(r.last).toBe('1 passed, 1 failed');
    expect(r.code).toBe(1);
  });

  it('locally, a missing requirement skips its suite and says why in the count, exit 0', async () => {
    const r = await vitest('requires');
    expect(r.last).toBe('1 passed, 0 failed, 2 skipped (2: DATABASE_URL is not set)');
    expect(r.code).toBe(0);
  });

  it('under CI=true, a missing requirement is one failure saying what is missing, exit 1', async () => {
    const r = await vitest('requires', { CI: 'true' });
    expect(r.out).toContain('CI=true requires postgresql: DATABASE_URL is not set');
    expect(r.last).toBe('1 passed, 1 failed');
    expect(r.code).toBe(1);
  });

  it('with the requirement there, the suite runs', async () => {
    const r = await vitest('requires', { CI: 'true', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(r.last).toBe('3 passed, 0 failed');
    expect(r.code).toBe(0);
  });
}, 300_000);
