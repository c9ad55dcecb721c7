/** `recon status [--account A] [--json]`: where reconciliation stands across accounts. */
import type { Command } from 'commander';
import { fill, messages, type Lang } from '../i18n/index.ts';
import { formatAmount, formatAmountGrouped } from '../money.ts';
import { getStatus, type StatusReport } from '../service/status.ts';
import { accountJson } from './accounts.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { langOf, printJson, withStore } from './store-command.ts';

/** The status as JSON: amounts as fixed-scale strings. */
export function statusJson(s: StatusReport): Record<string, unknown> {
  return {
    asOf: s.asOf,
    accounts: s.accounts.map((a) => {
      const cur = a.account.currency;
      return {
        ...accountJson(a.account),
        lastRun: a.lastRun ? { ...a.lastRun, at: a.lastRun.at.toISOString() } : null,
        duePeriod: a.duePeriod,
        dueNotRun: a.dueNotRun,
        open: {
          ...a.open, absoluteAmount: formatAmount(a.open.absoluteAmount, cur), awaitingAmount: formatAmount(a.open.awaitingAmount, cur),
          awaitingCustomerAmount: formatAmount(a.open.awaitingCustomerAmount, cur),
          byKind: a.open.byKind.map((k) => ({ ...k, amount: formatAmount(k.amount, cur) })),
        },
        inTransit: { count: a.inTransit.count, overdue: a.inTransit.overdue.map((o) => ({ ...o, amount: formatAmount(o.amount, cur) })) },
        addsUpFailures: a.addsUpFailures,
      };
    }),
  };
}

function render(s: StatusReport, lang: Lang): string {
  const t = messages(lang);
  const o = t.store.out;
  if (s.accounts.length === 0) return `${o.statusNone}\n`;
  const out: string[] = [];
  for (const a of s.accounts) {
    const cur = a.account.currency;
    out.push(fill(o.statusAccount, { account: a.account.number, name: a.account.name, cycle: t.store.cycles[a.account.cycle] }));
    if (a.account.exempt) out.push(fill(o.statusExempt, { reason: a.account.exemptReason }));
    if (a.lastRun) {
      out.push(fill(o.statusLastRun, { period: a.lastRun.period, runId: a.lastRun.runId, when: a.lastRun.at.toISOString().slice(0, 16).replace('T', ' '), verdict: a.lastRun.balanced ? o.statusBalanced : o.statusUnbalanced }));
    } else out.push(o.statusNoRun);
    if (a.dueNotRun && a.duePeriod) out.push(fill(o.statusDue, { period: a.duePeriod }));
    if (a.open.count > 0) {
      out.push(fill(o.statusOpen, { count: a.open.count, amount: formatAmountGrouped(a.open.absoluteAmount, cur), age: a.open.oldestDays }));
      for (const k of a.open.byKind) out.push(fill(o.statusKind, { kind: t.kinds[k.kind], count: k.count, amount: formatAmountGrouped(k.amount, cur) }));
      if (a.inTransit.count > 0) out.push(fill(o.statusTransit, { count: a.inTransit.count, overdue: a.inTransit.overdue.length }));
    }
    if (a.open.awaitingApproval > 0) out.push(fill(o.statusAwaiting, { count: a.open.awaitingApproval, amount: formatAmountGrouped(a.open.awaitingAmount, cur) }));
    if (a.open.awaitingCustomer > 0) out.push(fill(o.statusCustomer, { count: a.open.awaitingCustomer, amount: formatAmountGrouped(a.open.awaitingCustomerAmount, cur) }));
    if (a.addsUpFailures > 0) out.push(fill(o.statusAddsUp, { count: a.addsUpFailures }));
  }
  return `${out.join('\n')}\n`;
}

async function run(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  await withStore(ctx, lang, async (db) => {
    const s = await getStatus(db, { account: typeof raw['account'] === 'string' ? raw['account'] : undefined, asOf: ctx.now() });
    if (raw['json']) printJson(ctx, statusJson(s));
    else ctx.stdout.write(`${ctx.storeLabel ? `${fill(messages(lang).store.out.statusStore, { where: ctx.storeLabel })}\n` : ''}${render(s, lang)}`);
  });
}

export const registerStatus: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  program
    .command('status')
    .description(t.status)
    .option('--account <account>', t.optAccount)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => run(ctx, opts));
};
