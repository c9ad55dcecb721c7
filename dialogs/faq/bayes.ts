/**
 * A second opinion for the reranker: multinomial naive Bayes over the terms of each entry's
 * phrasings (title and alternatives, field phrasings included). BM25 asks how much of the question
 * an entry's words cover; this asks which entry's phrasings make the question's words most likely,
 * so a word that many of one entry's phrasings share counts for it, however common it is elsewhere.
 * Word terms count 1, gram terms (the typo fallback) `GRAM_WEIGHT`; additive smoothing `ALPHA`.
 * Scores are log posteriors under a uniform prior: equal questions give equal scores.
 */
import type { Terms } from './tokenize.ts';

const ALPHA = 0.1;
const GRAM_WEIGHT = 0.5;
/** A log posterior below this is read as this (a candidate the model finds unlikely is just that). */
export const BAYES_FLOOR = -30;

export class TermBayes {
  /** Term → the entries whose phrasings hold it, with its weighted count in each. */
  private readonly postings = new Map<string, { entry: number; count: number }[]>();
  /** Per entry, log(its weighted term count + ALPHA × vocabulary size). */
  private readonly logDen: Float64Array;

  constructor(phrasingsOf: readonly (readonly Terms[])[]) {
    const totals = new Float64Array(phrasingsOf.length);
    phrasingsOf.forEach((phrasings, entry) => {
      const counts = new Map<string, number>();
      for (const t of phrasings) {
        for (const w of t.words) counts.set(`w:${w}`, (counts.get(`w:${w}`) ?? 0) + 1);
        for (const g of t.grams) counts.set(`g:${g}`, (counts.get(`g:${g}`) ?? 0) + GRAM_WEIGHT);
      }
      for (const [term, count] of counts) {
        const list = this.postings.get(term);
        if (list) list.push({ entry, count });
        else this.postings.set(term, [{ entry, count }]);
        totals[entry]! += count;
      }
    });
    const vocabulary = this.postings.size;
    this.logDen = totals.map((t) => Math.log(t + ALPHA * vocabulary));
  }

  /** Each entry's log posterior for the question's terms (all 0 would be a question without terms: every entry equal). */
  logPosterior(terms: Terms): Float64Array {
    const asked = new Map<string, number>();
    for (const w of terms.words) if (!w.startsWith('?')) asked.set(`w:${w}`, (asked.get(`w:${w}`) ?? 0) + 1);
    for (const g of terms.grams) asked.set(`g:${g}`, (asked.get(`g:${g}`) ?? 0) + GRAM_WEIGHT);
    const n = this.logDen.length;
    const scores = new Float64Array(n);
    let mass = 0;
    for (const [term, times] of asked) {
      mass += times;
      // A term no entry has adds the same log(ALPHA) to every entry: it cannot change the order.
      for (const { entry, count } of this.postings.get(term) ?? []) scores[entry]! += times * (Math.log(count + ALPHA) - Math.log(ALPHA));
    }
    let top = -Infinity;
    for (let i = 0; i < n; i++) {
      scores[i]! -= mass * this.logDen[i]!;
      if (scores[i]! > top) top = scores[i]!;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Math.exp(scores[i]! - top);
    const norm = top + Math.log(sum);
    for (let i = 0; i < n; i++) scores[i] = Math.max(BAYES_FLOOR, scores[i]! - norm);
    return scores;
  }
}
