/** The FAQ's environment variables and what they turn into. */
import { describe, expect, it } from 'vitest';
import { faqConfigFromEnv, FaqEnvSchema } from '../../bot/faq-env.ts';
import { DEFAULT_THRESHOLDS } from '../../dialogs/faq/config.ts';

describe('FAQ configuration from the environment', () => {
  it('defaults: retrieval only, default thresholds, default contact', () => {
    const c = faqConfigFromEnv(FaqEnvSchema.parse({}));
    expect(c.llm).toEqual({ provider: 'none' });
    expect(c.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(c.contact).toEqual({ 'zh-CN': undefined, en: undefined });
  });

  it('each provider with its variables', () => {
    expect(faqConfigFromEnv(FaqEnvSchema.parse({ FAQ_LLM_PROVIDER: 'openai', FAQ_LLM_MODEL: 'qwen', FAQ_LLM_BASE_URL: 'http://10.0.0.5:8000/v1', FAQ_LLM_TIMEOUT_MS: '2500' })).llm).toEqual({
      provider: 'openai', model: 'qwen', baseUrl: 'http://10.0.0.5:8000/v1', timeoutMs: 2500,
    });
    expect(faqConfigFromEnv(FaqEnvSchema.parse({ FAQ_LLM_PROVIDER: 'ollama', FAQ_LLM_MODEL: 'qwen2.5' })).llm).toEqual({
      provider: 'ollama', model: 'qwen2.5', baseUrl: 'http://127.0.0.1:11434', timeoutMs: 4000,
    });
    const azure = { FAQ_LLM_PROVIDER: 'azure', FAQ_LLM_API_KEY: 'k', FAQ_LLM_AZURE_INSTANCE: 'i', FAQ_LLM_AZURE_DEPLOYMENT: 'd' };
    expect(faqConfigFromEnv(FaqEnvSchema.parse(azure)).llm).toMatchObject({ provider: 'azure', apiVersion: '2024-10-21' });
    expect(faqConfigFromEnv(FaqEnvSchema.parse({ FAQ_CONTACT: '营业部' })).contact).toEqual({ 'zh-CN': '营业部', en: '营业部' });
    expect(faqConfigFromEnv(FaqEnvSchema.parse({ FAQ_HOTLINE: '95000 转 3', FAQ_HOTLINE_EN: '95000 option 3' })).hotline).toEqual({ 'zh-CN': '95000 转 3', en: '95000 option 3' });
  });

  it('names the missing or bad variable', () => {
    expect(() => faqConfigFromEnv(FaqEnvSchema.parse({ FAQ_LLM_PROVIDER: 'openai' }))).toThrow('FAQ_LLM_MODEL: required when FAQ_LLM_PROVIDER=openai');
    expect(() => faqConfigFromEnv(FaqEnvSchema.parse({ FAQ_LLM_PROVIDER: 'azure', FAQ_LLM_API_KEY: 'k' }))).toThrow('FAQ_LLM_AZURE_INSTANCE');
    expect(() => faqConfigFromEnv(FaqEnvSchema.parse({ FAQ_SUGGEST_THRESHOLD: '0.6' }))).toThrow('FAQ_SUGGEST_THRESHOLD');
    expect(FaqEnvSchema.safeParse({ FAQ_ANSWER_THRESHOLD: '1.5' }).success).toBe(false);
    expect(FaqEnvSchema.safeParse({ FAQ_LLM_PROVIDER: 'gpt' }).success).toBe(false);
  });
});
