/**
 * The optional LLM step: rewrites the retrieved answer for the question, using only the retrieved
 * knowledge-base entries, citing them as [n]. The model sees the (redacted) question and those
 * entries, never account data. Any failure (timeout, error, refusal, missing citation) is a value,
 * and the caller keeps the retrieval answer.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Document } from '@langchain/core/documents';
import type { FaqDocMetadata } from './retriever.ts';
import { redactQuestion as redact } from '../../engine/service/faq.ts';

export type RewriteResult =
  | { ok: true; text: string; cited: FaqDocMetadata[] }
  | { ok: false; reason: 'timeout' | 'error' | 'declined' | 'uncited' | 'unknown-citation' | 'empty' };

const NO_ANSWER = 'NO_ANSWER';

/** The instructions; not shown to people, so kept here rather than in engine/i18n. */
export function systemPrompt(lang: 'zh-CN' | 'en'): string {
  const language = lang === 'en' ? 'English' : 'Simplified Chinese';
  return [
    "You help staff and customers of a bank branch with questions about reconciliation (对账).",
    'Answer ONLY from the knowledge-base entries in the message. Do not add facts, numbers, names,',
    'phone numbers or steps that are not in them, and do not give financial advice.',
    `If the entries do not answer the question, reply exactly ${NO_ANSWER}.`,
    `Write in ${language}, plain text, at most 150 words (or 250 Chinese characters).`,
    'After each sentence, cite the entry it comes from by its id in square brackets, e.g. [what-is-e-recon].',
  ].join(' ');
}

/** The user message: the retrieved entries, then the redacted question. */
export function userPrompt(question: string, docs: readonly Document<FaqDocMetadata>[]): string {
  const entries = docs.map((d) => `[${d.metadata.id}] ${d.metadata.title}\n${d.pageContent}`).join('\n\n');
  return `Knowledge-base entries:\n\n${entries}\n\nQuestion: ${redact(question)}`;
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((p: unknown) => (typeof p === 'object' && p !== null && 'text' in p && typeof p.text === 'string' ? p.text : '')).join('');
  return '';
}

/**
 * Asks the model, giving up after `timeoutMs`. Citations `[id]` are checked against the entries
 * given and renumbered `[1]`, `[2]` in order of first use; text citing none of them, or citing an
 * entry it was not given, is refused.
 */
export async function rewriteWithLlm(
  model: BaseChatModel,
  question: string,
  docs: readonly Document<FaqDocMetadata>[],
  lang: 'zh-CN' | 'en',
  timeoutMs: number,
): Promise<RewriteResult> {
  if (docs.length === 0) return { ok: false, reason: 'empty' };
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  const call = model
    .invoke([new SystemMessage(systemPrompt(lang)), new HumanMessage(userPrompt(question, docs))], { signal: controller.signal })
    .then((message) => ({ text: contentText(message.content) }))
    .catch(() => 'error' as const);
  const outcome = await Promise.race([call, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout' || outcome === 'error') return { ok: false, reason: outcome };
  const text = outcome.text.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.includes(NO_ANSWER)) return { ok: false, reason: 'declined' };
  const byId = new Map(docs.map((d) => [d.metadata.id, d.metadata]));
  const cited: FaqDocMetadata[] = [];
  const ids = [...text.matchAll(/\[([a-z0-9-]+)\]/g)].map((m) => m[1] ?? '');
  if (ids.some((id) => !byId.has(id))) return { ok: false, reason: 'unknown-citation' };
  const renumbered = text.replace(/\[([a-z0-9-]+)\]/g, (whole, id: string) => {
    const meta = byId.get(id);
    if (!meta) return '';
    if (!cited.includes(meta)) cited.push(meta);
    return `[${cited.indexOf(meta) + 1}]`;
  });
  if (cited.length === 0) return { ok: false, reason: 'uncited' };
  return { ok: true, text: renumbered.replace(/[ \t]+\n/g, '\n').trim(), cited };
}
