/**
 * What a conditional suite needs from the machine, declared in one place. Every suite that needs
 * chromium or a PostgreSQL server is declared through `describeNeeding` (or `describeEngines`):
 * - present: the suite runs as written;
 * - missing, locally: the suite is skipped and each of its tests carries the reason, which the
 *   closing line of the count reporter prints (`N skipped (N: chromium not found at ...)`);
 * - missing under CI: the body does not run; one failing test says what is missing.
 * A test skipped for any other reason (a throwing beforeAll, `it.skip`) is counted as a failure.
 */
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Why the test did not run: what its suite needs is missing on this machine. */
    missing?: string;
  }
}

export const CHROMIUM = '/usr/bin/chromium';

export type Requirement = 'chromium' | 'postgresql';
export type Engine = 'pglite' | 'pg';

/** Every engine the store's suites run on; PostgreSQL needs DATABASE_URL. */
export const ENGINES: readonly Engine[] = ['pglite', 'pg'];

/** What is missing for `req`, in one line, or null when it is there. */
export function missing(req: Requirement): string | null {
  switch (req) {
    case 'chromium':
      return existsSync(CHROMIUM) ? null : `chromium not found at ${CHROMIUM}`;
    case 'postgresql':
      return process.env.DATABASE_URL ? null : 'DATABASE_URL is not set';
  }
}

/** CI=true (or 1): a missing requirement fails the run instead of skipping. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = (env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0';
}

/** describe() for a suite that needs `req` (null: nothing). */
export function describeNeeding(req: Requirement | null, name: string, fn: () => void): void {
  const why = req === null ? null : missing(req);
  if (why === null) {
    describe(name, fn);
  } else if (underCi()) {
    describe(name, () => {
      it(`needs ${req}`, () => {
        throw new Error(`CI=true requires ${req}: ${why}`);
      });
    });
  } else {
    describe(name, { skip: true, meta: { missing: why } }, fn);
  }
}

/** One suite per engine (`%s` in the name is the engine): PGlite always, PostgreSQL when DATABASE_URL. */
export function describeEngines(name: string, fn: (engine: Engine) => void): void {
  for (const engine of ENGINES) describeNeeding(engine === 'pg' ? 'postgresql' : null, name.replace('%s', engine), () => fn(engine));
}
