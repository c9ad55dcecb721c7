/**
 * The FAQ's environment variables (merged into bot/config.ts's schemas) and their translation into
 * dialogs/faq's FaqConfig. Every variable is optional: without any, the FAQ answers from the
 * knowledge base alone with the default thresholds and contact.
 */
import { z } from 'zod';
import { EngineError } from '../engine/errors.ts';
import { DEFAULT_THRESHOLDS, EmbeddingsConfigSchema, LlmConfigSchema, type EmbeddingsConfig, type FaqConfig } from '../dialogs/faq/config.ts';

const unit = (fallback: number) => z.coerce.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').default(fallback);

export const FaqEnvShape = {
  /** Whom to contact when the FAQ does not know (zh-CN), e.g. "长宁分行营业部 021-0000 0000". */
  FAQ_CONTACT: z.string().trim().min(1).max(200).optional(),
  /** The same in English; falls back to FAQ_CONTACT. */
  FAQ_CONTACT_EN: z.string().trim().min(1).max(200).optional(),
  /** The customer service phone line the hotline entry gives (zh-CN), e.g. "95xxx 转 3（工作日 8:30–17:30）". */
  FAQ_HOTLINE: z.string().trim().min(1).max(200).optional(),
  /** The same in English; falls back to FAQ_HOTLINE. */
  FAQ_HOTLINE_EN: z.string().trim().min(1).max(200).optional(),
  /** Folder of the knowledge-base YAML files (default: dialogs/faq/kb). */
  FAQ_KB_DIR: z.string().min(1).optional(),
  FAQ_ANSWER_THRESHOLD: unit(DEFAULT_THRESHOLDS.answer),
  FAQ_SUGGEST_THRESHOLD: unit(DEFAULT_THRESHOLDS.suggest),
  FAQ_AMBIGUITY_MARGIN: unit(DEFAULT_THRESHOLDS.margin),
  FAQ_CLEAR_LEAD: unit(DEFAULT_THRESHOLDS.lead),
  FAQ_CLEAR_PICK: unit(DEFAULT_THRESHOLDS.pick),
  FAQ_GATE_ANSWER: unit(DEFAULT_THRESHOLDS.gateAnswer),
  FAQ_GATE_SUGGEST: unit(DEFAULT_THRESHOLDS.gateSuggest),
  FAQ_LLM_PROVIDER: z.enum(['none', 'openai', 'azure', 'ollama']).default('none'),
  FAQ_LLM_MODEL: z.string().min(1).optional(),
  FAQ_LLM_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  FAQ_LLM_API_KEY: z.string().min(1).optional(),
  FAQ_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),
  FAQ_LLM_AZURE_INSTANCE: z.string().min(1).optional(),
  FAQ_LLM_AZURE_DEPLOYMENT: z.string().min(1).optional(),
  FAQ_LLM_AZURE_API_VERSION: z.string().min(1).default('2024-10-21'),
  FAQ_EMBEDDINGS_PROVIDER: z.enum(['none', 'openai', 'ollama']).default('none'),
  FAQ_EMBEDDINGS_MODEL: z.string().min(1).optional(),
  FAQ_EMBEDDINGS_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  FAQ_EMBEDDINGS_API_KEY: z.string().min(1).optional(),
  FAQ_EMBEDDINGS_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(1500),
  FAQ_EMBEDDINGS_FLOOR: z.coerce.number().min(0, 'must be between 0 and 0.99').max(0.99, 'must be between 0 and 0.99').default(0.5),
};
export const FaqEnvSchema = z.object(FaqEnvShape);
export type FaqEnv = z.infer<typeof FaqEnvSchema>;

const OLLAMA_DEFAULT_URL = 'http://127.0.0.1:11434';

function missing(variable: string, provider: string, which = 'FAQ_LLM_PROVIDER'): never {
  throw new EngineError('CONFIG.FAQ', `configuration error: ${variable}: required when ${which}=${provider}`);
}

