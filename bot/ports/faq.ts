/**
 * FaqPort. Until the FAQ (dialogs/faq) exports its answer function this says honestly that it
 * has no answer; bot/index.ts swaps in the real FAQ when it exists.
 */
import { messages, type Lang } from '../../engine/i18n/index.ts';
import type { FaqPort } from '../../dialogs/ports.ts';

export const noFaq: FaqPort = {
  async answer(_question: string, lang: Lang) {
    return { text: messages(lang).bot.faqNone, found: false };
  },
};
