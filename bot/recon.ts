/**
 * Composition root of the `recon` command: reads the environment once, wires the store and
 * the FAQ into the CLI context, runs the command and exits with its code.
 */
import { userInfo } from 'node:os';
import '../engine/cli/commands.ts';
import { runCli } from '../engine/cli/program.ts';
import { withoutPassword } from '../engine/store/open.ts';
import { fill, messages, pickLang } from '../engine/i18n/index.ts';
import { loadCliConfig, retentionAges } from './config.ts';
import { openDbFromConfig, storeWillBeCreated } from './database.ts';
import { createAsker } from './faq.ts';

// `recon ... | head -1`: once the reader has gone, the rest of the output has nowhere to go.
// That is a normal end (status 0), not an 'Unhandled error event' stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.exitCode = 74;
  });
}

const config = loadCliConfig(process.env);

/** The login running this command (recorded in the audit log and as an import's poster); undefined when the system has none. */
function osUser(): string | undefined {
  try {
    const name = userInfo().username;
    return name === '' ? undefined : name;
  } catch {
    return undefined;
  }
}

const lang = pickLang(config.RECON_LANG ?? config.LANG);

/**
 * Opens the store. An embedded store folder that is missing or empty is created empty: after a
 * folder was deleted or moved that is not what anybody wants, so every command but `recon demo`
 * (whose job is to make one) says so in one line on stderr, as the bot's banner does.
 */
async function openDb() {
  const fresh = !process.argv.slice(2).includes('demo') && storeWillBeCreated(config);
  const db = await openDbFromConfig(config);
  if (fresh) process.stderr.write(`recon: ${fill(messages(lang).store.out.storeNew, { where: config.RECON_DATA_DIR })}\n`);
  return db;
}

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  lang,
  interactive: Boolean(process.stderr.isTTY),
  openDb,
  storeLabel: config.DATABASE_URL ? withoutPassword(config.DATABASE_URL) : config.RECON_DATA_DIR,
  ask: createAsker(config),
  osUser: osUser(),
  auditCheckpointFile: config.RECON_AUDIT_CHECKPOINT_FILE,
  // RECON_NOW pins the clock (the README's examples run on a fixed date; see test/readme-examples.test.ts).
  now: config.RECON_NOW ? () => new Date(config.RECON_NOW as string) : () => new Date(),
  retention: retentionAges(config),
});
process.exitCode = code;