/** The embedding model the FAQ_EMBEDDINGS_* variables name (off by default). */
function embeddingsFromEnv(env: FaqEnv): EmbeddingsConfig {
  const common = { timeoutMs: env.FAQ_EMBEDDINGS_TIMEOUT_MS, floor: env.FAQ_EMBEDDINGS_FLOOR };
  switch (env.FAQ_EMBEDDINGS_PROVIDER) {
    case 'none':
      return { provider: 'none' };
    case 'openai':
      return {
        provider: 'openai',
        model: env.FAQ_EMBEDDINGS_MODEL ?? missing('FAQ_EMBEDDINGS_MODEL', 'openai', 'FAQ_EMBEDDINGS_PROVIDER'),
        ...common,
        ...(env.FAQ_EMBEDDINGS_API_KEY ? { apiKey: env.FAQ_EMBEDDINGS_API_KEY } : {}),
        ...(env.FAQ_EMBEDDINGS_BASE_URL ? { baseUrl: env.FAQ_EMBEDDINGS_BASE_URL } : {}),
      };
    case 'ollama':
      return {
        provider: 'ollama',
        model: env.FAQ_EMBEDDINGS_MODEL ?? missing('FAQ_EMBEDDINGS_MODEL', 'ollama', 'FAQ_EMBEDDINGS_PROVIDER'),
        baseUrl: env.FAQ_EMBEDDINGS_BASE_URL ?? OLLAMA_DEFAULT_URL,
        ...common,
      };
  }
}

/** The FaqConfig the environment describes; throws EngineError CONFIG.FAQ naming a missing variable. */
export function faqConfigFromEnv(env: FaqEnv): FaqConfig {
  const timeoutMs = env.FAQ_LLM_TIMEOUT_MS;
  const llm = (() => {
    switch (env.FAQ_LLM_PROVIDER) {
      case 'none':
        return { provider: 'none' as const };
      case 'openai':
        return {
          provider: 'openai' as const,
          model: env.FAQ_LLM_MODEL ?? missing('FAQ_LLM_MODEL', 'openai'),
          timeoutMs,
          ...(env.FAQ_LLM_API_KEY ? { apiKey: env.FAQ_LLM_API_KEY } : {}),
          ...(env.FAQ_LLM_BASE_URL ? { baseUrl: env.FAQ_LLM_BASE_URL } : {}),
        };
      case 'azure':
        return {
          provider: 'azure' as const,
          apiKey: env.FAQ_LLM_API_KEY ?? missing('FAQ_LLM_API_KEY', 'azure'),
          instance: env.FAQ_LLM_AZURE_INSTANCE ?? missing('FAQ_LLM_AZURE_INSTANCE', 'azure'),
          deployment: env.FAQ_LLM_AZURE_DEPLOYMENT ?? missing('FAQ_LLM_AZURE_DEPLOYMENT', 'azure'),
          apiVersion: env.FAQ_LLM_AZURE_API_VERSION,
          timeoutMs,
        };
      case 'ollama':
        return {
          provider: 'ollama' as const,
          model: env.FAQ_LLM_MODEL ?? missing('FAQ_LLM_MODEL', 'ollama'),
          baseUrl: env.FAQ_LLM_BASE_URL ?? OLLAMA_DEFAULT_URL,
          timeoutMs,
        };
    }
  })();
  if (env.FAQ_GATE_SUGGEST > env.FAQ_GATE_ANSWER)
    throw new EngineError('CONFIG.FAQ', 'configuration error: FAQ_GATE_SUGGEST: must not exceed FAQ_GATE_ANSWER');
  if (env.FAQ_SUGGEST_THRESHOLD > env.FAQ_ANSWER_THRESHOLD)
    throw new EngineError('CONFIG.FAQ', 'configuration error: FAQ_SUGGEST_THRESHOLD: must not exceed FAQ_ANSWER_THRESHOLD');
  return {
    kbDir: env.FAQ_KB_DIR,
    contact: { 'zh-CN': env.FAQ_CONTACT, en: env.FAQ_CONTACT_EN ?? env.FAQ_CONTACT },
    hotline: { 'zh-CN': env.FAQ_HOTLINE, en: env.FAQ_HOTLINE_EN ?? env.FAQ_HOTLINE },
    thresholds: {
      answer: env.FAQ_ANSWER_THRESHOLD, suggest: env.FAQ_SUGGEST_THRESHOLD, margin: env.FAQ_AMBIGUITY_MARGIN, lead: env.FAQ_CLEAR_LEAD, pick: env.FAQ_CLEAR_PICK,
      gateAnswer: env.FAQ_GATE_ANSWER, gateSuggest: env.FAQ_GATE_SUGGEST,
    },
    llm: LlmConfigSchema.parse(llm),
    embeddings: EmbeddingsConfigSchema.parse(embeddingsFromEnv(env)),
  };
}
