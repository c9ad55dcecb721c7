/**
 * `recon approve --difference ID --as ID [--comment C] [--version N] [--json]` and
 * `recon reject --difference ID --as ID --comment C [--version N] [--json]`: the checker's decision
 * (maker-checker: the proposer, and on segregated accounts whoever posted the lines, cannot decide).
 */
import type { Command } from 'commander';
import { messages } from '../i18n/index.ts';
import { approve, reject } from '../service/resolve.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { printActed, versionOf } from './resolve.ts';
import { actorOf, langOf, withStore } from './store-command.ts';

async function decide(ctx: CliContext, raw: Record<string, unknown>, decision: 'approve' | 'reject'): Promise<void> {
  const lang = langOf(ctx, raw);
  const actor = actorOf(ctx, lang, raw);
  const req = { differenceId: String(raw['difference']), version: versionOf(ctx, lang, raw['version']), actor, at: ctx.now() };
  const comment = typeof raw['comment'] === 'string' ? raw['comment'] : '';
  await withStore(ctx, lang, async (db) => {
    const result = decision === 'approve' ? await approve(db, { ...req, comment }) : await reject(db, { ...req, comment });
    printActed(ctx, lang, raw['json'], result);
  });
}

export const registerApprove: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  for (const decision of ['approve', 'reject'] as const) {
    program
      .command(decision)
      .description(t[decision])
      .requiredOption('--difference <id>', t.optDifference)
      .requiredOption('--as <id>', t.optAs)
      .option('--comment <text>', t.optComment)
      .option('--version <n>', t.optVersion)
      .option('--json', t.optJson)
      .option('--lang <lang>', t.optLang)
      .action(async (opts: Record<string, unknown>) => decide(ctx, opts, decision));
  }
};
