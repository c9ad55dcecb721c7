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
    0.6326,
    0.4646,
    -1.0137,
    0,
    -1.4646,
    -0.7879,
    0,
    0,
    0.3656,
    3.6311,
    -1.3242,
    -0.0408,
    0.3517,
    0,
    0,
    1.387,
    -0.1104,
    -0.7216,
    -0.2129
  ],
  bias: 0
};
