/**
 * A light English stemmer: strips the common inflectional and a few derivational suffixes so that
 * reconcile, reconciled, reconciling and reconciliation meet. Deliberately small and predictable
 * (no Porter step tables): the knowledge base is short and reviewed by people.
 */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['iations', ''], ['iation', ''], ['ations', ''], ['ation', ''], ['ments', ''], ['ment', ''], ['ings', ''], ['ing', ''],
  ['ies', 'y'], ['ied', 'y'], ['edly', ''], ['ed', ''], ['ly', ''], ['es', ''], ['s', ''],
];

function undouble(w: string): string {
  return /([b-df-hj-km-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** Stems one lowercase ASCII word; words of three letters or fewer are left alone. */
export function stem(word: string): string {
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  let w = word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 's' && /(ss|us|is)$/.test(w))) {
      w = undouble(w.slice(0, -suffix.length) + replacement);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
