/**
 * "处理差异" / "resolve differences" [account]: a paged list of the differences staff can act on →
 * one difference in plain words with both sides' lines and candidate counterparts → an action →
 * what the action needs (a candidate, an entry reference, the write-off amount) → a reason →
 * confirm → a proposal in the store, and the approvers are sent the approval card. "备注" adds a
 * note without proposing. The store decides what is legal; this dialog only asks and explains.
 */
import { z } from 'zod';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { Decimal, formatAmount } from '../../engine/money.ts';
import type { ResolutionInput } from '../../engine/service/resolve.ts';
import type { Choice, Prompt, RowCells } from '../flow/card.ts';
import { FlowDialog, type FlowContext, type FlowOptions, type Outcome, type StepInput } from '../flow/flowDialog.ts';
import { amountText, lastActorText, lineText, refusalText } from '../flow/format.ts';
import { fitsDifference } from '../../engine/service/lifecycle.ts';
import { ageInDays, dayAfter, daysBetween, isIsoDate, parseDayCount } from '../../engine/service/period.ts';
import type { DifferenceView, LineView } from '../../engine/service/differences.ts';
import { outside } from '../flow/text.ts';
import { maskAccount } from '../flow/mask.ts';
import { answerForm, fieldsOf, formPrompt, writeOffProblem, type FormSubject } from './reasonForm.ts';
import type { GuidedPorts, ProposalCard, Role } from '../ports.ts';

export const RESOLVE_DIALOG = 'resolve';
const PAGE = 5;
const MAX_TEXT = 500;

const ActionSchema = z.enum(['manual_match', 'bank_error', 'ledger_adjustment', 'pending_customer', 'write_off', 'annotate', 'in_transit']);
type Action = z.infer<typeof ActionSchema>;
const ACTIONS: readonly Action[] = ActionSchema.options;
const ALIASES: Record<Action, string[]> = {
  manual_match: ['匹配', '手工匹配', 'match', 'manual match'],
  bank_error: ['银行差错', 'bank error'],
  ledger_adjustment: ['调账', '企业调账', 'adjust', 'ledger adjustment'],
  pending_customer: ['待客户确认', '客户确认', 'customer', 'pending customer'],
  write_off: ['核销', 'write off', 'write-off'],
  in_transit: ['未达账项', '未达', '在途', '标记未达', 'in transit', 'carry', 'carry forward'],
  annotate: ['备注', '加备注', 'note', 'annotate'],
};
/** Days ahead offered as buttons for an expected clearing date. */
const TRANSIT_DAYS = [3, 7, 15] as const;

const ResolveDataSchema = z.object({
  account: z.string().optional(),
  offset: z.number().int().nonnegative(),
  id: z.string().optional(),
  version: z.number().int().optional(),
  action: ActionSchema.optional(),
  matchLineIds: z.array(z.string()).optional(),
  entryReference: z.string().optional(),
  reason: z.string().optional(),
  /** The write-off amount as typed to confirm it (kept in the form). */
  writeOffAmount: z.string().optional(),
  /** The form's problems, each shown under its field until it is answered. */
  errors: z.object({ entryReference: z.string().optional(), writeOffAmount: z.string().optional(), reason: z.string().optional() }).optional(),
});
export type ResolveData = z.infer<typeof ResolveDataSchema>;

/** The data without the form's problems (they belong to the form as it was shown). */
function withoutErrors(data: ResolveData): ResolveData {
  const { errors: _errors, ...rest } = data;
  return rest;
}

/** The data for a newly chosen action: what only another action needs is dropped (the reason stays). */
function forAction(data: ResolveData, action: Action): ResolveData {
  const { matchLineIds, entryReference, writeOffAmount, errors: _errors, ...rest } = data;
  return {
    ...rest,
    ...(action === 'manual_match' && matchLineIds ? { matchLineIds } : {}),
    ...(action === 'ledger_adjustment' && entryReference !== undefined ? { entryReference } : {}),
    ...(action === 'write_off' && writeOffAmount !== undefined ? { writeOffAmount } : {}),
  };
}

