/**
 * The FAQ reply for chat: an Adaptive Card (plain JSON objects, no botbuilder import) with the
 * answer, its source, follow-up questions as buttons, and 👍/👎 feedback buttons; and the plain-text
 * twin for channels without cards. The feedback submit matches dialogs/flow/submit.ts
 * (`faq.feedback`, the card version, the answer id, helpful).
 */
import { fill, messages } from '../../engine/i18n/index.ts';
import { CARD_VERSION } from '../flow/submit.ts';
import type { FaqReply } from './answer.ts';

export type AdaptiveCard = Record<string, unknown>;

/** Text for channels without cards: answer, source, numbered suggestions. */
export function buildFaqText(reply: FaqReply): string {
  const t = messages(reply.lang).faq;
  if (reply.kind !== 'answer') return reply.answer;
  const parts = [reply.answer];
  if (reply.rewritten) parts.push(t.llmNote);
  parts.push(reply.sources.map((s, i) => fill(t.source, { title: reply.sources.length > 1 ? `[${i + 1}] ${s.title}` : s.title })).join('\n'));
  if (reply.suggestions.length) parts.push([t.followUps, ...reply.suggestions.map((s) => `- ${s}`)].join('\n'));
  return parts.join('\n\n');
}

/** One button per suggestion, numbered for "did you mean" so a typed "2" matches what is shown. */
function choiceButtons(reply: FaqReply): Record<string, unknown> {
  return {
    type: 'ActionSet',
    actions: reply.suggestions.map((title, i) => ({
      type: 'Action.Submit',
      title: reply.kind === 'suggest' ? `${i + 1}. ${title}` : title,
      data: { action: 'faq.pick', v: CARD_VERSION, entryId: reply.suggestionIds[i] ?? '' },
    })),
  };
}

/**
 * The card for one reply. `answerId` identifies the stored question (see engine/service/faq.ts)
 * so a 👍/👎 click can be tied back to it; without it the card has no feedback buttons.
 * Suggestions ("did you mean" choices, follow-ups) are buttons in the card (`faq.pick` with the
 * entry id: the click answers that entry, whatever the wording) and, for channels without cards,
 * the activity's suggested actions (`buildSuggestedActions`).
 */
export function buildFaqCard(reply: FaqReply, answerId?: string): AdaptiveCard {
  const t = messages(reply.lang).faq;
  const body: Record<string, unknown>[] = [];
  if (reply.kind === 'suggest') {
    body.push({ type: 'TextBlock', text: t.didYouMean, wrap: true, weight: 'Bolder' });
  } else {
    body.push({ type: 'TextBlock', text: reply.answer, wrap: true });
  }
  if (reply.kind === 'answer') {
    if (reply.rewritten) body.push({ type: 'TextBlock', text: t.llmNote, wrap: true, isSubtle: true, size: 'Small' });
    for (const [i, s] of reply.sources.entries())
      body.push({
        type: 'TextBlock',
        text: fill(t.source, { title: reply.sources.length > 1 ? `[${i + 1}] ${s.title}` : s.title }),
        wrap: true,
        isSubtle: true,
        size: 'Small',
      });
    if (reply.suggestions.length) body.push({ type: 'TextBlock', text: t.followUps, wrap: true, weight: 'Bolder', spacing: 'Medium' });
  }
  if (reply.suggestions.length) body.push(choiceButtons(reply));
  const actions =
    reply.kind === 'answer' && answerId
      ? [
          { type: 'Action.Submit', title: t.thumbsUp, data: { action: 'faq.feedback', v: CARD_VERSION, answerId, helpful: true } },
          { type: 'Action.Submit', title: t.thumbsDown, data: { action: 'faq.feedback', v: CARD_VERSION, answerId, helpful: false } },
        ]
      : [];
  if (actions.length) body.push({ type: 'TextBlock', text: t.helpfulPrompt, wrap: true, isSubtle: true, spacing: 'Medium' });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    fallbackText: buildFaqText(reply),
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/** Bot Framework suggested actions (plain objects): one imBack button per suggestion. */
export function buildSuggestedActions(reply: FaqReply): { actions: { type: 'imBack'; title: string; value: string }[] } {
  return { actions: reply.suggestions.map((title) => ({ type: 'imBack' as const, title, value: title })) };
}
