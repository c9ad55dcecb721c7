/**
 * Wires the FAQ (dialogs/faq) into the CLI's `ask` and the chat's FaqPort. The knowledge base is
 * loaded and indexed on first use, so commands that never ask pay nothing for it.
 */
import type { AskAnswer } from '../engine/cli/context.ts';
import type { Lang } from '../engine/i18n/index.ts';
import type { Db } from '../engine/store/db.ts';
import type { Faq } from '../dialogs/faq/answer.ts';
import type { FaqChatPort } from '../dialogs/faq/port.ts';
import { faqConfigFromEnv, type FaqEnv } from './faq-env.ts';

/** One Faq per configuration, built on first use (imported then too: segmenter, LangChain). */
function lazyFaq(config: FaqEnv): () => Promise<Faq> {
  let faq: Promise<Faq> | undefined;
  return () => (faq ??= import('../dialogs/faq/answer.ts').then(({ createFaq }) => createFaq(faqConfigFromEnv(config))));
}

/**
 * `ask` for the CLI context: answers as for staff (the CLI is a branch tool), in the contract's
 * shape `{answer, confidence, sources, suggestions}`.
 */
export function createAsker(config: FaqEnv): (question: string, lang: Lang) => Promise<AskAnswer> {
  const faq = lazyFaq(config);
  return async (question, lang) => {
    const r = await (await faq()).answer(question, { lang, asker: 'staff' });
    return { answer: r.answer, confidence: r.confidence, sources: r.sources, suggestions: r.suggestions };
  };
}

/**
 * The chat's FaqPort: loads the knowledge base now (a broken entry stops the start with a
 * ParseError naming file and entry), keeps questions and feedback in `db` when given.
 */
export async function createFaqChatPort(config: FaqEnv, options: { db?: Db; now: () => Date; onLogError?: (err: unknown) => void }): Promise<FaqChatPort> {
  const faq = await lazyFaq(config)();
  const { createFaqPort } = await import('../dialogs/faq/port.ts');
  const { createFaqLog } = await import('../engine/service/faq.ts');
  return createFaqPort(faq, options.db ? createFaqLog(options.db, options.now) : undefined, options.onLogError);
}