/** Days from today that words name at the expected-date step. */
const RELATIVE_DAYS: Readonly<Record<string, number>> = { 今天: 0, 明天: 1, 明日: 1, 后天: 2, today: 0, tomorrow: 1 };

/** States in which staff may still propose or annotate. */
const ACTIONABLE = new Set(['open', 'in_review', 'rejected']);

export class ResolveDialog extends FlowDialog<ResolveData> {
  protected readonly roles: readonly Role[] = ['staff', 'approver', 'admin'];
  protected readonly dataSchema = ResolveDataSchema;

  /** `approvalCard`: what approvers are sent for a proposal (the approval dialog's card). */
  constructor(private readonly ports: GuidedPorts, private readonly approvalCard: ProposalCard) {
    super(RESOLVE_DIALOG, ports);
  }

  protected help(lang: Lang, step: string, data?: ResolveData): string {
    const r = messages(lang).resolve;
    // The form's help names every field it asks for.
    if (step === 'reason' && data?.action === 'ledger_adjustment') return `${r.entryRef.help}${r.reason.help}`;
    if (step === 'reason' && data?.action === 'write_off') return `${r.writeOff.help.replace('{limit}', '—')}${r.reason.help}`;
    switch (step) {
      case 'list': return r.list.help;
      case 'detail': return r.detail.help;
      case 'candidate': return r.candidate.help;
      case 'entryRef': return r.entryRef.help;
      case 'writeOff': return r.writeOff.help.replace('{limit}', '—');
      case 'note': return r.note.help;
      case 'transit': return r.transit.help;
      case 'confirm': return r.confirm.help;
      default: return r.reason.help;
    }
  }

  protected async start(ctx: FlowContext, options: FlowOptions): Promise<Outcome<ResolveData>> {
    const r = messages(ctx.lang).resolve;
    // "处理差异 #5" / "#5": that difference at once, when it is one staff can act on.
    if (typeof options.difference === 'string') {
      const d = await this.ports.cases.detail(options.difference);
      if (!d) return { kind: 'end', say: fill(r.refusal.unknown_difference, { id: options.difference }) };
      if (!ACTIONABLE.has(d.state)) return { kind: 'end', say: fill(r.list.notListed, { id: d.id, state: r.states[d.state] }) };
      return { kind: 'next', step: 'detail', data: { offset: 0, id: d.id, version: d.version } };
    }
    let account: string | undefined;
    const hint = typeof options.account === 'string' ? options.account : undefined;
    if (hint) {
      const found = (await this.ports.cases.accounts()).filter((a) => a.number.endsWith(hint));
      if (found.length !== 1) return { kind: 'stay', say: fill(r.list.unknownAccount, { hint }) };
      account = found[0]!.number;
    }
    const page = await this.ports.cases.listActionable({ ...(account ? { account } : {}), offset: 0, limit: PAGE });
    if (page.items.length === 0) return { kind: 'end', say: account ? fill(r.list.noneAccount, { account: maskAccount(account, ctx.person.role) }) : r.list.none };
    return { kind: 'next', step: 'list', data: { ...(account ? { account } : {}), offset: 0 } };
  }

