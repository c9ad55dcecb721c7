/**
 * A reconciliation run in a child process, for the kill -9 tests: prints `start` when the run
 * begins, `writing` when it sends its first matches, and `done` when it has committed.
 *   node --import tsx run-child.ts URL SCHEMA ACCOUNT PERIOD     (PostgreSQL)
 *   node --import tsx run-child.ts --data-dir DIR ACCOUNT PERIOD (embedded PGlite in DIR)
 */
import type { Db } from '../../../engine/store/db.ts';
import { openStore } from '../../../engine/store/open.ts';
import { runReconciliation } from '../../../engine/service/run.ts';

const args = process.argv.slice(2);
const [account, period] = args.slice(2);
const db = args[0] === '--data-dir' ? await openStore({ dataDir: args[1] }) : await openStore({ databaseUrl: args[0], schema: args[1] });

/** The store, telling the parent when the run's first matches go out (inside its transaction). */
function announcingWrites(inner: Db): Db {
  const announce = (sql: string): void => {
    if (/^\s*(INSERT INTO|COPY) matches/.test(sql)) process.stdout.write('writing\n');
  };
  return {
    ...inner,
    query: (sql, params) => (announce(sql), inner.query(sql, params)),
    transaction: (fn) => inner.transaction((tx) => fn(announcingWrites(tx))),
    ...(inner.copyFrom ? { copyFrom: (sql: string, chunks: Parameters<NonNullable<Db['copyFrom']>>[1]) => (announce(sql), inner.copyFrom!(sql, chunks)) } : {}),
  };
}

process.stdout.write('start\n');
await runReconciliation(announcingWrites(db), { account: account!, period: period!, actor: 'child', at: new Date('2026-11-02T10:00:00Z') });
process.stdout.write('done\n');
await db.close();
