/**
 * `recon faq report [--json] [--since YYYY-MM-DD] [--lang zh|en]`: the questions the FAQ could not
 * answer outright and the answers people voted "not helpful", for whoever edits the knowledge
 * base. --json prints the report object of engine/service/faq.ts.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { fill, messages, type Lang } from '../i18n/index.ts';
import { faqReport, SinceSchema, type FaqReport } from '../service/faq.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { refuse } from './refuse.ts';
import { openStoreFor } from './store-command.ts';

const FlagsSchema = z.object({
  json: z.boolean().default(false),
  since: z.string().optional(),
  lang: z
    .enum(['zh', 'zh-CN', 'zh-cn', 'en'])
    .transform((l): Lang => (l === 'en' ? 'en' : 'zh-CN'))
    .optional(),
});

/** The readable report. */
export function renderFaqReport(r: FaqReport, lang: Lang): string {
  const t = messages(lang).faq.report;
  const day = (iso: string) => iso.slice(0, 10);
  const out = [fill(t.title, { period: r.since ? fill(t.sinceDate, { date: r.since }) : t.allTime }), '', fill(t.unanswered, { count: r.unanswered.length })];
  if (!r.unanswered.length) out.push(`  ${t.none}`);
  for (const u of r.unanswered)
    out.push(`  ${fill(t.unansweredLine, { times: u.times, question: u.question, lang: u.lang, asker: t.asker[u.asker], last: day(u.lastAsked) })} ${t.outcome[u.outcome]}`);
  out.push('', fill(t.downVoted, { count: r.downVoted.length }));
  if (!r.downVoted.length) out.push(`  ${t.none}`);
  for (const d of r.downVoted) out.push(`  ${fill(t.downVotedLine, { down: d.down, up: d.up, entry: d.entryId, question: d.question, last: day(d.lastVoted) })}`);
  return `${out.join('\n')}\n`;
}

async function report(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const flags = FlagsSchema.safeParse(raw);
  const lang = (flags.success ? flags.data.lang : undefined) ?? ctx.lang;
  const t = messages(lang).faq.cli;
  if (!flags.success) refuse(ctx, fill(t.badLang, { value: String(raw.lang ?? '') }));
  if (flags.data.since !== undefined && !SinceSchema.safeParse(flags.data.since).success) refuse(ctx, fill(t.badSince, { value: flags.data.since }));
  const db = await openStoreFor(ctx, lang);
  try {
    const r = await faqReport(db, { since: flags.data.since });
    ctx.stdout.write(flags.data.json ? `${JSON.stringify(r)}\n` : renderFaqReport(r, lang));
  } finally {
    await db.close();
  }
}

export const registerFaq: Register = (program: Command, ctx: CliContext) => {
  const faq = program.command('faq').description(messages(ctx.lang).faq.cli.groupDescription);
  faq
    .command('report')
    .description(messages(ctx.lang).faq.cli.reportDescription)
    .option('--json', 'JSON')
    .option('--since <date>', 'YYYY-MM-DD')
    .option('--lang <lang>', 'zh | en')
    .action(async (opts: Record<string, unknown>) => report(ctx, opts));
};
