/** The daily summary: the status of every account as a card titled for the day, with a button. */
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { Decimal, formatAmountGrouped } from '../../engine/money.ts';
import { maskAccount } from '../flow/mask.ts';
import { CARD_VERSION } from '../flow/submit.ts';
import { outside } from '../flow/text.ts';
import type { Role, StatusView } from '../ports.ts';
import { buildStatusReply, type StatusReply } from './statusCard.ts';

/** Today's checkpoint of the audit log's head, as the summary shows it to admins. */
export interface SummaryCheckpoint {
  readonly seq: string;
  readonly hash: string;
  readonly at: string;
  readonly keyId: string | null;
}

function checkpointLine(c: SummaryCheckpoint, lang: Lang): string {
  const t = messages(lang).bot.summary;
  const signed = c.keyId === null ? t.checkpointUnsigned : fill(t.checkpointSigned, { keyId: c.keyId });
  return fill(t.checkpoint, { seq: c.seq, hash: c.hash.slice(0, 16), signed, at: c.at });
}

/** The ageing alert: items in transit past their expected date, across accounts (empty: none). */
function overdueLines(view: StatusView, lang: Lang, viewer: Role): string[] {
  const t = messages(lang).bot.summary;
  const kinds = messages(lang).kinds;
  const items = view.accounts.flatMap((a) => a.inTransit.overdue.map((o) => fill(t.overdueItem, {
    id: o.id, account: maskAccount(a.account, viewer), kind: kinds[o.kind], amount: `${formatAmountGrouped(new Decimal(o.amount), a.currency)} ${a.currency}`,
    counterparty: outside(o.counterparty, 40), expected: o.expected, days: o.daysLate,
  }).replace(/\s+/g, ' ')));
  return items.length === 0 ? [] : [t.overdueTitle, ...items.map((l) => `· ${l}`)];
}

/**
 * The daily summary: the status without its own title, under the day's; admins also see the
 * audit log's checkpoint of the day, a copy of the head held outside the database.
 */
export function buildSummaryReply(view: StatusView, lang: Lang, viewer: Role, day: string, checkpoint?: SummaryCheckpoint | null, titleText: string = messages(lang).bot.summary.title): StatusReply {
  const t = messages(lang).bot.summary;
  const status = buildStatusReply(view, lang, viewer);
  const title = fill(titleText, { date: day });
  const anchor = viewer === 'admin' && checkpoint ? checkpointLine(checkpoint, lang) : null;
  const overdue = overdueLines(view, lang, viewer);
  const body = [
    ...(Array.isArray(status.card.body) ? status.card.body.slice(1) : []),
    ...overdue.map((l, i) => ({ type: 'TextBlock', text: l, wrap: true, ...(i === 0 ? { weight: 'Bolder', color: 'Attention', separator: true } : { spacing: 'Small' }) })),
    ...(anchor ? [{ type: 'TextBlock', text: anchor, wrap: true, isSubtle: true, size: 'Small' }] : []),
  ];
  const text = [title, status.text.split('\n\n').slice(1).join('\n\n'), ...(overdue.length > 0 ? [overdue.join('\n')] : []), ...(anchor ? [anchor] : [])].join('\n\n');
  return {
    text,
    card: {
      ...status.card,
      fallbackText: text,
      body: [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }, ...body],
      actions: [{ type: 'Action.Submit', title: t.openDetails, data: { action: 'status.show', v: CARD_VERSION } }],
    },
  };
}
