/**
 * A FaqPort with no answer (the polite "no answer" reply), for tests that do not exercise the FAQ.
 * Production always answers with the knowledge base shipped in dialogs/faq/kb (bot/ports/faqPort.ts).
 */
import { messages, type Lang } from '../../engine/i18n/index.ts';
import type { FaqPort } from '../../dialogs/ports.ts';

export const noFaq: FaqPort = {
  async answer(_question: string, lang: Lang) {
    return { text: messages(lang).bot.faqNone, found: false };
  },
};
