/** The language to answer in: the message's own script first, then the channel's locale. */
import { pickLang, type Lang } from '../engine/i18n/index.ts';

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** Chinese characters → zh-CN; Latin words and no Chinese → en; otherwise the locale (zh-CN default). */
export function replyLang(text: string | undefined, locale: string | undefined): Lang {
  if (text && HAN.test(text)) return 'zh-CN';
  if (text && LATIN_WORD.test(text)) return 'en';
  return pickLang(locale);
}
