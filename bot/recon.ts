/**
 * Composition root of the `recon` command: reads the environment once, wires the store and
 * the FAQ into the CLI context, runs the command and exits with its code.
 */
import '../engine/cli/commands.ts';
import { runCli } from '../engine/cli/program.ts';
import { pickLang } from '../engine/i18n/index.ts';
import { loadCliConfig } from './config.ts';
import { openDbFromConfig } from './database.ts';
import { createAsker } from './faq.ts';

const config = loadCliConfig(process.env);
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  lang: pickLang(config.RECON_LANG ?? config.LANG),
  interactive: Boolean(process.stderr.isTTY),
  openDb: () => openDbFromConfig(config),
  ask: createAsker(config),
  now: () => new Date(),
});
process.exitCode = code;
