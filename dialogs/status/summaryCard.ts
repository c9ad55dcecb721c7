/** The daily summary: the status of every account as a card titled for the day, with a button. */
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { CARD_VERSION } from '../flow/submit.ts';
import type { Role, StatusView } from '../ports.ts';
import { buildStatusReply, type StatusReply } from './statusCard.ts';

export function buildSummaryReply(view: StatusView, lang: Lang, viewer: Role, day: string): StatusReply {
  const t = messages(lang).bot.summary;
  const status = buildStatusReply(view, lang, viewer);
  const title = fill(t.title, { date: day });
  const body = Array.isArray(status.card.body) ? status.card.body.slice(1) : [];
  const text = [title, status.text.split('\n\n').slice(1).join('\n\n')].join('\n\n');
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
