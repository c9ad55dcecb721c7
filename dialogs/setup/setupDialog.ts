/**
 * First-time setup for admins ("设置" / "setup" [account]): per account, the reconciliation cycle
 * and the default matching options (date window, amount tolerance on/off, write-off limit), and whether
 * whoever posted a difference's lines may approve its resolution (segregation of duties), and the
 * book's opening balance with its as-of date (for journals that state none; README "The book side").
 * Each answer is checked as it is typed; the store validates the whole patch with zod again and
 * audits the change (engine/service/accounts.ts updateAccountSettings).
 */
import { z } from 'zod';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { Decimal, parseAmount } from '../../engine/money.ts';
import type { Account } from '../../engine/service/accounts.ts';
import { parseDayCount, type Cycle } from '../../engine/service/period.ts';
import type { Prompt } from '../flow/card.ts';
import { FlowDialog, type FlowContext, type FlowOptions, type Outcome, type StepInput } from '../flow/flowDialog.ts';
import { amountText, refusalText } from '../flow/format.ts';
import { accountChoices, maskAccount } from '../flow/mask.ts';
import type { GuidedPorts, Role } from '../ports.ts';

export const SETUP_DIALOG = 'setup';
const CYCLES: readonly Cycle[] = ['daily', 'monthly', 'quarterly', 'semiannual', 'annual'];

const CycleSchema = z.enum(['daily', 'monthly', 'quarterly', 'semiannual', 'annual']) satisfies z.ZodType<Cycle>;

const SetupDataSchema = z.object({
  account: z.string().optional(),
  cycle: CycleSchema.optional(),
  window: z.number().int().optional(),
  /** null: tolerance off. */
  tolerance: z.string().nullable().optional(),
  limit: z.string().optional(),
  segregation: z.boolean().optional(),
  /** The book opening as typed; null: keep the account's. */
  opening: z.object({ amount: z.string(), asOf: z.string() }).nullable().optional(),
  /** One field chosen at the 'field' step: after its answer the dialog goes straight to confirm. */
  only: z.boolean().optional(),
  /** The opening's form as last submitted (kept when a field is wrong, and on 返回). */
  openingDraft: z.object({ amount: z.string(), asOf: z.string() }).optional(),
  openingErrors: z.object({ amount: z.string().optional(), asOf: z.string().optional() }).optional(),
});
export type SetupData = z.infer<typeof SetupDataSchema>;

const SKIP = new Set(['跳过', '不变', '保持', 'skip', 'keep']);

/** An opening amount as typed ("100000.00", "-7,800", "¥5"), as plain text, at most two decimals; else null. */
function openingAmount(text: string): string | null {
  const d = parseAmount(text.replace(/^(¥|￥)/, '').replace(/元$/, ''));
  return d === null || d.decimalPlaces() > 2 ? null : d.toFixed();
}