  protected async prompt(ctx: FlowContext, step: string, data: ResolveData): Promise<Prompt> {
    const r = messages(ctx.lang).resolve;
    switch (step) {
      case 'list': return this.listPrompt(ctx, data);
      case 'detail': return this.detailPrompt(ctx, data);
      case 'candidate': {
        const cands = await this.ports.cases.candidates(data.id!);
        return {
          title: r.candidate.title,
          lines: cands.length === 0 ? [r.candidate.none] : [],
          choices: cands.map((c) => ({
            value: c.line.id,
            label: fill(r.candidate.item, {
              date: c.line.date, amount: amountText(c.line.amount, c.line.currency), reference: outside(c.line.reference),
              counterparty: outside(c.line.counterparty), reasons: c.reasons.map((x) => r.reasons[x]).join('、'),
            }).replace(/\s+/g, ' '),
          })),
        };
      }
      case 'entryRef': return { title: r.entryRef.title, lines: [], input: { placeholder: r.entryRef.placeholder } };
      case 'writeOff': {
        const d = await this.ports.cases.detail(data.id!);
        return { title: fill(r.writeOff.title, { amount: d ? formatAmount(d.amount.abs(), d.currency) : '' }), lines: [], input: { placeholder: r.writeOff.placeholder } };
      }
      case 'note': return { title: r.note.title, lines: [], input: { placeholder: r.note.placeholder } };
      case 'transit': {
        const today = this.ports.cases.today();
        return {
          title: r.transit.title, lines: [], input: { placeholder: r.transit.placeholder },
          extra: TRANSIT_DAYS.map((n) => { const date = plusDays(today, n); return { value: date, label: fill(r.transit.inDays, { days: n, date }) }; }),
        };
      }
      case 'reason': return formPrompt(data.action ?? '', data, data.errors ?? {}, await this.formSubject(data), ctx.lang);
      default: return this.confirmPrompt(ctx, data);
    }
  }

  private async listPrompt(ctx: FlowContext, data: ResolveData): Promise<Prompt> {
    const r = messages(ctx.lang).resolve;
    const page = await this.ports.cases.listActionable({ ...(data.account ? { account: data.account } : {}), offset: data.offset, limit: PAGE });
    const range = { from: Math.min(data.offset + 1, page.total), to: data.offset + page.items.length, total: page.total };
    const title = data.account ? fill(r.list.titleAccount, { account: maskAccount(data.account, ctx.person.role), ...range }) : fill(r.list.title, range);
    const today = this.ports.cases.today();
    // One numbering scheme: the row shows #id, and #id (or the bare number) is what one types.
    const choices: Choice[] = page.items.map((d) => ({ value: d.id, label: this.rowLabel(ctx, d, today), aliases: [`#${d.id}`, d.id], cells: this.rowCells(ctx, d, today) }));
    const extra: Choice[] = [
      ...(data.offset > 0 ? [{ value: 'prev', label: r.list.prev }] : []),
      ...(page.more ? [{ value: 'next', label: r.list.next }] : []),
    ];
    const lines = page.items.length === 0 ? [r.list.none] : [r.list.pick];
    if (page.awaiting > 0) lines.push(fill(r.list.awaiting, { count: page.awaiting }));
    return { title, lines, choices, extra, numbered: false };
  }

  /** A row's words in one line: the button's name (screen readers) and the plain-text list. */
  private rowLabel(ctx: FlowContext, d: DifferenceView, today: string): string {
    const r = messages(ctx.lang).resolve;
    return fill(r.list.item, {
      id: d.id, account: maskAccount(d.account, ctx.person.role), kind: messages(ctx.lang).kinds[d.kind], amount: amountText(d.amount, d.currency),
      days: ageInDays(d.firstDate, today), state: r.states[d.state],
    });
  }

  /** A row of the list: #id, account suffix and kind, counterparty and state below, amount and age aligned. */
  private rowCells(ctx: FlowContext, d: DifferenceView, today: string): RowCells {
    const r = messages(ctx.lang).resolve;
    const state = d.state === 'open' ? '' : fill(r.list.rowState, { state: r.states[d.state] });
    const transit = d.transitExpected ? fill(r.list.rowTransit, { expected: d.transitExpected }) : '';
    return {
      id: `#${d.id}`,
      title: fill(r.list.rowTitle, { account: maskAccount(d.account, ctx.person.role), kind: messages(ctx.lang).kinds[d.kind] }),
      detail: `${outside(d.counterparty, 24)}${state}${transit}`.replace(/^ · /, ''),
      amount: amountText(d.amount, d.currency),
      age: fill(r.list.age, { days: ageInDays(d.firstDate, today) }),
    };
  }

