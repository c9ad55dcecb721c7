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
    0.5465,
    0.4874,
    -1.0148,
    0,
    -1.5991,
    -0.7743,
    0,
    0,
    0.4392,
    3.7127,
    -1.5281,
    -0.2199,
    0.3729,
    0,
    0,
    1.3673,
    -0.0781,
    -0.6304,
    -0.1805
  ],
  bias: 0
};
