/**
 * The FAQ as the main dialog's `FaqPort` (dialogs/ports.ts): answers with a card and a text twin,
 * stores each question (redacted) so 👍/👎 can refer to it and unanswered ones reach
 * `recon faq report`, records feedback, and tells status questions apart.
 */
import type { Lang } from '../../engine/i18n/index.ts';
import type { FaqLog } from '../../engine/service/faq.ts';
import type { FaqAnswer, FaqPort } from '../ports.ts';
import type { Faq, FaqReply } from './answer.ts';
import { buildFaqCard, buildFaqText, buildSuggestedActions } from './card.ts';
import { isStatusQuestion } from './intent.ts';
import type { Asker } from './schema.ts';

/** Who is asking, when the caller knows (the main dialog does: the person's role and id). */
export interface FaqAskContext {
  /** `customer` unless the person is staff, approver or admin. Default: customer. */
  asker?: Asker;
  channelUserId?: string;
}

export interface FaqChatAnswer extends FaqAnswer {
  reply: FaqReply;
  /** Suggestions as imBack buttons, for the activity's `suggestedActions`. */
  suggestedActions: ReturnType<typeof buildSuggestedActions>;
  /** Id of the stored question (the feedback buttons carry it); undefined without a log. */
  answerId: string | undefined;
}

export interface FaqChatPort extends FaqPort {
  answer(question: string, lang: Lang, context?: FaqAskContext): Promise<FaqChatAnswer>;
  answerEntry(entryId: string, lang: Lang, context?: FaqAskContext): Promise<FaqChatAnswer>;
  contact(lang: Lang): string;
}

/** The chat shapes of one reply: text twin, card (feedback buttons when stored), buttons, choices. */
function chatAnswer(reply: FaqReply, answerId: string | undefined): FaqChatAnswer {
  return {
    text: buildFaqText(reply),
    card: buildFaqCard(reply, answerId),
    found: reply.kind !== 'unknown',
    reply,
    suggestedActions: buildSuggestedActions(reply),
    answerId,
    ...(reply.kind === 'suggest' ? { choices: reply.suggestionIds.map((id, i) => ({ id, title: reply.suggestions[i] ?? id })) } : {}),
  };
}

/**
 * Builds the port. Without `log` (no database) answers carry no feedback buttons. A failure to
 * store the question does not cost the person the answer: it is reported through `onLogError`.
 */
export function createFaqPort(faq: Faq, log?: FaqLog, onLogError: (err: unknown) => void = () => undefined): FaqChatPort {
  /** Stores the question (not small talk: nothing to vote on or to report) and returns its id. */
  async function store(reply: FaqReply, asker: Asker, context: FaqAskContext): Promise<string | undefined> {
    if (!log || !reply.question.trim() || reply.kind === 'smalltalk') return undefined;
    try {
      return await log.recordQuestion({
        question: reply.question,
        lang: reply.lang,
        asker,
        outcome: reply.kind,
        entryId: reply.kind === 'answer' ? (reply.sources[0]?.id ?? null) : null,
        confidence: reply.confidence,
        channelUserId: context.channelUserId ?? null,
      });
    } catch (err) {
      onLogError(err);
      return undefined;
    }
  }

  return {
    async answer(question, lang, context = {}) {
      const asker = context.asker ?? 'customer';
      const reply = await faq.answer(question, { lang, asker });
      return chatAnswer(reply, await store(reply, asker, context));
    },
    async answerEntry(entryId, lang, context = {}) {
      const asker = context.asker ?? 'customer';
      const reply = faq.answerEntry(entryId, { lang, asker }) ?? (await faq.answer('', { lang, asker }));
      return chatAnswer(reply, await store(reply, asker, context));
    },
    async feedback(input) {
      return log ? (await log.recordFeedback(input)) === 'recorded' : false;
    },
    contact: (lang) => faq.contact(lang),
    isStatusQuestion,
  };
}
