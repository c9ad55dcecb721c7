/**
 * "对账" / "run reconciliation" [account] [date or period]: asks for what is missing, asks first
 * when the period is not one of the account's cycle (a month on a quarterly account) and when the
 * run would supersede an earlier run of the same period, runs it through the
 * store's run service and shows the result summary with a button to resolve its differences.
 */
import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import { z } from 'zod';
import { EngineError } from '../../engine/errors.ts';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { Decimal } from '../../engine/money.ts';
import type { Account } from '../../engine/service/accounts.ts';
import { cycleOfPeriod, dayBefore, duePeriod, parsePeriodOn, periodOf, type Cycle, type Period } from '../../engine/service/period.ts';
import type { RunResult } from '../../engine/service/run.ts';
import { describeChanges } from '../../engine/service/runChanges.ts';
import { supportsCards, type Prompt } from '../flow/card.ts';
import { FlowDialog, type FlowContext, type FlowOptions, type Outcome, type StepInput } from '../flow/flowDialog.ts';
import { amountText, localTime, refusalText } from '../flow/format.ts';
import { outside } from '../flow/text.ts';
import { accountChoices, accountHint, maskAccount } from '../flow/mask.ts';
import type { EntrySubmit } from '../flow/submit.ts';
import type { AccountStatus, GuidedPorts, Role } from '../ports.ts';

export const RUN_DIALOG = 'runChat';

const RunDataSchema = z.object({
  account: z.string().optional(),
  period: z.string().optional(),
});
export type RunData = z.infer<typeof RunDataSchema>;

export class RunDialog extends FlowDialog<RunData> {
  protected readonly roles: readonly Role[] = ['staff', 'approver', 'admin'];
  protected readonly dataSchema = RunDataSchema;

  constructor(private readonly ports: GuidedPorts) {
    super(RUN_DIALOG, ports);
  }

  protected help(lang: Lang): string {
    return messages(lang).resolve.run.help;
  }

  protected async start(ctx: FlowContext, options: FlowOptions): Promise<Outcome<RunData>> {
    const r = messages(ctx.lang).resolve;
    const accounts = await this.ports.cases.accounts();
    const hint = typeof options.account === 'string' ? options.account : undefined;
    let account: string | undefined;
    if (hint) {
      const found = accounts.filter((a) => a.number.endsWith(hint));
      if (found.length !== 1) return { kind: 'end', say: fill(r.list.unknownAccount, { hint }) };
      account = found[0]!.number;
    } else if (accounts.length === 1) account = accounts[0]!.number;
    if (accounts.length === 0) return { kind: 'end', say: r.setup.noAccounts };
    if (!account) return { kind: 'next', step: 'account', data: {} };
    const period = typeof options.period === 'string' ? options.period : undefined;
    if (!period) return { kind: 'next', step: 'period', data: { account } };
    return this.withPeriod(ctx, { account }, period, true);
  }

  protected async prompt(ctx: FlowContext, step: string, data: RunData): Promise<Prompt> {
    const r = messages(ctx.lang).resolve;
    if (step === 'account') {
      const accounts = await this.ports.cases.accounts();
      return { title: r.run.askAccount, lines: [], choices: accountChoices(accounts, ctx.person.role, r.run.account) };
    }
    const account = (await this.ports.cases.account(data.account!))!;
    if (step === 'period') {
      const latest = latestPeriods(account.cycle, today(ctx));
      return {
        title: fill(r.run.askPeriod, { example: latest[0]!.label, cycle: r.cycles[account.cycle] }),
        // An exempt account (保证金 …) may still be run, but the person is told it is exempt.
        lines: account.exempt ? [fill(r.run.exempt, { account: maskAccount(account.number, ctx.person.role), reason: outside(account.exemptReason) })] : [],
        input: { placeholder: r.run.periodPlaceholder },
        // The latest ended periods as buttons: the common answer is one tap.
        extra: latest.map((p) => ({ value: p.label, label: p.label })),
      };
    }
    if (step === 'cycle') {
      const period = data.period!;
      return {
        title: fill(r.run.otherCycle, { account: maskAccount(account.number, ctx.person.role), cycle: r.cycles[account.cycle], period, kind: r.run.periodKinds[cycleOfPeriod(parsePeriodOn(period, today(ctx)))] }),
        lines: [],
        choices: [
          { value: period, label: fill(r.run.anyway, { period }) },
          ...latestPeriods(account.cycle, today(ctx)).map((p) => ({ value: p.label, label: p.label })),
          notRun(r.run.no),
        ],
      };
    }
    const current = await this.ports.cases.currentRun(data.account!, data.period!);
    const by = current ? outside((await this.ports.cases.nameOf(current.by)) ?? current.by) : '';
    return {
      title: fill(r.run.supersede, { account: maskAccount(account.number, ctx.person.role), period: data.period!, at: current ? localTime(current.at, this.ports.timeZone) : '', by }),
      lines: [],
      choices: [{ value: 'yes', label: r.run.yes, aliases: ['是', '继续', '确认', 'yes', 'y'] }, notRun(r.run.no)],
    };
  }

