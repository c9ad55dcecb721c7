/** The language to answer in: the message's own script first, then the channel's locale. */
import { pickLang, scriptLang, type Lang } from '../engine/i18n/index.ts';

/** The script's language when the text shows one (engine/i18n scriptLang), else the locale (zh-CN default). */
export function replyLang(text: string | undefined, locale: string | undefined): Lang {
  return (text ? scriptLang(text) : undefined) ?? pickLang(locale);
}
