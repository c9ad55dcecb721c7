/**
 * What the FAQ is configured with. bot/ reads the environment (bot/faq-env.ts) and hands this
 * object in; nothing here reads env. Every field has a safe default: retrieval only, no LLM.
 */
import { z } from 'zod';

const Unit = z.number().min(0).max(1);

export const ThresholdsSchema = z.object({
  /** At or above this score the best entry is answered outright. */
  answer: Unit,
  /** Between this and `answer` the FAQ offers "did you mean" choices; below it, it declines. */
  suggest: Unit,
  /** Runners-up within this distance of the best make the answer ambiguous (choices instead). */
  margin: Unit,
  /**
   * Between `suggest` and `answer`, a best entry this far ahead of the runner-up is answered
   * all the same: a moderate score that nothing else comes near is still a clear answer.
   */
  lead: Unit.default(0.1),
  /**
   * The answer gate (gate.ts): the probability that the best entry answers the question, at or
   * above which it is answered outright; between `gateSuggest` and this it is offered as "did you
   * mean"; below `gateSuggest` the FAQ says it does not know. 0 and 0 turn the gate off.
   */
  gateAnswer: Unit.optional(),
  gateSuggest: Unit.optional(),
  /**
   * Entries that score close together are no choice when the reranker prefers the first by at
   * least this much (its softmax share minus the runner-up's): the best is answered (at or above
   * `answer`), subject to the gate as if it stood alone. 0 turns it off.
   */
  pick: Unit.optional(),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const DEFAULT_THRESHOLDS: Required<Thresholds> = { answer: 0.4, suggest: 0.33, margin: 0.01, lead: 0.05, gateAnswer: 0.5, gateSuggest: 0.5, pick: 0.3 };

/** A model on an OpenAI-compatible server (vLLM, LM Studio, a gateway on premises) or on Ollama. */
const OpenAiShape = {
  provider: z.literal('openai'),
  model: z.string().min(1),
  apiKey: z.string().min(1).optional(),
  baseUrl: z.url().optional(),
  timeoutMs: z.number().int().positive(),
};
const OllamaShape = {
  provider: z.literal('ollama'),
  model: z.string().min(1),
  baseUrl: z.url(),
  timeoutMs: z.number().int().positive(),
};

export const LlmConfigSchema = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('none') }),
  z.object(OpenAiShape),
  z.object({
    provider: z.literal('azure'),
    apiKey: z.string().min(1),
    instance: z.string().min(1),
    deployment: z.string().min(1),
    apiVersion: z.string().min(1),
    timeoutMs: z.number().int().positive(),
  }),
  z.object(OllamaShape),
]);
export type LlmConfig = z.infer<typeof LlmConfigSchema>;

/**
 * The optional embedding model on the bank's own servers (vectors.ts): off by default. `floor` is
 * the cosine similarity that counts as nothing (models differ in their scale: check with
 * `npm run eval:faq` and the FAQ_EMBEDDINGS_* variables set); `timeoutMs` is per question.
 */
const floor = z.number().min(0).max(0.99);
export const EmbeddingsConfigSchema = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('none') }),
  z.object({ ...OpenAiShape, floor }),
  z.object({ ...OllamaShape, floor }),
]);
export type EmbeddingsConfig = z.infer<typeof EmbeddingsConfigSchema>;

export interface FaqConfig {
  /** Folder of the knowledge-base YAML files; default dialogs/faq/kb. */
  kbDir?: string | undefined;
  /** Whom to contact when the FAQ does not know, per language; default from engine/i18n. */
  contact?: { 'zh-CN'?: string | undefined; en?: string | undefined } | undefined;
  /** The customer service phone line, per language (`{hotline}` in answers); default from engine/i18n. */
  hotline?: { 'zh-CN'?: string | undefined; en?: string | undefined } | undefined;
  thresholds?: Thresholds | undefined;
  llm?: LlmConfig | undefined;
  embeddings?: EmbeddingsConfig | undefined;
}
