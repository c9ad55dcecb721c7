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
    0.4116,
    0.5159,
    -0.9125,
    0,
    -0.7787,
    -0.5043,
    0,
    0,
    0.3669,
    3.4453,
    -0.8958,
    -0.5253,
    0.1531,
    0,
    0,
    0.7688,
    -0.1468,
    -0.4793,
    -0.2111,
    0.0468,
    -0.002
  ],
  bias: 0
};
