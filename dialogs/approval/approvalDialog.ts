/**
 * Approval (maker-checker): "审批" lists the proposals waiting for this approver; the approval
 * card's buttons start here directly. Approve, or reject with a comment (required); the store
 * refuses self-approval, segregation-of-duties breaches and stale versions, and the proposer is
 * told the outcome proactively.
 */
import { ActivityTypes } from 'botbuilder';
import { z } from 'zod';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { pendingResolution } from '../../engine/service/approvals.ts';
import { saysWhy } from '../../engine/service/resolve.ts';
import type { DifferenceDetail } from '../../engine/service/differences.ts';
import { Decimal } from '../../engine/money.ts';
import { maskAccount } from '../flow/mask.ts';
import { ageInDays } from '../../engine/service/period.ts';
import { quotedWords, type Prompt } from '../flow/card.ts';
import { FlowDialog, type FlowContext, type FlowOptions, type Outcome, type StepInput } from '../flow/flowDialog.ts';
import { amountText, lastActorText, lineText, refusalText } from '../flow/format.ts';
import { outside } from '../flow/text.ts';
import { foldTyped } from '../intent.ts';
import { parseEntrySubmit } from '../flow/submit.ts';
import type { GuidedPorts, Role } from '../ports.ts';
import { proposalLines } from './card.ts';

export const APPROVAL_DIALOG = 'approval';
const MAX_COMMENT = 500;
/** APPROVAL_CONFIRM_ABOVE's default: approvals above it are confirmed once more. */
const DEFAULT_CONFIRM_ABOVE = '10000.00';
/** The words that open the approval list (routes.ts); typed again in the list, they show it afresh. */
export const APPROVAL_WORDS = /^(?:审批|待审批|我的审批|审批列表|approvals?|pending approvals?|my approvals)$/;

const ApprovalDataSchema = z.object({
  id: z.string().optional(),
  version: z.number().int().optional(),
});
export type ApprovalData = z.infer<typeof ApprovalDataSchema>;

/** A difference's state and who acted last, for the sentences that say why nothing was done. */
function stateOf(d: DifferenceDetail, viewer: string, lang: Lang): { state: string; by: string } {
  return { state: messages(lang).resolve.states[d.state], by: lastActorText(d, viewer, lang) };
}

export class ApprovalDialog extends FlowDialog<ApprovalData> {
  protected readonly roles: readonly Role[] = ['approver', 'admin'];
  protected readonly dataSchema = ApprovalDataSchema;

  constructor(private readonly ports: GuidedPorts) {
    super(APPROVAL_DIALOG, ports);
  }

  protected help(lang: Lang, step: string): string {
    const r = messages(lang).resolve.approval;
    return step === 'list' ? r.listHelp : r.decideHelp;
  }

  /** True when approving this difference takes the confirmation step (its amount is above the threshold). */
  private needsConfirmation(d: DifferenceDetail): boolean {
    return d.amount.abs().greaterThan(new Decimal(this.ports.approvalConfirmAbove ?? DEFAULT_CONFIRM_ABOVE));
  }

  protected async start(ctx: FlowContext, options: FlowOptions): Promise<Outcome<ApprovalData>> {
    const r = messages(ctx.lang).resolve;
    const entry = parseEntrySubmit(options.entry);
    if (entry?.action === 'approval.decide') {
      const d = await this.ports.cases.detail(entry.differenceId);
      const stale = await this.notPending(ctx, d, entry.differenceId);
      if (stale) return { kind: 'end', say: stale };
      // Still waiting, but not the proposal this card showed (rejected and proposed again since).
      if (d && d.version !== entry.version) return { kind: 'end', say: fill(r.approval.cardOutdated, { id: entry.differenceId }) };
      const data = { id: entry.differenceId, version: entry.version };
      const comment = (entry.text ?? '').trim();
      if (entry.decision === 'approve') return d && this.needsConfirmation(d) ? { kind: 'next', step: 'confirm', data } : this.decide(ctx, data, 'approve', comment);
      if (saysWhy(comment)) return this.decide(ctx, data, 'reject', comment);
      return { kind: 'next', step: 'comment', data, ...(comment !== '' ? { say: r.approval.commentTooShort } : {}) };
    }
    const pending = await this.ports.cases.pendingFor(ctx.person.channelUserId);
    if (pending.length === 0) return { kind: 'end', say: r.approval.none };
    return { kind: 'next', step: 'list', data: {} };
  }

