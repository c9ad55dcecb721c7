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
    0.7084,
    0.4958,
    -0.9112,
    0,
    -1.348,
    -0.6898,
    0,
    0,
    0.3231,
    3.5924,
    -1.4097,
    0.0241,
    0.2845,
    0,
    0,
    1.3553,
    -0.1039,
    -0.8097,
    -0.2012
  ],
  bias: 0
};
