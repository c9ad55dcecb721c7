/**
 * Characters no text field can hold: NUL (PostgreSQL's text and jsonb refuse it) and a UTF-16
 * surrogate without its partner (not a character at all; jsonb refuses its escape). A message or
 * card value carrying one is bad input, answered politely before any dialog step or store call.
 */

/** A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const bad = (s: string): boolean => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** How deep a card value is searched (card data is shallow; deeper input is refused elsewhere). */
const MAX_DEPTH = 16;

/** True when a string anywhere in `value` (keys included) holds a NUL or a lone surrogate. */
export function hasBadCharacters(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return bad(value);
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.some((v) => hasBadCharacters(v, depth + 1));
  return Object.entries(value).some(([k, v]) => bad(k) || hasBadCharacters(v, depth + 1));
}
