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
    0.6506,
    0.48,
    -0.9631,
    0,
    -1.4404,
    -0.7496,
    0,
    0,
    0.3519,
    3.5731,
    -1.4214,
    -0.0399,
    0.3107,
    0,
    0,
    1.3913,
    -0.1043,
    -0.7437,
    -0.2077
  ],
  bias: 0
};