  protected async handle(ctx: FlowContext, step: string, data: RunData, input: StepInput): Promise<Outcome<RunData>> {
    const r = messages(ctx.lang).resolve;
    if (step === 'account') {
      if (input.choice === null) return { kind: 'stay', say: fill(r.flow.chooseOne, { max: (await this.ports.cases.accounts()).length }) };
      return { kind: 'next', step: 'period', data: { account: input.choice } };
    }
    if (step === 'period') return this.withPeriod(ctx, data, input.choice !== null && input.choice !== 'next' && input.choice !== 'prev' ? input.choice : input.text, false);
    if (input.choice === 'no') return { kind: 'end', say: r.run.notRun };
    // The period as asked (run anyway), one of the account's own, or another typed here.
    if (step === 'cycle') return this.withPeriod(ctx, data, input.choice ?? input.text, false, data.period);
    if (input.choice !== 'yes') return { kind: 'stay', say: fill(r.flow.chooseOne, { max: 2 }) };
    return this.run(ctx, data);
  }

  /**
   * The period typed or chosen: refused when it is none; asked about when it is not one of the
   * account's cycle (unless it is the one already asked about, `confirmed`); asked about when it
   * would supersede a run; else run.
   */
  private async withPeriod(ctx: FlowContext, data: RunData, text: string, fromStart: boolean, confirmed?: string): Promise<Outcome<RunData>> {
    let period: Period;
    try {
      period = parsePeriodOn(text, today(ctx));
    } catch (err) {
      if (!(err instanceof EngineError)) throw err;
      const say = refusalText({ code: 'bad_period', period: text.slice(0, 40) }, ctx.lang, '');
      return fromStart ? { kind: 'next', step: 'period', data, say } : { kind: 'stay', say };
    }
    const label = period.label;
    const next = { ...data, period: label };
    const account = await this.ports.cases.account(data.account!);
    if (account && label !== confirmed && cycleOfPeriod(period) !== account.cycle) return { kind: 'next', step: 'cycle', data: next };
    if (await this.ports.cases.currentRun(data.account!, label)) return { kind: 'next', step: 'confirm', data: next };
    return this.run(ctx, next);
  }

  private async run(ctx: FlowContext, data: RunData): Promise<Outcome<RunData>> {
    const out = await this.ports.cases.run({ account: data.account!, period: data.period!, actor: ctx.person.channelUserId });
    if (!out.ok) return { kind: 'end', say: refusalText(out, ctx.lang, '') };
    const account = (await this.ports.cases.account(data.account!))!;
    // The account's figures after the run, from the status service (the status card's own).
    const standing = await this.ports.cases.standing(account.number);
    const hint = accountHint(account.number, (await this.ports.cases.accounts()).map((a) => a.number), ctx.person.role);
    return { kind: 'end', say: runSummary(out.result, account, ctx.lang, ctx.person.role, supportsCards(ctx.turn.activity), standing, hint) };
  }
}

/** The "do not run" choice of the cycle and supersede questions. */
const notRun = (label: string): { value: string; label: string; aliases: string[] } => ({ value: 'no', label, aliases: ['否', '不', 'no', 'n'] });

/** Today as YYYY-MM-DD, the day relative periods (上个月, last quarter) count from. */
function today(ctx: FlowContext): string {
  return ctx.now.toISOString().slice(0, 10);
}

/** The two latest periods of the cycle that have ended by `day`, the latest first. */
export function latestPeriods(cycle: Cycle, day: string): Period[] {
  const due = duePeriod(cycle, day);
  return [due, periodOf(cycle, dayBefore(due.from))];
}

/** What the run changed against the account's open differences, a line per kind of change. */
function changeLines(result: RunResult, lang: Lang): string[] {
  return describeChanges(result.changes, lang);
}

/**
 * A re-run's balance statement against the one it supersedes: which of the figures moved (the
 * closings, then the adjusted balances), said whenever the verdict moved or a figure did.
 */
