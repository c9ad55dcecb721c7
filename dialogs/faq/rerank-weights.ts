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
    0.4523,
    0.5138,
    -1.1197,
    0,
    -0.8904,
    -0.5687,
    0,
    0,
    0.3052,
    3.4556,
    -0.791,
    -0.4503,
    0.228,
    0,
    0,
    0.6971,
    -0.1219,
    -0.5238,
    -0.2057,
    0.043,
    0.0675
  ],
  bias: 0
};
