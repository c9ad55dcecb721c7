/**
 * Wires the FAQ (dialogs/faq) into the CLI's `ask` and the chat's FaqPort. The knowledge base is
 * loaded and indexed on first use, so commands that never ask pay nothing for it.
 */
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AskAnswer } from '../engine/cli/context.ts';
import { EngineError, ParseError } from '../engine/errors.ts';
import { fill, messages, type Lang } from '../engine/i18n/index.ts';
import type { Db } from '../engine/store/db.ts';
import type { Faq } from '../dialogs/faq/answer.ts';
import type { FaqChatPort } from '../dialogs/faq/port.ts';
import { faqConfigFromEnv, type FaqEnv } from './faq-env.ts';
import { maskNumbers } from './logging.ts';

const built = new WeakMap<FaqEnv, Promise<Faq>>();

/**
 * One Faq per configuration object, built on first use (imported then too: segmenter, LangChain)
 * and kept, so `npm start` can load it before it opens the store and reuse it for the chat.
 */
function lazyFaq(config: FaqEnv): () => Promise<Faq> {
  return () => {
    let faq = built.get(config);
    if (!faq) {
      // A failing embedding model is an operator's matter (one log line); the FAQ goes on with BM25 alone.
      const onSemanticError = (err: unknown) =>
        process.stderr.write(`FAQ: the embedding model (FAQ_EMBEDDINGS_*) could not embed the knowledge base, answering without it: ${maskNumbers(err instanceof Error ? err.message : String(err))}\n`);
      faq = import('../dialogs/faq/answer.ts').then(({ createFaq }) => createFaq(faqConfigFromEnv(config), { onSemanticError }));
      built.set(config, faq);
    }
    return faq;
  };
}

/** Loads and checks the knowledge base now (a broken entry rejects with a ParseError naming file and entry). */
export async function loadFaq(config: FaqEnv): Promise<void> {
  await lazyFaq(config)();
}

/**
 * Why the knowledge base stops the start, as one line in the person's language, or null for an
 * error that is not about it: a broken entry (ParseError FAQ.BAD_KB: file, entry, reason), a
 * folder that cannot be read (ENOENT, EACCES ... naming it), a missing FAQ_LLM_* variable.
 */
export function knowledgeBaseRefusal(err: unknown, config: FaqEnv, lang: Lang): string | null {
  const t = messages(lang).bot.start;
  if (err instanceof ParseError && err.code === 'FAQ.BAD_KB') {
    const dir = config.FAQ_KB_DIR ?? fileURLToPath(new URL('../dialogs/faq/kb/', import.meta.url));
    const file = isAbsolute(err.location.file) ? err.location.file : join(dir, err.location.file);
    const entry = err.location.entry === undefined ? '' : fill(t.kbEntry, { entry: err.location.entry });
    return fill(t.kbBroken, { file, entry, reason: err.reason });
  }
  if (err instanceof EngineError && err.code === 'CONFIG.FAQ') return err.message;
  const { code, path } = (err ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code === 'string' && typeof path === 'string') {
    const templates: Readonly<Record<string, string>> = messages(lang).errors.file;
    return fill(t.kbUnreadable, { reason: fill(templates[code] ?? messages(lang).errors.file.other, { path, code }) });
  }
  return null;
}

/**
 * `ask` for the CLI context: answers as for staff (the CLI is a branch tool), in the contract's
 * shape `{answer, confidence, sources, suggestions}`.
 */
export function createAsker(config: FaqEnv): (question: string, lang: Lang) => Promise<AskAnswer> {
  const faq = lazyFaq(config);
  return async (question, lang) => {
    // A broken knowledge base is the same one line as for `npm start`; runCli exits 78 on CONFIG.*.
    const loaded = await faq().catch((err: unknown) => {
      const line = knowledgeBaseRefusal(err, config, lang);
      throw line === null ? err : new EngineError('CONFIG.FAQ_KB', line);
    });
    const r = await loaded.answer(question, { lang, asker: 'staff' });
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
