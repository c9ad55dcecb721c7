/**
 * Outside text in a card or reply is data, not markup. Statement descriptions, counterparties,
 * references, typed reasons and comments, and names come from files and people; Teams and Web
 * Chat render TextBlock text (and message text) as Markdown, so unescaped they could plant a
 * clickable link or fake a line ("提议人：…") in an approver's card.
 *
 * Adaptive Cards interpret a CommonMark subset: **bold**, _italic_, `- ` and `1. ` lists at a line
 * start, and [title](url) links (https://aka.ms/ACTextFeatures); Web Chat renders with a fuller
 * CommonMark (code spans, `<autolinks>`, headings, ~~strike~~). Escaped here, with CommonMark
 * backslash escapes: `\ * _ [ ] ` < > ~` anywhere, and a heading, list or quote marker at the
 * start. Line breaks (CR, LF, U+2028/2029, tabs and other controls) become one space, so a
 * value never starts a line of its own, and long values end in an ellipsis.
 */

/** Longest outside value shown in one line (characters); longer ones end in "…". */
export const MAX_OUTSIDE = 200;

// eslint-disable-next-line no-control-regex -- control characters are what is replaced here
const BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/gu;
const INLINE = /[\\`*_[\]<>~]/g;
/** A heading, bullet or numbered-list marker where a line starts. */
const LINE_START = /^(?:(#{1,6}|[-+])|(\d{1,9})([.)]))(?=\s|$)/;

/** One line: every line break, tab or control character becomes a space; capped at `max` characters. */
export function oneLine(value: string, max: number = MAX_OUTSIDE): string {
  const flat = value.replace(BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** An outside value for a card or reply: one line, capped, with every Markdown character escaped. */
export function outside(value: string | null | undefined, max: number = MAX_OUTSIDE): string {
  const line = oneLine(value ?? '', max).replace(INLINE, (c) => `\\${c}`);
  return line.replace(LINE_START, (_m, mark: string | undefined, num: string | undefined, dot: string | undefined) =>
    (mark !== undefined ? `\\${mark}` : `${num ?? ''}\\${dot ?? ''}`));
}
