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
    0.6177,
    0.5413,
    -0.9435,
    0,
    -1.4115,
    -0.5265,
    0,
    0,
    0.347,
    3.6102,
    -1.7043,
    -0.2236,
    0.2723,
    0,
    0,
    1.3563,
    -0.097,
    -0.7138,
    -0.2061
  ],
  bias: 0
};
