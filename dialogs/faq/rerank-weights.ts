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
    0.4682,
    0.5055,
    -1.0815,
    0,
    -1.4019,
    -0.8718,
    0,
    0,
    0.3096,
    3.7006,
    -1.297,
    -0.3877,
    0.4175,
    0,
    0,
    1.3478,
    -0.0825,
    -0.5383,
    -0.2045
  ],
  bias: 0
};