  /** Back after an approval card was decided in between: the list may be empty, the difference decided. */
  protected override async afterInterruption(ctx: FlowContext, step: string, data: ApprovalData): Promise<string | null> {
    if (step === 'list') {
      const pending = await this.ports.cases.pendingFor(ctx.person.channelUserId);
      return pending.length === 0 ? messages(ctx.lang).resolve.approval.none : null;
    }
    return data.id ? this.notPending(ctx, await this.ports.cases.detail(data.id), data.id) : null;
  }

  /**
   * Why a difference number typed in the list is not on it: the person's own proposal (someone else
   * approves it), one in another state, or none such; null when the text names no number.
   */
  private async notListed(ctx: FlowContext, text: string): Promise<string | null> {
    const id = /^[#＃]?\s*(\d{1,12})$/.exec(foldTyped(text))?.[1];
    if (!id) return null;
    const d = await this.ports.cases.detail(id);
    const own = d && d.state === 'proposed' ? pendingResolution(d) : null;
    const r = messages(ctx.lang).resolve;
    if (own && own.proposedBy === ctx.person.channelUserId) return fill(r.approval.ownProposal, { id });
    if (!d) return fill(r.refusal.unknown_difference, { id });
    return fill(r.approval.notOnList, { id, ...stateOf(d, ctx.person.channelUserId, ctx.lang) });
  }

  /** The sentence when the difference no longer waits for a decision, or null. */
  private async notPending(ctx: FlowContext, d: DifferenceDetail | null, id: string): Promise<string | null> {
    const r = messages(ctx.lang).resolve;
    if (!d) return fill(r.refusal.unknown_difference, { id });
    if (d.state === 'proposed' && pendingResolution(d)) return null;
    return fill(r.approval.notPending, { id, ...stateOf(d, ctx.person.channelUserId, ctx.lang) });
  }

  protected async prompt(ctx: FlowContext, step: string, data: ApprovalData): Promise<Prompt> {
    const r = messages(ctx.lang).resolve;
    if (step === 'list') {
      const pending = await this.ports.cases.pendingFor(ctx.person.channelUserId);
      return {
        title: fill(r.approval.listTitle, { count: pending.length }),
        lines: [r.approval.pick],
        // One compact row each, as the resolve list (the proposer's name on its own line), numbered by #id.
        choices: pending.map((p) => {
          const d = p.difference;
          const kind = messages(ctx.lang).kinds[d.kind];
          return {
            value: d.id,
            label: fill(r.approval.listItem, { id: d.id, kind, amount: amountText(d.amount, d.currency), action: r.actionNames[p.resolution.kind], name: outside(p.proposerName) }),
            aliases: [`#${d.id}`, d.id],
            cells: {
              id: `#${d.id}`, title: fill(r.approval.rowTitle, { account: maskAccount(d.account, ctx.person.role), kind, action: r.actionNames[p.resolution.kind] }),
              detail: fill(r.approval.rowDetail, { name: outside(p.proposerName, 40) }), amount: amountText(d.amount, d.currency),
              age: fill(r.list.age, { days: ageInDays(d.firstDate, this.ports.cases.today()) }),
            },
          };
        }),
        numbered: false,
      };
    }
    if (step === 'comment') return { title: r.approval.commentTitle, lines: [], input: { placeholder: r.approval.commentPlaceholder } };
    const d = (await this.ports.cases.detail(data.id!))!;
    const res = pendingResolution(d);
    if (step === 'confirm') {
      const name = res ? outside((await this.ports.cases.nameOf(res.proposedBy)) ?? res.proposedBy) : '';
      return {
        title: fill(r.approval.confirmTitle, { id: d.id }),
        lines: [
          fill(r.approval.confirmWhat, { account: maskAccount(d.account, ctx.person.role), kind: messages(ctx.lang).kinds[d.kind], amount: amountText(d.amount, d.currency) }),
          ...(res ? [fill(r.approval.confirmAction, { action: r.actionNames[res.kind], name })] : []),
          fill(r.approval.confirmWhy, { limit: amountText(new Decimal(this.ports.approvalConfirmAbove ?? DEFAULT_CONFIRM_ABOVE), d.currency) }),
        ],
        choices: [
          { value: 'yes', label: r.approval.confirmYes, aliases: ['确认', '确认批准', 'confirm', 'yes'], style: 'positive' },
          { value: 'no', label: r.approval.confirmNo, aliases: ['否', '不', '暂不', 'no'] },
        ],
        // The second look at a large amount approves by word or button only, like the decision itself.
        byWord: true,
      };
    }
    const lines = res
      ? proposalLines({ difference: d, resolution: res, proposerName: (await this.ports.cases.nameOf(res.proposedBy)) ?? res.proposedBy, matchLines: (await this.ports.cases.lines(res.matchLineIds)).map((l) => lineText(l, ctx.lang)), ...(this.ports.timeZone ? { timeZone: this.ports.timeZone } : {}) }, ctx.lang)
      : [];
    return {
      title: fill(r.approval.cardTitle, { id: d.id }),
      lines,
      choices: [
        { value: 'approve', label: r.approval.approve, aliases: ['批准', '同意', '通过', 'approve', 'ok'], style: 'positive' },
        { value: 'reject', label: r.approval.reject, aliases: ['驳回', '拒绝', '不同意', 'reject'], style: 'destructive' },
      ],
      byWord: true,
    };
  }

  protected async handle(ctx: FlowContext, step: string, data: ApprovalData, input: StepInput): Promise<Outcome<ApprovalData>> {
    const r = messages(ctx.lang).resolve;
    if (step === 'list') {
      if (input.choice === null) {
        // The list as it is now: proposals submitted since it was shown are on it.
        if (APPROVAL_WORDS.test(foldTyped(input.text))) return { kind: 'stay', say: r.approval.refreshed, reprompt: true };
        if (!input.outOfRange) return { kind: 'stay', say: (await this.notListed(ctx, input.text)) ?? r.list.pickId };
        const max = (await this.ports.cases.pendingFor(ctx.person.channelUserId)).length;
        return { kind: 'stay', say: fill(r.flow.outOfRange, { n: input.text, max }) };
      }
      const d = await this.ports.cases.detail(input.choice);
      const stale = await this.notPending(ctx, d, input.choice);
      if (stale) return { kind: 'stay', say: stale, reprompt: true };
      return { kind: 'next', step: 'decide', data: { id: d!.id, version: d!.version } };
    }
    if (step === 'confirm') {
      if (input.choice === 'yes') return this.decide(ctx, data, 'approve', '');
      if (input.choice === 'no') return { kind: 'end', say: fill(r.approval.notApproved, { id: data.id! }) };
      return { kind: 'stay', say: fill(r.flow.chooseWord, { words: quotedWords([r.approval.confirmYes, r.approval.confirmNo], ctx.lang) }) };
    }
    if (step === 'decide') {
      if (input.choice === 'approve') {
        const d = await this.ports.cases.detail(data.id!);
        if (d && this.needsConfirmation(d)) return { kind: 'next', step: 'confirm', data };
        return this.decide(ctx, data, 'approve', '');
      }
      if (input.choice === 'reject') return { kind: 'next', step: 'comment', data };
      return { kind: 'stay', say: fill(r.flow.chooseWord, { words: quotedWords([r.approval.approve, r.approval.reject], ctx.lang) }) };
    }
    if (input.text === '') return { kind: 'stay', say: r.approval.commentRequired };
    if (!saysWhy(input.text)) return { kind: 'stay', say: r.approval.commentTooShort };
    if (input.text.length > MAX_COMMENT) return { kind: 'stay', say: r.reason.tooLong };
    return this.decide(ctx, data, 'reject', input.text);
  }

  private async decide(ctx: FlowContext, data: ApprovalData, decision: 'approve' | 'reject', comment: string): Promise<Outcome<ApprovalData>> {
    const r = messages(ctx.lang).resolve;
    const id = data.id!;
    const before = await this.ports.cases.detail(id);
    const proposal = before ? pendingResolution(before) : null;
    const out = await this.ports.cases.decide({ differenceId: id, version: data.version!, actor: ctx.person.channelUserId, decision, comment });
    if (!out.ok) return { kind: 'end', say: refusalText(out, ctx.lang, id) };
    if (proposal) {
      const name = outside(ctx.person.name ?? ctx.person.channelUserId);
      await this.ports.notify.person(proposal.proposedBy, (lang) => {
        const t = messages(lang).resolve;
        const action = t.actionNames[proposal.kind];
        return { type: ActivityTypes.Message, text: decision === 'approve' ? fill(t.approval.notifyApproved, { id, action, name }) : fill(t.approval.notifyRejected, { id, action, name, comment: outside(comment, 500) }) };
      });
    }
    return { kind: 'end', say: fill(decision === 'approve' ? r.approval.approved : r.approval.rejected, { id }) };
  }
}
