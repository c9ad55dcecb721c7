/** Written by `npx tsx test/faq/train-rerank.ts --write` (tuned sets only); do not edit by hand. */
import type { RerankWeights } from './rerank.ts';

export const RERANK_WEIGHTS: RerankWeights = {
  features: [
    'score',
    'lead',
    'phrasing',
    'unknownShare',
    'uncoveredShare',
    'typeMismatch',
    'logTerms',
    'unknownWord',
    'uncoveredMax',
    'jaccard',
    'answerOnlyShare',
    'second',
    'vote',
    'declinedLike',
    'declinedVote',
    'voteWide',
    'first',
    'behind',
    'place'
  ],
  weights: [
    0.5236,
    0.4976,
    -1.1641,
    0,
    -1.3552,
    -0.9467,
    0,
    0,
    0.2919,
    3.8249,
    -1.2773,
    -0.2828,
    0.4452,
    0,
    0,
    1.3565,
    0.0061,
    -0.5995,
    -0.1768
  ],
  bias: 0
};
