/**
 * A Decimal from plain decimal text (`-1234.50`) without decimal.js's general string parser,
 * which costs a regular expression and several temporary strings per call: on a million-line
 * file that is a large share of the reading time (measured with test/parse/parse.bench.ts).
 *
 * decimal.js documents a Decimal's value as three properties: `s` (sign), `e` (base-10
 * exponent of the first digit) and `d` (the digits in base 1e7 words, aligned so the decimal
 * point falls between words, no trailing zero words). The constructor copies any object
 * tagged `[object Decimal]` that carries them; that is how this builds one. A fast-check
 * property (test/parse/decimal-text.test.ts) checks every field against `new Decimal(text)`.
 * Zero and anything not plain goes through the ordinary constructor.
 */
import { Decimal } from '../money.ts';

const TAG = '[object Decimal]';
const WORD = 7;
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000];

function digitsValue(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/**
 * `text` must already be known plain: optional sign, digits, at most one '.', at least one
 * digit, at most 30 digits (readAmount checks this before calling).
 */
export function plainDecimal(text: string): Decimal {
  const n = text.length;
  let i = 0;
  let sign = 1;
  const c0 = text.charCodeAt(0);
  if (c0 === 45) {
    sign = -1;
    i = 1;
  } else if (c0 === 43) i = 1;
  const dot = text.indexOf('.', i);
  const intEnd = dot === -1 ? n : dot;
  while (i < intEnd && text.charCodeAt(i) === 48) i++;
  let fracEnd = n;
  if (dot !== -1) while (fracEnd > dot + 1 && text.charCodeAt(fracEnd - 1) === 48) fracEnd--;
  let digits: string;
  let e: number;
  if (i < intEnd) {
    digits = dot === -1 || fracEnd === dot + 1 ? text.slice(i, intEnd) : text.slice(i, intEnd) + text.slice(dot + 1, fracEnd);
    e = intEnd - i - 1;
  } else {
    let k = dot + 1;
    if (dot === -1) return new Decimal(text); // zero
    while (k < fracEnd && text.charCodeAt(k) === 48) k++;
    if (k >= fracEnd) return new Decimal(text); // zero, possibly negative zero
    digits = text.slice(k, fracEnd);
    e = dot - k;
  }
  let len = digits.length;
  while (len > 1 && digits.charCodeAt(len - 1) === 48) len--;
  const d: number[] = [];
  let w = (e + 1) % WORD;
  if (e < 0) w += WORD;
  if (w < len) {
    if (w > 0) d.push(digitsValue(digits, 0, w));
    let p = w;
    for (; p + WORD <= len; p += WORD) d.push(digitsValue(digits, p, p + WORD));
    if (p < len) d.push(digitsValue(digits, p, len) * (POW10[WORD - (len - p)] ?? 1));
  } else {
    d.push(digitsValue(digits, 0, len) * (POW10[w - len] ?? 1));
  }
  const value = { toStringTag: TAG, s: sign, e, d };
  return new Decimal(value as unknown as Decimal);
}
