/**
 * `recon prune [--directline-days N] [--bot-state-days N] [--faq-days N] [--dry-run] [--json]`:
 * the bot's nightly retention pass by hand (to catch up, or to see what it would delete).
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { fill, messages } from '../i18n/index.ts';
import { DEFAULT_RETENTION, pruneOldChatData, type RetentionAges } from '../service/retention.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { refuse } from './refuse.ts';
import { badOption, langOf, printJson, withStore } from './store-command.ts';

const Days = z.string().regex(/^\d{1,5}$/).transform(Number);

function ages(ctx: CliContext, raw: Record<string, unknown>): RetentionAges {
  const base = ctx.retention ?? DEFAULT_RETENTION;
  const lang = langOf(ctx, raw);
  const pick = (flag: string, key: keyof RetentionAges, option: string): number => {
    if (raw[flag] === undefined) return base[key];
    const days = Days.safeParse(raw[flag]);
    return days.success ? days.data : badOption(ctx, lang, option, raw[flag]);
  };
  return {
    directLineDays: pick('directlineDays', 'directLineDays', '--directline-days'),
    botStateDays: pick('botStateDays', 'botStateDays', '--bot-state-days'),
    faqDays: pick('faqDays', 'faqDays', '--faq-days'),
  };
}

async function run(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const o = messages(lang).store.out;
  const keep = ages(ctx, raw);
  const dryRun = raw['dryRun'] === true;
  await withStore(ctx, lang, async (db) => {
    const counts = await pruneOldChatData(db, ctx.now(), keep, dryRun);
    if (!counts) refuse(ctx, o.pruneBusy, 75);
    if (raw['json']) return printJson(ctx, { dryRun, ages: keep, ...counts });
    const values = { conversations: counts.directLineConversations, activities: counts.directLineActivities, uploads: counts.chatUploads, states: counts.botStates, questions: counts.faqQuestions, feedback: counts.faqFeedback };
    ctx.stdout.write(`${fill(dryRun ? o.pruneDry : o.pruned, values)}\n`);
  });
}

export const registerPrune: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  program
    .command('prune')
    .description(t.prune)
    .option('--directline-days <days>', t.optDirectLineDays)
    .option('--bot-state-days <days>', t.optBotStateDays)
    .option('--faq-days <days>', t.optFaqDays)
    .option('--dry-run', t.optDryRun)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => run(ctx, opts));
};