  private async detailPrompt(ctx: FlowContext, data: ResolveData): Promise<Prompt> {
    const r = messages(ctx.lang).resolve;
    const d = await this.ports.cases.detail(data.id!);
    if (!d) return { title: fill(r.refusal.unknown_difference, { id: data.id! }), lines: [] };
    const cands = await this.ports.cases.candidates(d.id);
    const lines: string[] = [
      r.kindExplain[d.kind],
      fill(r.detail.amount, { amount: amountText(d.amount, d.currency), account: maskAccount(d.account, ctx.person.role), period: d.period }),
      fill(r.detail.state, { state: r.states[d.state], by: lastActorText(d, ctx.person.channelUserId, ctx.lang) }),
    ];
    const today = this.ports.cases.today();
    if (d.firstDate) lines.push(fill(r.detail.age, { days: ageInDays(d.firstDate, today), date: d.firstDate }));
    if (d.transitExpected) {
      const late = daysBetween(d.transitExpected, today);
      lines.push(fill(r.detail.transit, { expected: d.transitExpected, late: late > 0 ? fill(r.detail.transitLate, { days: late }) : '' }));
    }
    if (d.note) lines.push(fill(r.detail.note, { note: outside(d.note, 500) }));
    const last = d.resolutions.at(-1);
    if (d.state === 'rejected' && last?.decision === 'rejected') {
      lines.push(fill(r.detail.rejected, { name: outside((await this.ports.cases.nameOf(last.decidedBy ?? '')) ?? last.decidedBy ?? ''), comment: outside(last.comment, 500) }));
    }
    lines.push(...linesOf(d, ctx.lang));
    if (d.side !== 'both' && d.kind !== 'duplicate') {
      lines.push(...(cands.length === 0 ? [r.detail.noCandidates] : [r.detail.candidates, ...cands.map((c) => fill(r.detail.candidate, {
        date: c.line.date, amount: amountText(c.line.amount, c.line.currency), reference: outside(c.line.reference), counterparty: outside(c.line.counterparty),
        reasons: c.reasons.map((x) => r.reasons[x]).join('、'), days: c.days,
      }).replace(/\s+/g, ' '))]));
    }
    if (!ACTIONABLE.has(d.state)) return { title: fill(r.detail.title, { id: d.id, kind: messages(ctx.lang).kinds[d.kind] }), lines: [...lines, fill(r.detail.notActionable, { id: d.id, state: r.states[d.state] })] };
    // Only actions that can go through: no 核销 above the account's write-off limit (and why not).
    const limit = await this.writeOffLimitExceeded(d);
    if (limit) lines.push(fill(r.writeOff.notOffered, { amount: amountText(d.amount.abs(), d.currency), limit: amountText(limit, d.currency) }));
    lines.push(r.detail.choose);
    // A duplicate is corrected on the side that booked it twice (fitsDifference, the store's own rule).
    const offered = ACTIONS.filter((a) => (a !== 'manual_match' || cands.length > 0) && (a !== 'write_off' || !limit) && (a !== 'in_transit' || inTransitAllowed(d)) && fitsDifference(a, d));
    return {
      title: fill(r.detail.title, { id: d.id, kind: messages(ctx.lang).kinds[d.kind] }),
      lines,
      choices: offered.map((a) => ({ value: a, label: r.actions[a], aliases: ALIASES[a] })),
    };
  }

