/** Wires the FAQ (dialogs/faq) into the CLI's `ask`. Replaced by the FAQ issue's retrieval. */
import type { AskAnswer } from '../engine/cli/context.ts';
import type { Lang } from '../engine/i18n/index.ts';
import type { CliConfig } from './config.ts';

export function createAsker(_config: CliConfig): (question: string, lang: Lang) => Promise<AskAnswer> {
  return async () => ({ answer: '', confidence: 0, sources: [], suggestions: [] });
}
