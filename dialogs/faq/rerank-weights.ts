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
    0.541,
    0.5041,
    -1.2581,
    0,
    -1.4179,
    -0.9149,
    0,
    0,
    0.4191,
    3.8229,
    -1.1864,
    -0.2806,
    0.4719,
    0,
    0,
    1.2951,
    -0.0111,
    -0.6161,
    -0.1871
  ],
  bias: 0
};
