/**
 * A reconciliation run in a child process, for the kill -9 test: prints `start` when the run
 * begins and `done` when it has committed.   node --import tsx run-child.ts URL SCHEMA ACCOUNT PERIOD
 */
import { openStore } from '../../../engine/store/open.ts';
import { runReconciliation } from '../../../engine/service/run.ts';

const [url, schema, account, period] = process.argv.slice(2);
const db = await openStore({ databaseUrl: url, schema });
process.stdout.write('start\n');
await runReconciliation(db, { account: account!, period: period!, actor: 'child', at: new Date('2026-11-02T10:00:00Z') });
process.stdout.write('done\n');
await db.close();
