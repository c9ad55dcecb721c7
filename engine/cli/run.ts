/**
 * `recon run --account A (--date YYYY-MM-DD | --period P) [--as ID] [--json]`: reconciles the
 * account for the period in one transaction and keeps the result. --json prints the reconcile
 * report plus "runId".
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { fill, messages, type Lang } from '../i18n/index.ts';
import { Decimal, formatAmountGrouped } from '../money.ts';
import { openingGapText, openingText } from '../report/text.ts';
import { runReconciliation, type RunResult } from '../service/run.ts';
import { parsePeriod } from '../service/period.ts';
import { describeChanges } from '../service/runChanges.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { refuse } from './refuse.ts';
import { actingAs, badOption, langOf, printJson, withStore } from './store-command.ts';

const FlagsSchema = z.object({
  account: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  period: z.string().min(1).optional(),
  as: z.string().min(1).optional(),
  json: z.boolean().default(false),
});

/** The readable summary of a run: counts, differences by kind, the balance statement's verdict. */
export function renderRun(r: RunResult, account: string, lang: Lang): string {
  const t = messages(lang);
  const o = t.store.out;
  const cur = r.report.currency;
  const money = (s: string): string => formatAmountGrouped(new Decimal(s), cur);
  const out = [
    fill(o.runDone, { account, period: r.period, runId: r.runId, superseded: r.supersededRunId ? fill(o.superseded, { runId: r.supersededRunId }) : '' }),
    fill(o.runCounts, { ...r.report.summary, balanced: String(r.report.summary.balanced) }),
  ];
  const byKind = new Map<string, { count: number; total: Decimal }>();
  for (const d of r.report.differences) {
    const k = byKind.get(d.kind) ?? { count: 0, total: new Decimal(0) };
    byKind.set(d.kind, { count: k.count + 1, total: k.total.plus(d.amount) });
  }
  for (const [kind, v] of byKind) out.push(fill(o.runKind, { kind: t.kinds[kind as keyof typeof t.kinds], count: v.count, amount: formatAmountGrouped(v.total, cur) }));
  out.push(...changeLines(r, lang));
  const b = r.report.balance;
  out.push(fill(b.balanced ? o.balanced : o.unbalanced, { adjustedBank: money(b.adjustedBank), adjustedLedger: money(b.adjustedLedger) }));
  out.push(...openingLines(r, lang));
  return `${out.join('\n')}\n`;
}

/**
 * What the run did to the account's open differences, by number, as the chat's run result says it;
 * nothing for a first run that only found new ones.
 */
function changeLines(r: RunResult, lang: Lang): string[] {
  const c = r.changes;
  if (r.supersededRunId === null && c.carried.length + c.settled.length + c.replaced.length + c.transitCleared.length + (c.corrected?.length ?? 0) + (c.bankCorrected?.length ?? 0) === 0) return [];
  return describeChanges(c, lang).map((l) => `  ${l}`);
}

/** The book's opening and where it came from; a gap between periods, when the journal's opening is not the carried one. */
function openingLines(r: RunResult, lang: Lang): string[] {
  const cur = r.report.currency;
  const o = r.report.openings.ledger;
  const opening = { ...o, amount: o.amount === null ? null : new Decimal(o.amount) };
  const amount = opening.amount === null ? '-' : formatAmountGrouped(opening.amount, cur);
  const lines = [fill(messages(lang).report.bookOpeningLine, { amount, source: openingText(opening, lang, parsePeriod(r.period).from) })];
  for (const g of r.report.openingGaps) lines.push(openingGapText({ ...g, stated: new Decimal(g.stated), given: new Decimal(g.given) }, cur, lang));
  return lines;
}

async function run(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const flags = FlagsSchema.safeParse(raw);
  if (!flags.success) {
    const key = String(flags.error.issues[0]?.path[0] ?? '');
    badOption(ctx, lang, `--${key}`, raw[key]);
  }
  const f = flags.data;
  if ((f.date === undefined) === (f.period === undefined)) refuse(ctx, messages(lang).store.out.needDateOrPeriod);
  await withStore(ctx, lang, async (db) => {
    const actor = await actingAs(db, raw, 'staff', 'run');
    const result = await runReconciliation(db, { account: f.account, period: (f.date ?? f.period)!, actor, at: ctx.now() });
    if (f.json) printJson(ctx, { ...result.report, runId: result.runId });
    else ctx.stdout.write(renderRun(result, f.account, lang));
  });
}

export const registerRun: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  program
    .command('run')
    .description(t.run)
    .requiredOption('--account <account>', t.optAccount)
    .option('--date <date>', t.optDate)
    .option('--period <period>', t.optPeriod)
    .option('--as <id>', t.optAs)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => run(ctx, opts));
};
