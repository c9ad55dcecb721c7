/**
 * Holds an embedded store open in a child process, for the data-folder lock tests: prints
 * `ready` once the store is open, closes it and exits when its standard input ends.
 *   node --import tsx hold-store.ts DATA_DIR
 */
import { openStore } from '../../../engine/store/open.ts';

const db = await openStore({ dataDir: process.argv[2] });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  void db.close().then(() => process.exit(0));
});
