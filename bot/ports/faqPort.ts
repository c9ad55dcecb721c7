/**
 * The FAQ the bot answers with: dialogs/faq (knowledge base, retrieval, optional LLM). With `db`,
 * questions are kept (redacted) for `recon faq report` and the answer cards carry 👍/👎.
 */
import type { FaqPort } from '../../dialogs/ports.ts';
import type { Db } from '../../engine/store/db.ts';
import type { BotConfig } from '../config.ts';
import { createFaqChatPort } from '../faq.ts';

export async function faqPort(config: BotConfig, deps: { db?: Db; now?: () => Date; onLogError?: (err: unknown) => void } = {}): Promise<FaqPort> {
  return createFaqChatPort(config, { db: deps.db, now: deps.now ?? (() => new Date()), onLogError: deps.onLogError });
}
