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
    'place',
    'bayes',
    'bayesShare'
  ],
  weights: [
    0.4676,
    0.5534,
    -1.0424,
    0,
    -0.815,
    -0.5582,
    0,
    0,
    0.3405,
    3.463,
    -0.836,
    -0.5195,
    0.2138,
    0,
    0,
    0.7569,
    -0.1308,
    -0.5434,
    -0.2073,
    0.0454,
    -0.015
  ],
  bias: 0
};
