/**
 * Product text, one place per language: the folders `zh-CN/` and `en/` beside this file hold every
 * sentence shown to a person (CLI, reports, bot replies, cards). zh-CN is the reference shape;
 * each English file is typed as its zh-CN twin, so a missing key fails the type-check.
 */
import { zhCN } from './zh-CN/index.ts';
import { en } from './en/index.ts';

export type Lang = 'zh-CN' | 'en';
export type Messages = typeof zhCN;

const tables: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

export function messages(lang: Lang): Messages {
  return tables[lang];
}

/** Maps a locale string (`zh`, `zh_CN.UTF-8`, `en-US`) to a supported language; Chinese first. */
export function pickLang(locale: string | undefined | null): Lang {
  if (!locale) return 'zh-CN';
  return /^en/i.test(locale) ? 'en' : 'zh-CN';
}

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;
/** HTML tags and entities, URLs, and a Markdown link's target. */
const MARKUP = /<\/?[A-Za-z][^<>]*>|&[A-Za-z]+;|\b(?:https?|ftp|javascript|data):[^\s)）]*|\]\([^)]*\)/gi;

/**
 * The language a text is written in, when its script says so: Chinese characters (simplified or
 * traditional) → zh-CN, Latin words and no Chinese → en; a mix counts words against characters
 * (a Chinese word is about two characters), so "how do I 对账" is English and "网银 login 不了"
 * Chinese. Undefined when neither script appears ("2", "👍").
 */
export function scriptLang(text: string): Lang | undefined {
  // Markup and addresses are not words of the question: "<script>…</script>怎么对账" is Chinese.
  const words = text.replace(MARKUP, ' ');
  const han = words.match(HAN)?.length ?? 0;
  const latin = words.match(LATIN_WORD)?.length ?? 0;
  if (han === 0 && latin === 0) return undefined;
  return latin * 2 > han ? 'en' : 'zh-CN';
}

/** Fills `{name}` placeholders. Unknown placeholders stay visible rather than vanish. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
