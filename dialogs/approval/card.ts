/**
 * The approval card sent proactively to approvers, and the outcome message to the proposer.
 * Buttons carry an entry submit naming the difference and the version the approver saw, so a
 * card acted on after somebody else decided is a version conflict in the store, not a second
 * decision. Pure.
 */
import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { maskAccount } from '../flow/mask.ts';
import { amountText, lineText, localTime } from '../flow/format.ts';
import { outside } from '../flow/text.ts';
import type { EntrySubmit } from '../flow/submit.ts';
import type { ProposalFacts } from '../ports.ts';

/** The proposal in sentences (card body and plain-text twin). */
export function proposalLines(f: ProposalFacts, lang: Lang): string[] {
  const r = messages(lang).resolve;
  const d = f.difference;
  const lines = [
    fill(r.confirm.difference, { id: d.id, kind: messages(lang).kinds[d.kind], amount: amountText(d.amount, d.currency) }),
    r.kindExplain[d.kind],
    fill(r.approval.account, { account: maskAccount(d.account, 'approver') }),
    // A duplicate shows every booking of it (the lines it repeats too), as the staff detail does.
    ...(d.kind === 'duplicate' ? [...d.lines, ...d.repeats].sort((a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : 1)) : d.lines)
      .map((l) => `${r.sides[l.side]} ${lineText(l, lang)}`),
    fill(r.confirm.action, { action: r.actionNames[f.resolution.kind] }),
    ...f.matchLines.map((l) => fill(r.confirm.match, { line: l })),
    ...(f.resolution.entryReference ? [fill(r.confirm.entryRef, { ref: outside(f.resolution.entryReference) })] : []),
    fill(r.confirm.reason, { reason: outside(f.resolution.reason, 500) }),
    fill(r.approval.proposedBy, { name: outside(f.proposerName), at: localTime(f.resolution.proposedAt, f.timeZone) }),
  ];
  return lines;
}

/** The approval request: the proposal, a comment field, approve and reject buttons. */
export function approvalCard(f: ProposalFacts, lang: Lang, cards: boolean): Partial<Activity> {
  const r = messages(lang).resolve;
  const title = fill(r.approval.cardTitle, { id: f.difference.id });
  const lines = proposalLines(f, lang);
  const text = [title, ...lines].join('\n');
  if (!cards) return { type: ActivityTypes.Message, text };
  const submit = (decision: 'approve' | 'reject'): EntrySubmit => ({ action: 'approval.decide', v: 1, differenceId: f.difference.id, version: f.difference.version, decision });
  const card = {
    type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', fallbackText: text,
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...lines.map((l) => ({ type: 'TextBlock', text: l, wrap: true, spacing: 'Small' })),
      { type: 'Input.Text', id: 'text', placeholder: r.approval.commentPlaceholder, isMultiline: true, maxLength: 500 },
    ],
    actions: [
      { type: 'Action.Submit', title: r.approval.approve, data: submit('approve'), style: 'positive' },
      { type: 'Action.Submit', title: r.approval.reject, data: submit('reject'), style: 'destructive' },
    ],
  };
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] };
}
