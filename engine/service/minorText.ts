import type { Decimal } from '../money.ts';
import { fixedFromMinor } from '../lines/minor-units.ts';

/**
 * Exact decimal text of an amount held as integer minor units (a reader's `amountMinor`), written
 * without building a Decimal: at a million lines a file, the Decimal an import would build per
 * line just to print it again was a large share of the import's own time (bench:store).
 */

/** `minor` at `scale` decimals, all of them written: (-12345n, 2) → "-123.45", (5n, 2) → "0.05". */
export function minorFixed(minor: bigint, scale: number): string {
  return fixedFromMinor(minor, scale);
}

/**
 * What `Decimal.toString()` gives for the same value (trailing fraction zeros and a bare point
 * dropped, "0" for zero): (12300n, 2) → "123", (12350n, 2) → "123.5". The project's Decimal writes
 * plain notation up to 1e40, far beyond any amount a reader turns into minor units.
 */
export function minorPlain(minor: bigint, scale: number): string {
  const fixed = minorFixed(minor, scale);
  if (scale === 0) return fixed;
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === 48) end--;
  if (fixed.charCodeAt(end - 1) === 46) end--;
  const out = fixed.slice(0, end);
  return out === '-0' ? '0' : out;
}

/**
 * `d.toFixed(max(scale, d.decimalPlaces()))` (the amount written at least at the currency's
 * scale: 100 CNY as 100.00), from `toString()` with the missing zeros added: toFixed rounds a
 * copy of the Decimal first, which was most of the cost of writing a line's running balance
 * (bench:store). The project's Decimal writes plain notation up to 1e40 (money.ts); a text in
 * exponent notation takes toFixed.
 */
export function decimalFixed(d: Decimal, scale: number): string {
  const text = d.toString();
  if (text.includes('e')) return d.toFixed(Math.max(scale, d.decimalPlaces()));
  const dot = text.indexOf('.');
  const decimals = dot === -1 ? 0 : text.length - dot - 1;
  if (decimals >= scale) return text;
  return (dot === -1 ? `${text}.` : text) + '0'.repeat(scale - decimals);
}
