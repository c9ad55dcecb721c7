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
    0.6261,
    0.458,
    -0.9583,
    0,
    -1.4199,
    -0.7588,
    0,
    0,
    0.3193,
    3.5719,
    -1.3238,
    -0.0304,
    0.3096,
    0,
    0,
    1.423,
    -0.0962,
    -0.7151,
    -0.2091
  ],
  bias: 0
};
