/**
 * Typed replies inside a guided dialog: commands that work at every step (取消, 返回, 帮助, 下一页)
 * and choices written as a number, an ordinal ("2", "第二个", "第2条", "second"), a label or an
 * alias. Pure.
 */
import { foldTyped } from '../intent.ts';
import type { Prompt } from './card.ts';

export type Command = 'cancel' | 'back' | 'help' | 'next' | 'prev';

const COMMANDS: ReadonlyArray<[Command, RegExp]> = [
  ['cancel', /^(取消|算了|退出|不办了|cancel|quit|exit|stop|abort)[。.!！]*$/],
  ['back', /^(返回|上一步|后退|回去|back|go back|previous step)[。.!！]*$/],
  ['help', /^(帮助|help|\?|？|怎么办|what can i do|options)[。.!！]*$/],
  ['next', /^(下一页|更多|后面|next|next page|more)[。.!！]*$/],
  ['prev', /^(上一页|前面|prev|previous|previous page)[。.!！]*$/],
];

/** The command a typed reply is, or null. */
export function parseCommand(text: string): Command | null {
  const t = foldTyped(text);
  for (const [name, re] of COMMANDS) if (re.test(t)) return name;
  return null;
}

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function zhNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1) return ZH_DIGITS[s] ?? null;
  // 十一 … 十九
  if (s.length === 2 && s[0] === '十') return (ZH_DIGITS[s[1]!] ?? NaN) + 10 || null;
  return null;
}

/** A 1-based position written as "2", "no. 2", "第二个", "第2条", "二", "second", "the 2nd one"; else null. */
export function parseOrdinal(text: string): number | null {
  const t = foldTyped(text).replace(/[。.!！]+$/, '');
  // "#12" is not a position: it names difference 12 (the choices' aliases).
  let m = /^(?:no\.?\s*)?(\d{1,3})$/.exec(t);
  if (m) return Number(m[1]);
  m = /^第?\s*([\d一二两三四五六七八九十]{1,3})\s*(?:个|条|笔|项|号|页)?$/.exec(t);
  if (m && (t.startsWith('第') || /^[一二两三四五六七八九十]+$/.test(m[1]!))) return zhNumber(m[1]!);
  m = /^(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)(?:\s+one)?$/.exec(t);
  if (m) return Number(m[1]);
  m = /^(?:the\s+)?([a-z]+)(?:\s+one)?$/.exec(t);
  if (m) {
    const i = EN_ORDINALS.indexOf(m[1]!);
    if (i >= 0) return i + 1;
  }
  return null;
}

/**
 * The choice typed text names on a prompt: a position among the numbered choices (out of range
 * when there is no such choice), else a label or alias of any button; null when none.
 */
export function typedChoice(prompt: Prompt, free: string): { choice: string | null; outOfRange: boolean } {
  const all = prompt.choices ?? [];
  // Choices that carry their own numbers (#12): a typed number is one of those, not a position
  // (a word such as 第一个 or "first" still is).
  const ownNumber = prompt.numbered === false && /^[#＃]?\s*\d+$/.test(foldTyped(free));
  // A decision taken by word is never a position.
  const n = ownNumber || prompt.byWord ? null : parseOrdinal(free);
  if (n !== null && all.length > 0) {
    return n >= 1 && n <= all.length ? { choice: all[n - 1]!.value, outOfRange: false } : { choice: null, outOfRange: true };
  }
  const typed = foldTyped(free);
  const hit = [...all, ...(prompt.extra ?? [])].find((c) => foldTyped(c.label) === typed || (c.aliases ?? []).some((a) => foldTyped(a) === typed));
  return { choice: hit ? hit.value : null, outOfRange: false };
}
