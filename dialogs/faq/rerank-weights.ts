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
    0.6823,
    0.5528,
    -1.3802,
    0,
    -1.229,
    -0.9782,
    0,
    0,
    0.327,
    4.0689,
    -1.0711,
    -0.2008,
    1.1412,
    0,
    0,
    -0.0514,
    -0.7587,
    -0.2213
  ],
  bias: 0
};
