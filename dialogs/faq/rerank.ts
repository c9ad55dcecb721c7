/**
 * The reranker: which of the search's five best entries answers the question. The BM25 score says
 * how much of the question an entry's words cover; the reranker also weighs, for each of the five,
 * its closest phrasing, how many of the question's nearest phrasings are its own, what it leaves
 * uncovered and whether it states the kind of fact asked (the gate's signals, each computed as if
 * that entry were the best), how likely a term model of every entry's phrasings finds it (bayes.ts),
 * with its place and distance behind the first. A linear score per
 * entry, fitted as a softmax over the five on the tuned sets, each scored without its own field
 * phrasings (`npx tsx test/faq/train-rerank.ts --write`, weights in rerank-weights.ts); the entry
 * with the highest score (signals.ts `linear`) comes first. All-zero weights keep the search's order.
 */
import { FEATURES, featureVector, type LinearWeights, type Signals } from './signals.ts';

/** How many of the best hits the reranker reorders. */
export const RERANK_DEPTH = 5;

export const RERANK_FEATURES = [...FEATURES, 'voteWide', 'first', 'behind', 'place', 'bayes', 'bayesShare'] as const;
export type RerankWeights = LinearWeights;

/**
 * One candidate's features: its signals as the best hit, whether it is the search's first, how far
 * behind the first it scores, its place (0-based), and the term model's log posterior and posterior.
 */
export function candidateVector(s: Signals, place: number, behind: number): number[] {
  return [...featureVector(s), s.voteWide, place === 0 ? 1 : 0, behind, place, s.bayes, Math.exp(s.bayes)];
}
