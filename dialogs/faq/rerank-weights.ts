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
    0.7169,
    0.6112,
    -1.3969,
    0,
    -1.1194,
    -0.9915,
    0,
    0,
    0.3636,
    4.0358,
    -0.9172,
    -0.2771,
    1.0918,
    0,
    0,
    -0.0577,
    -0.799,
    -0.2357
  ],
  bias: 0
};
