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

/** Fills `{name}` placeholders. Unknown placeholders stay visible rather than vanish. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
