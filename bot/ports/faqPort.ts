/** The FAQ the bot answers with: dialogs/faq when it is there (wired here), else `noFaq`. */
import type { FaqPort } from '../../dialogs/ports.ts';
import type { BotConfig } from '../config.ts';
import { noFaq } from './faq.ts';

export async function faqPort(_config: BotConfig): Promise<FaqPort> {
  return noFaq;
}
