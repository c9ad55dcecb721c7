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
    0.4943,
    0.5005,
    -1.2849,
    0,
    -1.4738,
    -0.9677,
    0,
    0,
    0.3824,
    3.8926,
    -1.3584,
    -0.3382,
    0.4614,
    0,
    0,
    1.3334,
    -0.0235,
    -0.5656,
    -0.1822
  ],
  bias: 0
};