/** A real calendar day written YYYY-MM-DD; else null. */
function openingDate(text: string): string | null {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return null;
  const day = new Date(`${t}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || !day.toISOString().startsWith(t) ? null : t;
}

/** "100000.00 2026-11-01" (amount, may be negative, then the as-of date); else null. */
function openingInput(text: string): { amount: string; asOf: string } | null {
  const m = /^\s*(\S+)\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(text);
  const amount = m ? openingAmount(m[1]!) : null;
  const asOf = m ? openingDate(m[2]!) : null;
  return amount === null || asOf === null ? null : { amount, asOf };
}

/** The step data of an account as it is now: every field filled, so one can be changed alone. */
function settingsOf(a: Account): SetupData {
  return {
    account: a.number, cycle: a.cycle, window: a.dateWindowDays, tolerance: a.amountTolerance === null ? null : a.amountTolerance.toFixed(),
    limit: a.writeOffLimit.toFixed(), segregation: a.segregatePosting, opening: null,
  };
}

/** The fields the 'field' step offers, each with the step that asks it. */
const FIELDS = [['cycle', 'fieldCycle'], ['window', 'fieldWindow'], ['tolerance', 'fieldTolerance'], ['limit', 'fieldLimit'], ['segregation', 'fieldSegregation'], ['opening', 'fieldOpening']] as const;

/** A non-negative decimal as typed ("100", "1,000.00", "¥5"), as plain text; else null. */
function nonNegative(text: string): string | null {
  const d = parseAmount(text.replace(/^\s*(¥|￥|CNY|RMB)\s*/i, '').replace(/\s*(元|CNY|RMB)\s*$/i, ''));
  return d !== null && !d.isNegative() && d.decimalPlaces() <= 2 ? d.toFixed() : null;
}

export class SetupDialog extends FlowDialog<SetupData> {
  protected readonly roles: readonly Role[] = ['admin'];
  protected readonly dataSchema = SetupDataSchema;

  constructor(private readonly ports: GuidedPorts) {
    super(SETUP_DIALOG, ports);
  }

  protected help(lang: Lang): string {
    return messages(lang).resolve.setup.help;
  }

  protected async start(ctx: FlowContext, options: FlowOptions): Promise<Outcome<SetupData>> {
    const r = messages(ctx.lang).resolve;
    const accounts = await this.ports.cases.accounts();
    if (accounts.length === 0) return { kind: 'end', say: r.setup.noAccounts };
    const hint = typeof options.account === 'string' ? options.account : undefined;
    if (hint) {
      const found = accounts.filter((a) => a.number.endsWith(hint));
      if (found.length !== 1) return { kind: 'end', say: fill(r.list.unknownAccount, { hint }) };
      return { kind: 'next', step: 'field', data: settingsOf(found[0]!), say: r.setup.welcome };
    }
    return { kind: 'next', step: 'account', data: {}, say: r.setup.welcome };
  }

  private describe(a: Account, lang: Lang): Record<string, string> {
    const r = messages(lang).resolve;
    return {
      cycle: r.cycles[a.cycle], window: String(a.dateWindowDays),
      tolerance: a.amountTolerance === null ? r.setup.off : amountText(a.amountTolerance, a.currency), limit: amountText(a.writeOffLimit, a.currency),
      segregation: a.segregatePosting ? r.setup.on : r.setup.off,
      opening: a.bookOpening === null ? r.setup.openingNone : fill(r.setup.openingValue, { amount: amountText(a.bookOpening.amount, a.currency), asOf: a.bookOpening.asOf }),
    };
  }

  protected async prompt(ctx: FlowContext, step: string, data: SetupData): Promise<Prompt> {
    const r = messages(ctx.lang).resolve;
    if (step === 'account') {
      const accounts = await this.ports.cases.accounts();
      return { title: r.setup.askAccount, lines: [], choices: accountChoices(accounts, ctx.person.role, r.run.account) };
    }
    const a = (await this.ports.cases.account(data.account!))!;
    const now = this.describe(a, ctx.lang);
    switch (step) {
      case 'field':
        return {
          title: r.setup.askField, lines: [fill(r.setup.current, now)],
          choices: [...FIELDS.map(([value, label]) => ({ value, label: fill(r.setup[label], now) })), { value: 'all', label: r.setup.fieldAll, aliases: ['全部', 'all'] }],
        };
      case 'cycle':
        return { title: r.setup.askCycle, lines: [fill(r.setup.current, now)], choices: CYCLES.map((c) => ({ value: c, label: r.cycles[c], aliases: [c] })) };
      case 'window':
        return { title: fill(r.setup.askWindow, now), lines: [], input: { placeholder: r.setup.windowPlaceholder } };
      case 'tolerance':
        return { title: fill(r.setup.askTolerance, now), lines: [], choices: [{ value: 'on', label: r.setup.toleranceOn, aliases: ['on', '是', '开'] }, { value: 'off', label: r.setup.toleranceOff, aliases: ['off', '否', '关'] }] };
      case 'toleranceAmount':
        return { title: r.setup.askToleranceAmount, lines: [], input: { placeholder: r.setup.tolerancePlaceholder } };
      case 'limit':
        return { title: fill(r.setup.askLimit, now), lines: [], input: { placeholder: r.setup.limitPlaceholder } };
      case 'segregation':
        return { title: fill(r.setup.askSegregation, now), lines: [], choices: [{ value: 'on', label: r.setup.toleranceOn, aliases: ['on', '是', '开'] }, { value: 'off', label: r.setup.toleranceOff, aliases: ['off', '否', '关'] }] };
      case 'opening': {
        // The amount and its date in one card (typed, "100000.00 2026-11-01" in one message still works).
        const draft = data.openingDraft ?? { amount: '', asOf: '' };
        const errors = data.openingErrors ?? {};
        return {
          title: fill(r.setup.askOpening, now), lines: [],
          form: { fields: [
            { id: 'amount', label: r.setup.openingAmount, placeholder: '100000.00', value: draft.amount, maxLength: 32, ...(errors.amount ? { error: errors.amount } : {}) },
            { id: 'asOf', label: r.setup.openingAsOf, placeholder: '2026-11-01', value: draft.asOf, maxLength: 10, ...(errors.asOf ? { error: errors.asOf } : {}) },
          ] },
          extra: [{ value: 'skip', label: r.setup.openingSkip, aliases: [...SKIP] }],
        };
      }
      default:
        return {
          lines: this.changeLines(a, data, ctx.lang),
          title: fill(r.setup.confirm, {
            opening: data.opening ? fill(r.setup.openingValue, { amount: `${data.opening.amount} ${a.currency}`, asOf: data.opening.asOf }) : now.opening!,
            account: maskAccount(a.number, ctx.person.role), cycle: r.cycles[data.cycle!], window: String(data.window),
            tolerance: data.tolerance === null || data.tolerance === undefined ? r.setup.off : `${data.tolerance} ${a.currency}`, limit: `${data.limit} ${a.currency}`,
            segregation: data.segregation ? r.setup.on : r.setup.off,
          }),
          choices: [{ value: 'yes', label: r.setup.yes, aliases: ['保存', '确认', '是', 'yes', 'save'] }, { value: 'no', label: r.setup.no, aliases: ['否', '不', 'no'] }],
        };
    }
  }

  /** "核销限额：10.00 CNY → 100 CNY" for each field the answers change; "没有改动" when none. */
  private changeLines(a: Account, data: SetupData, lang: Lang): string[] {
    const r = messages(lang).resolve.setup;
    const before = this.describe(a, lang);
    const after: Record<string, string> = {
      cycle: messages(lang).resolve.cycles[data.cycle!], window: String(data.window),
      tolerance: data.tolerance === null || data.tolerance === undefined ? r.off : amountText(new Decimal(data.tolerance), a.currency),
      limit: amountText(new Decimal(data.limit!), a.currency), segregation: data.segregation ? r.on : r.off,
      opening: data.opening ? fill(r.openingValue, { amount: amountText(new Decimal(data.opening.amount), a.currency), asOf: data.opening.asOf }) : before.opening!,
    };
    const changed = FIELDS.map(([f]) => f).filter((f) => before[f] !== after[f]);
    if (changed.length === 0) return [r.noChange];
    const shown = (f: string, v: string): string => (f === 'window' ? fill(r.days, { n: v }) : v);
    return [r.changes, ...changed.map((f) => fill(r.change, { field: r.names[f], old: shown(f, before[f]!), new: shown(f, after[f]!) }))];
  }

  /** The opening's card as submitted: both fields checked, each problem under its field, the values kept. */
  private openingForm(ctx: FlowContext, data: SetupData, fields: Readonly<Record<string, string>>): Outcome<SetupData> {
    const r = messages(ctx.lang).resolve.setup;
    const draft = { amount: fields['amount'] ?? '', asOf: fields['asOf'] ?? '' };
    const amount = openingAmount(draft.amount);
    const asOf = openingDate(draft.asOf);
    if (amount !== null && asOf !== null) return { kind: 'next', step: 'confirm', data: { ...data, opening: { amount, asOf }, openingDraft: draft } };
    const openingErrors = {
      ...(amount === null ? { amount: fill(r.notOpeningAmount, { text: draft.amount.slice(0, 40) }) } : {}),
      ...(asOf === null ? { asOf: fill(r.notOpeningDate, { text: draft.asOf.slice(0, 40) }) } : {}),
    };
    return { kind: 'redo', data: { ...data, openingDraft: draft, openingErrors } };
  }

  /** 返回 keeps the opening as typed (the form shows it again). */
  protected override keepOnBack(from: SetupData, to: SetupData): SetupData {
    return from.openingDraft ? { ...to, openingDraft: from.openingDraft } : to;
  }

  /** The step after a field's answer: the next field when going through all, else the confirmation. */
  private after(data: SetupData, next: string): string {
    return data.only ? 'confirm' : next;
  }

  protected async handle(ctx: FlowContext, step: string, data: SetupData, input: StepInput): Promise<Outcome<SetupData>> {
    const r = messages(ctx.lang).resolve;
    const pick = async (): Promise<Outcome<SetupData>> => ({ kind: 'stay', say: fill(r.flow.chooseOne, { max: (await this.prompt(ctx, step, data)).choices?.length ?? 0 }) });
    switch (step) {
      case 'account': {
        const a = input.choice === null ? null : await this.ports.cases.account(input.choice);
        return a ? { kind: 'next', step: 'field', data: settingsOf(a) } : pick();
      }
      case 'field': {
        const field = FIELDS.find(([f]) => f === input.choice);
        if (input.choice === 'all') return { kind: 'next', step: 'cycle', data: { ...data, only: false } };
        return field ? { kind: 'next', step: field[0], data: { ...data, only: true } } : pick();
      }
      case 'cycle': {
        // A cycle, not 下一页/上一页 (commands reach every step as a choice).
        const cycle = CycleSchema.safeParse(input.choice);
        return cycle.success ? { kind: 'next', step: this.after(data, 'window'), data: { ...data, cycle: cycle.data } } : pick();
      }
      case 'window': {
        // "5", "5天", "近5天", "五天", "5 days" all mean five days.
        const n = parseDayCount(input.text) ?? NaN;
        if (!(n >= 0 && n <= 366)) return { kind: 'stay', say: fill(r.setup.notWindow, { text: input.text.slice(0, 40) }) };
        return { kind: 'next', step: this.after(data, 'tolerance'), data: { ...data, window: n } };
      }
      case 'tolerance':
        if (input.choice === null) return pick();
        return input.choice === 'on' ? { kind: 'next', step: 'toleranceAmount', data } : { kind: 'next', step: this.after(data, 'limit'), data: { ...data, tolerance: null } };
      case 'toleranceAmount': {
        const v = nonNegative(input.text);
        if (v === null) return { kind: 'stay', say: fill(r.setup.notAmount, { text: input.text.slice(0, 40) }) };
        return { kind: 'next', step: this.after(data, 'limit'), data: { ...data, tolerance: v } };
      }
      case 'limit': {
        const v = nonNegative(input.text);
        if (v === null) return { kind: 'stay', say: fill(r.setup.notAmount, { text: input.text.slice(0, 40) }) };
        return { kind: 'next', step: this.after(data, 'segregation'), data: { ...data, limit: v } };
      }
      case 'segregation':
        return input.choice === null ? pick() : { kind: 'next', step: this.after(data, 'opening'), data: { ...data, segregation: input.choice === 'on' } };
      case 'opening': {
        const { openingErrors: _errors, ...clean } = data;
        if (input.choice === 'skip' || SKIP.has(input.text.trim().toLowerCase())) return { kind: 'next', step: 'confirm', data: { ...clean, opening: null } };
        if (input.fields !== null) return this.openingForm(ctx, clean, input.fields);
        const opening = openingInput(input.text);
        if (opening === null) return { kind: 'stay', say: fill(r.setup.notOpening, { text: input.text.slice(0, 40) }) };
        return { kind: 'next', step: 'confirm', data: { ...clean, opening, openingDraft: opening } };
      }
      default: {
        if (input.choice === 'no') return { kind: 'end', say: r.setup.notSaved };
        if (input.choice !== 'yes') return pick();
        const out = await this.ports.cases.updateSettings(data.account!, {
          cycle: data.cycle!, dateWindowDays: data.window!, amountTolerance: data.tolerance ?? null, writeOffLimit: data.limit!, segregatePosting: data.segregation!,
          ...(data.opening ? { bookOpening: data.opening.amount, bookOpeningAsOf: data.opening.asOf } : {}),
        }, ctx.person.channelUserId);
        if (!out.ok) return { kind: 'end', say: refusalText(out, ctx.lang, '') };
        return { kind: 'end', say: fill(r.setup.saved, { account: maskAccount(out.account.number, ctx.person.role) }) };
      }
    }
  }
}
