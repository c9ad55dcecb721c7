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
    0.6344,
    0.5176,
    -0.8583,
    0,
    -1.4085,
    -0.528,
    0,
    0,
    0.3793,
    3.6143,
    -1.6174,
    -0.1376,
    0.2626,
    0,
    0,
    1.3636,
    -0.1111,
    -0.7315,
    -0.2118
  ],
  bias: 0
};
