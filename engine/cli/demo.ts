/** `recon demo [--json]`: seeds demo accounts, a month of statements, people and roles (idempotent). */
import type { Command } from 'commander';
import { fill, messages } from '../i18n/index.ts';
import { seedDemo } from '../service/demo.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { langOf, printJson, withStore } from './store-command.ts';

async function run(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const o = messages(lang).store.out;
  const r = await withStore(ctx, lang, (db) => seedDemo(db, ctx.now()));
  if (raw['json']) return printJson(ctx, r);
  const nothing = r.accounts + r.users + r.lines + r.runs === 0;
  ctx.stdout.write(`${nothing ? o.demoNothing : fill(o.demoDone, { ...r })}\n`);
}

export const registerDemo: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  program
    .command('demo')
    .description(t.demo)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => run(ctx, opts));
};
