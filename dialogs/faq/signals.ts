/**
 * What the FAQ weighs about a question and one entry it found, beyond the entry's score: the answer
 * gate's inputs (gate.ts) and the reranker's (rerank.ts). FaqSearch.signals computes them.
 */

/** What the answer gate weighs about a question and its best hit (FaqSearch.signals). */
export interface Signals {
  readonly score: number;
  readonly lead: number;
  readonly phrasing: number;
  readonly unknownShare: number;
  readonly uncoveredShare: number;
  readonly typeMismatch: number;
  readonly terms: number;
  /** 1 when the question has a word of two or more characters that no entry knows. */
  readonly unknownWord: number;
  /** The rarest word of the question that other entries know and this one lacks (its idf over the largest idf). */
  readonly uncoveredMax: number;
  /** Word overlap (Jaccard) of the question with the entry's closest phrasing. */
  readonly jaccard: number;
  /** The share of the question (idf) the entry has only in its answer, not in how it is asked. */
  readonly answerOnlyShare: number;
  /** The runner-up's score. */
  readonly second: number;
  /**
   * Of the five phrasings (any entry's, and the questions known to have no answer) that cover most
   * of the question, the share of their scores that belongs to the best hit: how many neighbours agree.
   */
  readonly vote: number;
  /** The same share among the fifteen nearest phrasings. */
  readonly voteWide: number;
  /**
   * The hit's softmax share of the reranker's preference among the five best (search.ts); 1 when the
   * hits were not reranked (the reranker's own features, computed before it ranks).
   */
  readonly share: number;
  /** How much of the question the closest question known to have no answer covers (0..1; 0 with none). */
  readonly declinedLike: number;
  /** Of the five phrasings nearest the question, the share of their scores held by questions known to have no answer. */
  readonly declinedVote: number;
  /** The entry's log posterior under the term model of its index (bayes.ts; BAYES_FLOOR at the lowest). */
  readonly bayes: number;
}

/** A linear model over named features (the gate's logistic regression, the reranker's scores). */
export interface LinearWeights {
  features: string[];
  weights: number[];
  bias: number;
}

export const FEATURES = ['score', 'lead', 'phrasing', 'unknownShare', 'uncoveredShare', 'typeMismatch', 'logTerms', 'unknownWord', 'uncoveredMax', 'jaccard', 'answerOnlyShare', 'second', 'vote', 'declinedLike', 'declinedVote'] as const;

export function featureVector(s: Signals): number[] {
  return [s.score, s.lead, s.phrasing, s.unknownShare, s.uncoveredShare, s.typeMismatch, Math.log(1 + s.terms), s.unknownWord, s.uncoveredMax, s.jaccard, s.answerOnlyShare, s.second, s.vote, s.declinedLike, s.declinedVote];
}

/** The weighted sum of a feature vector and the bias. */
export function linear(w: LinearWeights, x: readonly number[]): number {
  return w.bias + x.reduce((sum, v, j) => sum + v * (w.weights[j] ?? 0), 0);
}
