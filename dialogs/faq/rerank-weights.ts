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
    0.7063,
    0.493,
    -1.0296,
    0,
    -1.4601,
    -0.7992,
    0,
    0,
    0.3806,
    3.5878,
    -1.4041,
    0.0014,
    0.3426,
    0,
    0,
    1.3644,
    -0.0949,
    -0.8016,
    -0.1987
  ],
  bias: 0
};
