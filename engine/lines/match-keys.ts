/**
 * The keys the matching passes compare references and counterparties by: trimmed, Unicode NFKC
 * (full-width ＰＡＹ１２ = PAY12), upper case; a counterparty's inner runs of spaces collapsed.
 * Exact keys: two lines match on them only when the texts are the same after this folding
 * (the looser key the resolve dialog ranks candidates by is `looseKey` in match/candidates.ts).
 */
/** Printable ASCII without spaces or lower-case letters: already normal, nothing to allocate. */
function isPlainUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || (c >= 0x61 && c <= 0x7a)) return false;
  }
  return true;
}

/** Printable ASCII without spaces: NFKC leaves it alone and there is nothing to trim. */
const PLAIN = /^[!-~]*$/;

/**
 * The key a reference matches by. Trim, Unicode NFKC (full-width ＰＡＹ１２ = PAY12), case-insensitive. Folded to upper case:
 * references are mostly written in capitals already, so the common case allocates nothing.
 */
export function referenceKey(text: string): string {
  if (isPlainUpper(text)) return text;
  if (PLAIN.test(text)) return text.toUpperCase();
  return text.normalize('NFKC').trim().toUpperCase();
}

/** The key a counterparty matches by: like `referenceKey`, with inner runs of spaces collapsed. */
export function counterpartyKey(text: string): string {
  if (PLAIN.test(text)) return text.toUpperCase();
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase();
}

/** Counterparty names repeat across a statement: the key of each distinct name is made once. */
export class CounterpartyKeys {
  private readonly cache = new Map<string, string>();

  get(name: string): string {
    let n = this.cache.get(name);
    if (n === undefined) {
      n = counterpartyKey(name);
      if (this.cache.size < 1_000_000) this.cache.set(name, n);
    }
    return n;
  }
}