function verdictLine(result: RunResult, lang: Lang, cur: string): string[] {
  const r = messages(lang).resolve.run;
  const before = result.previousBalance;
  if (!before) return [];
  const now = result.report.balance;
  const money = (s: string | null): string => (s === null ? '—' : amountText(new Decimal(s), cur));
  const same = (a: string | null, b: string | null): boolean => (a === null || b === null ? a === b : new Decimal(a).equals(b));
  const why = [
    ...(same(before.bankClosing, now.bankClosing) ? [] : [fill(r.whyBankClosing, { from: money(before.bankClosing), to: money(now.bankClosing) })]),
    ...(same(before.ledgerClosing, now.ledgerClosing) ? [] : [fill(r.whyLedgerClosing, { from: money(before.ledgerClosing), to: money(now.ledgerClosing) })]),
    ...(same(before.adjustedBank, now.adjustedBank) && same(before.adjustedLedger, now.adjustedLedger) ? [] : [fill(r.whyAdjusted, {
      bankFrom: money(before.adjustedBank), bankTo: money(now.adjustedBank), ledgerFrom: money(before.adjustedLedger), ledgerTo: money(now.adjustedLedger),
    })]),
  ];
  // Differences someone is handling are left out of a run: when figures moved, they may be why.
  if (why.length > 0 && result.heldOut.length > 0) {
    const states = messages(lang).resolve.states;
    why.push(fill(r.whyHeld, { list: result.heldOut.map((h) => fill(r.heldItem, {
      id: h.id, state: h.state in states ? states[h.state as keyof typeof states] : h.state, amount: amountText(new Decimal(h.amount), cur),
    })).join(lang === 'en' ? ', ' : '、') }));
  }
  const word = (b: boolean): string => (b ? r.balancedWord : r.unbalancedWord);
  if (before.balanced !== now.balanced) return [fill(r.verdictMoved, { before: word(before.balanced), after: word(now.balanced), why: why.length > 0 ? why.join(lang === 'en' ? '; ' : '；') : r.whyNothing })];
  return why.length > 0 ? [fill(r.verdictSame, { after: word(now.balanced), why: why.join(lang === 'en' ? '; ' : '；') })] : [];
}

/**
 * The result of a run in words, and (where cards render) a button to resolve its differences:
 * the run's own counts, what changed against the open differences (new, carried with their
 * numbers, settled, replaced; in-transit items cleared), why the balance statement's verdict
 * moved, and the account's figures as the status card has them (`standing`).
 */
export function runSummary(
  result: RunResult, account: Account, lang: Lang, viewer: Role, cards: boolean, standing?: AccountStatus | null, hint: string = account.number,
): Partial<Activity> {
  const r = messages(lang).resolve.run;
  const s = result.report.summary;
  const b = result.report.balance;
  const cur = account.currency;
  const open = standing ? standing.open.reduce((n, g) => n + g.count, 0) : null;
  const lines = [
    fill(r.result, { account: maskAccount(account.number, viewer), period: result.period, runId: result.runId }),
    fill(r.counts2, { bank: s.bankCount, ledger: s.ledgerCount, matchedBank: s.matchedBank, matchedLedger: s.matchedLedger, differences: s.differences }),
    ...changeLines(result, lang),
    b.balanced ? fill(r.balanced, { amount: amountText(new Decimal(b.adjustedBank), cur) }) : fill(r.unbalanced, { bank: amountText(new Decimal(b.adjustedBank), cur), ledger: amountText(new Decimal(b.adjustedLedger), cur) }),
    ...verdictLine(result, lang, cur),
    ...(result.supersededRunId ? [fill(r.superseded, { runId: result.supersededRunId })] : []),
    ...(standing && standing.inTransit.count > 0 ? [fill(r.transitWaiting, { count: standing.inTransit.count, overdue: standing.inTransit.overdue.length })] : []),
    ...(standing && open !== null ? [fill(r.standing, { open, awaiting: standing.awaiting.count })] : []),
  ];
  const text = lines.join('\n');
  if (!cards || (s.differences === 0 && !open)) return { type: ActivityTypes.Message, text };
  // Card data reaches the client: the account's unique tail for non-admins (`hint`), never its full number.
  const start: EntrySubmit = { action: 'resolve.start', v: 1, account: hint };
  const card = {
    type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', fallbackText: text,
    body: lines.map((l, i) => ({ type: 'TextBlock', text: l, wrap: true, ...(i === 0 ? { weight: 'Bolder' } : {}) })),
    actions: [{ type: 'Action.Submit', title: r.resolveButton, data: start }],
  };
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] };
}
