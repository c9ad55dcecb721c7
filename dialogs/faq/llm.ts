/**
 * The optional LLM, built from configuration: an OpenAI-compatible server, Azure OpenAI or Ollama.
 * The provider packages are imported only when one is configured, so the default (no LLM) path
 * loads nothing extra. Retries are off: a slow model falls back to the retrieval answer instead.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { LlmConfig } from './config.ts';

/** The chat model the configuration names, or undefined when the LLM is off. */
export async function createChatModel(config: LlmConfig): Promise<BaseChatModel | undefined> {
  switch (config.provider) {
    case 'none':
      return undefined;
    case 'openai': {
      const { ChatOpenAI } = await import('@langchain/openai');
      return new ChatOpenAI({
        model: config.model,
        temperature: 0,
        maxRetries: 0,
        ...(config.apiKey ? { apiKey: config.apiKey } : {}),
        ...(config.baseUrl ? { configuration: { baseURL: config.baseUrl } } : {}),
      });
    }
    case 'azure': {
      const { AzureChatOpenAI } = await import('@langchain/openai');
      return new AzureChatOpenAI({
        azureOpenAIApiKey: config.apiKey,
        azureOpenAIApiInstanceName: config.instance,
        azureOpenAIApiDeploymentName: config.deployment,
        azureOpenAIApiVersion: config.apiVersion,
        temperature: 0,
        maxRetries: 0,
      });
    }
    case 'ollama': {
      const { ChatOllama } = await import('@langchain/ollama');
      return new ChatOllama({ model: config.model, baseUrl: config.baseUrl, temperature: 0 });
    }
  }
}
