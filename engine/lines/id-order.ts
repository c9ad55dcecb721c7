/** The one order of line ids every sort ends in (order is total). */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Natural id order (B2 before B10), the same on every machine and locale (no localeCompare).
 * Digit runs compare by value; equal values (B01 and B1) fall back to code-unit order, so the
 * order stays total and the sort deterministic.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i < n) {
    // The common case (B0000017 against B0000023): the first difference is a digit on both sides
    // and the two digit runs end at the same place. Same start, same length: the values compare
    // as the digits at the difference do.
    const c = a.charCodeAt(i);
    const d = b.charCodeAt(i);
    if (isDigit(c) && isDigit(d)) {
      let ra = i + 1;
      while (ra < a.length && isDigit(a.charCodeAt(ra))) ra++;
      let rb = i + 1;
      while (rb < b.length && isDigit(b.charCodeAt(rb))) rb++;
      if (ra === rb) return c - d;
    }
  }
  let s = i;
  while (s > 0 && isDigit(a.charCodeAt(s - 1))) s--;
  let ea = s;
  while (ea < a.length && isDigit(a.charCodeAt(ea))) ea++;
  let eb = s;
  while (eb < b.length && isDigit(b.charCodeAt(eb))) eb++;
  if (ea > s && eb > s) {
    let za = s;
    while (za < ea - 1 && a.charCodeAt(za) === 48) za++;
    let zb = s;
    while (zb < eb - 1 && b.charCodeAt(zb) === 48) zb++;
    if (ea - za !== eb - zb) return ea - za - (eb - zb);
    for (let k = 0; k < ea - za; k++) {
      const d = a.charCodeAt(za + k) - b.charCodeAt(zb + k);
      if (d !== 0) return d;
    }
  }
  return a < b ? -1 : 1;
}

export function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return compareIds(a.id, b.id);
}
