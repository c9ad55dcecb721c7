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
    0.6452,
    0.5411,
    -0.9472,
    0,
    -1.3823,
    -0.6072,
    0,
    0,
    0.3846,
    3.6129,
    -1.5944,
    -0.1785,
    0.263,
    0,
    0,
    1.4175,
    -0.1098,
    -0.7431,
    -0.2021
  ],
  bias: 0
};
