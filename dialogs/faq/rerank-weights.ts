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
    'first',
    'behind',
    'place'
  ],
  weights: [
    0.7037,
    0.6033,
    -1.4186,
    0,
    -1.2113,
    -0.9909,
    0,
    0,
    0.408,
    4.043,
    -0.9721,
    -0.2791,
    1.0968,
    0,
    -0.0567,
    -0.7843,
    -0.234
  ],
  bias: 0
};
