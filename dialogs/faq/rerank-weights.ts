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
    'first',
    'behind',
    'place'
  ],
  weights: [
    0.6669,
    0.5214,
    -1.4103,
    0,
    -1.2204,
    -0.9361,
    0,
    0,
    0.3322,
    4.0836,
    -1.4115,
    -0.1197,
    1.1923,
    0,
    0,
    0.0331,
    -0.7593,
    -0.1819
  ],
  bias: 0
};