  private async confirmPrompt(ctx: FlowContext, data: ResolveData): Promise<Prompt> {
    const r = messages(ctx.lang).resolve;
    const d = (await this.ports.cases.detail(data.id!))!;
    const lines = [
      fill(r.confirm.difference, { id: d.id, kind: messages(ctx.lang).kinds[d.kind], amount: amountText(d.amount, d.currency) }),
      fill(r.confirm.action, { action: r.actionNames[data.action!] }),
      ...(await this.matchLines(data, ctx.lang)).map((l) => fill(r.confirm.match, { line: l })),
      ...(data.entryReference ? [fill(r.confirm.entryRef, { ref: outside(data.entryReference) })] : []),
      fill(r.confirm.reason, { reason: outside(data.reason, 500) }),
    ];
    return { title: r.confirm.title, lines, choices: [{ value: 'yes', label: r.confirm.yes, aliases: ['确认', '是', 'yes', 'y', 'ok'], style: 'positive' }, { value: 'no', label: r.confirm.no, aliases: ['否', '不', 'no', 'n'] }] };
  }

  private async matchLines(data: ResolveData, lang: Lang): Promise<string[]> {
    if (!data.matchLineIds || data.matchLineIds.length === 0) return [];
    const cands = await this.ports.cases.candidates(data.id!);
    return cands.filter((c) => data.matchLineIds!.includes(c.line.id)).map((c) => lineText(c.line, lang));
  }

  protected async handle(ctx: FlowContext, step: string, data: ResolveData, input: StepInput): Promise<Outcome<ResolveData>> {
    const r = messages(ctx.lang).resolve;
    const text = (required: string, tooLong: string): Outcome<ResolveData> | string => {
      if (input.text === '') return { kind: 'stay', say: required };
      if (input.text.length > MAX_TEXT) return { kind: 'stay', say: tooLong };
      return input.text;
    };
    switch (step) {
      case 'list': return this.listChoice(ctx, data, input);
      case 'detail': return this.chosenAction(ctx, data, input);
      case 'candidate':
        if (input.choice === null) return this.chooseAgain(ctx, step, data, input);
        return { kind: 'next', step: 'reason', data: { ...data, matchLineIds: [input.choice] } };
      case 'entryRef': {
        if (input.text === '') return { kind: 'stay', say: r.entryRef.required };
        if (input.text.length > 64) return { kind: 'stay', say: r.entryRef.tooLong };
        return { kind: 'next', step: 'reason', data: { ...data, entryReference: input.text } };
      }
      case 'writeOff': return this.writeOffAmount(ctx, data, input);
      case 'note': {
        const note = text(r.note.required, r.reason.tooLong);
        if (typeof note !== 'string') return note;
        const out = await this.ports.cases.annotate({ differenceId: data.id!, version: data.version!, actor: ctx.person.channelUserId, note });
        return { kind: 'end', say: out.ok ? fill(r.note.saved, { id: data.id! }) : refusalText(out, ctx.lang, data.id!) };
      }
      case 'transit': return this.transitDate(ctx, data, input);
      case 'reason': {
        const answer = answerForm(data.action ?? '', data, data.errors ?? {}, input, await this.formSubject(data), ctx.lang);
        if (!answer.done) return { kind: 'redo', data: { ...data, ...answer.values, errors: answer.errors } };
        return { kind: 'next', step: 'confirm', data: { ...withoutErrors(data), ...answer.values } };
      }
      default:
        return this.confirm(ctx, data, input);
    }
  }

  /** The difference a form is about (the write-off amount must equal it). */
  private async formSubject(data: ResolveData): Promise<FormSubject> {
    const d = await this.ports.cases.detail(data.id!);
    return d ? { amount: d.amount, currency: d.currency } : { amount: new Decimal(0), currency: 'CNY' };
  }

  /** A reason form's values submitted while an upload ran on top: kept, to be checked when it is submitted again. */
  override keepSubmitted(step: string, data: ResolveData, fields: Readonly<Record<string, string>>): ResolveData | null {
    if (step !== 'reason' || !data.action) return null;
    const values = Object.fromEntries(fieldsOf(data.action).filter((id) => fields[id] !== undefined).map((id) => [id, fields[id]]));
    return { ...withoutErrors(data), ...values };
  }

