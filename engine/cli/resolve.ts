/**
 * `recon resolve --difference ID --as ID` with one of:
 *   --note TEXT                                     annotate (open/rejected → in review)
 *   --kind KIND --reason TEXT [--entry-reference R] [--lines 12,13]   propose a resolution
 *   --close --note TEXT                             close an approved difference (customer confirmed)
 * [--version N] refuses the action when somebody acted since you looked. [--json]
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { fill, messages } from '../i18n/index.ts';
import { annotate, closeDifference, propose, type ActResult } from '../service/resolve.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { refuse } from './refuse.ts';
import { actorOf, badOption, langOf, printJson, withStore } from './store-command.ts';

const KindSchema = z.enum(['manual_match', 'bank_error', 'ledger_adjustment', 'pending_customer', 'write_off']);

/** --version as a number, or a refusal. */
export function versionOf(ctx: CliContext, lang: 'zh-CN' | 'en', raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) badOption(ctx, lang, '--version', raw);
  return Number(raw);
}

/** Prints the outcome of an action. */
export function printActed(ctx: CliContext, lang: 'zh-CN' | 'en', json: unknown, r: ActResult): void {
  if (json) return printJson(ctx, r);
  ctx.stdout.write(`${fill(messages(lang).store.out.acted, { id: r.differenceId, state: messages(lang).store.states[r.state], version: r.version })}\n`);
}

async function run(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const actor = actorOf(ctx, lang, raw);
  const version = versionOf(ctx, lang, raw['version']);
  const differenceId = String(raw['difference']);
  const base = { differenceId, version, actor, at: ctx.now() };
  const kind = raw['kind'] === undefined ? undefined : KindSchema.safeParse(raw['kind']);
  if (kind && !kind.success) badOption(ctx, lang, '--kind', raw['kind']);
  const lines = typeof raw['lines'] === 'string' ? raw['lines'].split(/[,\s]+/).filter((x) => x !== '') : [];
  if (lines.some((l) => !/^\d{1,18}$/.test(l))) badOption(ctx, lang, '--lines', raw['lines']);
  const note = typeof raw['note'] === 'string' ? raw['note'] : '';
  if (!kind && !raw['close'] && raw['note'] === undefined) refuse(ctx, messages(lang).store.out.needKindOrNote);
  await withStore(ctx, lang, async (db) => {
    let result: ActResult;
    if (kind?.success) {
      result = await propose(db, { ...base, resolution: {
        kind: kind.data, reason: typeof raw['reason'] === 'string' ? raw['reason'] : '',
        ...(typeof raw['entryReference'] === 'string' ? { entryReference: raw['entryReference'] } : {}),
        ...(lines.length > 0 ? { matchLineIds: lines } : {}),
      } });
    } else if (raw['close']) {
      result = await closeDifference(db, { ...base, note });
    } else {
      result = await annotate(db, { ...base, note });
    }
    printActed(ctx, lang, raw['json'], result);
  });
}

export const registerResolve: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  program
    .command('resolve')
    .description(t.resolve)
    .requiredOption('--difference <id>', t.optDifference)
    .requiredOption('--as <id>', t.optAs)
    .option('--note <text>', t.optNote)
    .option('--kind <kind>', t.optKind)
    .option('--reason <text>', t.optReason)
    .option('--entry-reference <ref>', t.optEntryReference)
    .option('--lines <ids>', t.optLines)
    .option('--close', t.optClose)
    .option('--version <n>', t.optVersion)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => run(ctx, opts));
};
