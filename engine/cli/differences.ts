/**
 * `recon differences --account A [--state S] [--json]`: an account's differences that still need
 * somebody (or those in state S), oldest first, with their lines.
 */
import type { Command } from 'commander';
import { fill, messages, type Lang } from '../i18n/index.ts';
import { formatAmountGrouped, formatAmount } from '../money.ts';
import { getAccount } from '../service/accounts.ts';
import { getDifference, listDifferences, type DifferenceDetail } from '../service/differences.ts';
import { DifferenceStateSchema } from '../service/lifecycle.ts';
import { ageInDays } from '../service/period.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { badOption, langOf, printJson, withStore } from './store-command.ts';

/** A difference as JSON: amounts as fixed-scale strings, dates as ISO strings. */
export function differenceJson(d: DifferenceDetail): Record<string, unknown> {
  return {
    id: d.id, account: d.account, runId: d.runId, period: d.period, kind: d.kind, side: d.side, amount: formatAmount(d.amount, d.currency),
    currency: d.currency, state: d.state, version: d.version, note: d.note, lastActor: d.lastActor,
    createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString(),
    lines: d.lines.map((l) => ({ id: l.id, side: l.side, extId: l.extId, date: l.date, amount: formatAmount(l.amount, l.currency), reference: l.reference, counterparty: l.counterparty, description: l.description })),
    resolutions: d.resolutions.map((r) => ({ ...r, proposedAt: r.proposedAt.toISOString(), decidedAt: r.decidedAt?.toISOString() ?? null })),
  };
}

function render(d: DifferenceDetail, lang: Lang, today: string): string {
  const t = messages(lang);
  const o = t.store.out;
  const out = [fill(o.differenceLine, {
    id: d.id, kind: t.kinds[d.kind], amount: formatAmountGrouped(d.amount, d.currency), currency: d.currency, state: t.store.states[d.state],
    version: d.version, period: d.period, age: ageInDays(d.firstDate, today), note: d.note ? `  “${d.note}”` : '',
  })];
  for (const l of d.lines) {
    out.push(fill(o.differenceLines, {
      side: t.store.sides[l.side], lineId: l.id, extId: l.extId, date: l.date, amount: formatAmountGrouped(l.amount, l.currency),
      text: [l.reference, l.counterparty, l.description].filter((x) => x !== '').join(' | '),
    }));
  }
  return `${out.join('\n')}\n`;
}

async function run(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const state = raw['state'] === undefined ? undefined : DifferenceStateSchema.safeParse(raw['state']);
  if (state && !state.success) badOption(ctx, lang, '--state', raw['state']);
  await withStore(ctx, lang, async (db) => {
    const account = String(raw['account']);
    await getAccount(db, account);
    const list = await listDifferences(db, { account, ...(state?.success ? { state: state.data } : {}) });
    const details: DifferenceDetail[] = [];
    for (const d of list) details.push(await getDifference(db, d.id));
    if (raw['json']) return printJson(ctx, { account, differences: details.map(differenceJson) });
    if (details.length === 0) return void ctx.stdout.write(`${messages(lang).store.out.noDifferences}\n`);
    const today = ctx.now().toISOString().slice(0, 10);
    for (const d of details) ctx.stdout.write(render(d, lang, today));
  });
}

export const registerDifferences: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  program
    .command('differences')
    .description(t.differences)
    .requiredOption('--account <account>', t.optAccount)
    .option('--state <state>', t.optState)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => run(ctx, opts));
};