  /** 返回 keeps what was typed in the form (the step gone back to shows it again when it is asked for). */
  protected override keepOnBack(from: ResolveData, to: ResolveData): ResolveData {
    const kept = { entryReference: from.entryReference, writeOffAmount: from.writeOffAmount, reason: from.reason };
    return { ...withoutErrors(to), ...Object.fromEntries(Object.entries(kept).filter(([, v]) => v !== undefined)) };
  }

  /**
   * The list's answer: a page turn (refused politely at either end), or a difference by its number,
   * on this page or any other (#12 or 12), as long as it is one staff can act on (and on the
   * account the list is for). A bare 3 that is no row's number but could be the third row is asked
   * about.
   */
  private async listChoice(ctx: FlowContext, data: ResolveData, input: StepInput): Promise<Outcome<ResolveData>> {
    const r = messages(ctx.lang).resolve;
    if (input.choice === 'next' || input.choice === 'prev') {
      const page = await this.ports.cases.listActionable({ ...(data.account ? { account: data.account } : {}), offset: data.offset, limit: PAGE });
      if (input.choice === 'next' && !page.more) return { kind: 'stay', say: r.list.lastPage };
      if (input.choice === 'prev' && data.offset === 0) return { kind: 'stay', say: r.list.firstPage };
      const offset = Math.max(0, data.offset + (input.choice === 'next' ? PAGE : -PAGE));
      return { kind: 'next', step: 'list', data: { ...data, offset } };
    }
    const typed = /^([#＃]?)\s*(\d{1,18})$/.exec(input.text.trim());
    const id = input.choice ?? typed?.[2] ?? null;
    if (id === null) return { kind: 'stay', say: r.list.pickId };
    if (input.choice === null && typed?.[1] === '') {
      // A bare number that is no row's #: it may mean the row at that place (第三个 picks the
      // third row) or difference #n elsewhere. Ask rather than open the other one.
      const rows = (await this.prompt(ctx, 'list', data)).choices ?? [];
      const row = rows[Number(id) - 1];
      if (row) return { kind: 'stay', say: fill(r.list.rowOrId, { n: Number(id), row: row.value }) };
    }
    const d = await this.ports.cases.detail(id);
    if (!d) return { kind: 'stay', say: fill(r.refusal.unknown_difference, { id }) };
    if (!ACTIONABLE.has(d.state) || (data.account !== undefined && d.account !== data.account)) {
      return { kind: 'stay', say: input.choice !== null ? r.list.gone : fill(r.list.notListed, { id, state: r.states[d.state] }), reprompt: input.choice !== null };
    }
    return { kind: 'next', step: 'detail', data: { ...data, id: d.id, version: d.version } };
  }

  /** No choice was recognised: say how many there are (or that the number is out of range). */
  private async chooseAgain(ctx: FlowContext, step: string, data: ResolveData, input: StepInput): Promise<Outcome<ResolveData>> {
    const r = messages(ctx.lang).resolve;
    const p = await this.prompt(ctx, step, data);
    const max = p.choices?.length ?? 0;
    return { kind: 'stay', say: input.outOfRange ? fill(r.flow.outOfRange, { n: input.text, max }) : fill(r.flow.chooseOne, { max }) };
  }

  /** The account's write-off limit when the difference is above it (核销 is not offered then), else null. */
  private async writeOffLimitExceeded(d: { account: string; amount: Decimal }): Promise<Decimal | null> {
    const account = await this.ports.cases.account(d.account);
    return account && d.amount.abs().greaterThan(account.writeOffLimit) ? account.writeOffLimit : null;
  }

  /** The action chosen on the detail step, and the step it needs next (a write-off over the limit is refused here). */
  private async chosenAction(ctx: FlowContext, data: ResolveData, input: StepInput): Promise<Outcome<ResolveData>> {
    const r = messages(ctx.lang).resolve;
    const d = await this.ports.cases.detail(data.id!);
    if (!d || !ACTIONABLE.has(d.state)) return { kind: 'end', say: fill(r.detail.notActionable, { id: data.id!, state: d ? r.states[d.state] : '' }) };
    // 核销 typed although it is not offered (above the limit): say why rather than "choose 1 to 5".
    if (input.choice === null && ALIASES.write_off.includes(input.text.trim().toLowerCase())) input = { ...input, choice: 'write_off' };
    const chosen = ActionSchema.safeParse(input.choice);
    if (!chosen.success) return this.chooseAgain(ctx, 'detail', data, input);
    const action = chosen.data;
    const next = { ...forAction(data, action), action, version: data.version ?? d.version };
    switch (action) {
      case 'manual_match': return { kind: 'next', step: 'candidate', data: next };
      // The entry reference and the reason in one form.
      case 'ledger_adjustment': return { kind: 'next', step: 'reason', data: next };
      case 'annotate': return { kind: 'next', step: 'note', data: next };
      case 'in_transit':
        if (!inTransitAllowed(d)) return this.chooseAgain(ctx, 'detail', data, input);
        return { kind: 'next', step: 'transit', data: next };
      case 'write_off': {
        const limit = await this.writeOffLimitExceeded(d);
        if (limit) return { kind: 'stay', say: fill(r.writeOff.overLimit, { amount: amountText(d.amount.abs(), d.currency), limit: amountText(limit, d.currency) }) };
        // The amount typed to confirm and the reason in one form.
        return { kind: 'next', step: 'reason', data: next };
      }
      default: return { kind: 'next', step: 'reason', data: next };
    }
  }

  /** The expected clearing date (a date, a day count, or a button): the mark is saved at once. */
  private async transitDate(ctx: FlowContext, data: ResolveData, input: StepInput): Promise<Outcome<ResolveData>> {
    const r = messages(ctx.lang).resolve;
    const today = this.ports.cases.today();
    const typed = input.choice ?? input.text.trim();
    const days = RELATIVE_DAYS[typed.toLowerCase()] ?? parseDayCount(typed.replace(/^[+＋]/, '').replace(/后$|later$/i, '').trim());
    const expected = isIsoDate(typed) ? typed : days !== null ? plusDays(today, days) : null;
    // The example is the branch's own date a week on (not a date written into the text).
    if (expected === null) return { kind: 'stay', say: fill(r.transit.notDate, { text: outside(typed, 40), example: plusDays(today, 7) }) };
    // An expected date already past would be overdue the moment it is marked.
    if (expected < today) return { kind: 'stay', say: fill(r.transit.past, { expected, today }) };
    if (daysBetween(today, expected) > 366) return { kind: 'stay', say: fill(r.transit.tooFar, { expected }) };
    const out = await this.ports.cases.markInTransit({ differenceId: data.id!, version: data.version!, actor: ctx.person.channelUserId, expected });
    // A date the store will not take (before the line, over a year ahead): ask again.
    if (!out.ok && out.code === 'bad_input') return { kind: 'stay', say: refusalText(out, ctx.lang, data.id!) };
    return { kind: 'end', say: out.ok ? fill(r.transit.saved, { id: data.id!, expected }) : refusalText(out, ctx.lang, data.id!) };
  }

  /** The write-off amount typed to confirm: it must equal the difference, in the currency's minor units. */
  private async writeOffAmount(ctx: FlowContext, data: ResolveData, input: StepInput): Promise<Outcome<ResolveData>> {
    const d = (await this.ports.cases.detail(data.id!))!;
    const problem = writeOffProblem(input.text, d.amount, d.currency, ctx.lang);
    return problem === null ? { kind: 'next', step: 'reason', data } : { kind: 'stay', say: problem };
  }

  private async confirm(ctx: FlowContext, data: ResolveData, input: StepInput): Promise<Outcome<ResolveData>> {
    const r = messages(ctx.lang).resolve;
    if (input.choice === 'no') return { kind: 'end', say: r.confirm.notSubmitted };
    if (input.choice !== 'yes') return { kind: 'stay', say: fill(r.flow.chooseOne, { max: 2 }) };
    const action = data.action as Exclude<Action, 'annotate' | 'in_transit'>;
    const resolution: ResolutionInput = {
      kind: action, reason: data.reason ?? '',
      ...(data.entryReference ? { entryReference: data.entryReference } : {}),
      ...(data.matchLineIds ? { matchLineIds: data.matchLineIds } : {}),
    };
    const out = await this.ports.cases.propose({ differenceId: data.id!, version: data.version!, actor: ctx.person.channelUserId, resolution });
    if (!out.ok) {
      // A colleague acted in the meantime (a note, say) and the difference is still open to a proposal:
      // what they did is shown and the prepared proposal kept for one more confirmation. Anything else
      // (a proposal now pending, a decision) ends the dialog as before.
      const now = out.code === 'conflict' && !out.self ? { by: out.by, d: await this.ports.cases.detail(data.id!) } : null;
      if (now?.d && ACTIONABLE.has(now.d.state) && now.d.version !== data.version) {
        const say = fill(r.confirm.changedMeanwhile, { id: now.d.id, by: outside(now.by), state: r.states[now.d.state], note: outside(now.d.note ?? '—') });
        return { kind: 'redo', data: { ...data, version: now.d.version }, say };
      }
      return { kind: 'end', say: refusalText(out, ctx.lang, data.id!) };
    }
    const d = (await this.ports.cases.detail(data.id!))!;
    const proposal = d.resolutions.at(-1)!;
    const proposerName = ctx.person.name ?? ctx.person.channelUserId;
    const matchLines = data.matchLineIds ? await this.matchLinesAfter(data.matchLineIds) : [];
    const count = await this.ports.notify.approvers({ exclude: ctx.person.channelUserId }, (lang, cards) =>
      this.approvalCard({ difference: d, resolution: proposal, proposerName, matchLines: matchLines.map((l) => l(lang)), ...(this.ports.timeZone ? { timeZone: this.ports.timeZone } : {}) }, lang, cards));
    const action_ = r.actionNames[action];
    return { kind: 'end', say: count > 0 ? fill(r.confirm.submitted, { id: d.id, action: action_, count }) : fill(r.confirm.submittedNobody, { id: d.id, action: action_ }) };
  }

  /** The chosen lines, worded per recipient language (they are no longer candidates once proposed). */
  private async matchLinesAfter(ids: readonly string[]): Promise<Array<(lang: Lang) => string>> {
    const lines = await this.ports.cases.lines(ids);
    return lines.map((l) => (lang: Lang) => lineText(l, lang));
  }
}

/** `n` days after `day` (YYYY-MM-DD). */
function plusDays(day: string, n: number): string {
  let d = day;
  for (let i = 0; i < n; i++) d = dayAfter(d);
  return d;
}

/** Only an open one-sided difference can be in transit (runs re-examine open ones only). */
function inTransitAllowed(d: DifferenceView): boolean {
  return d.state === 'open' && d.side !== 'both' && d.kind !== 'duplicate';
}

/**
 * Both sides' lines, one text block each (cards collapse single line breaks inside a block). A
 * duplicate shows every booking of it, the repeated line and the ones it repeats, and not the
 * other side's "(none)".
 */
function linesOf(d: DifferenceView & { lines: readonly LineView[]; repeats: readonly LineView[] }, lang: Lang): string[] {
  const r = messages(lang).resolve;
  if (d.kind === 'duplicate') {
    const all = [...d.lines, ...d.repeats].sort((a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
    return [fill(r.detail.duplicateLines, { side: r.sides[d.side === 'ledger' ? 'ledger' : 'bank'] }), ...all.map((l) => `· ${lineText(l, lang)}`)];
  }
  const out: string[] = [];
  for (const side of ['bank', 'ledger'] as const) {
    const own = d.lines.filter((l) => l.side === side);
    out.push(fill(r.detail.lines, { side: r.sides[side] }), ...(own.length === 0 ? [r.detail.noLines] : own.map((l) => `· ${lineText(l, lang)}`)));
  }
  return out;
}
