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
    0.6547,
    0.5017,
    -0.9359,
    0,
    -1.4013,
    -0.6433,
    0,
    0,
    0.3664,
    3.5858,
    -1.4004,
    -0.0729,
    0.3107,
    0,
    0,
    1.338,
    -0.111,
    -0.751,
    -0.2052
  ],
  bias: 0
};
