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
    0.4791,
    0.5195,
    -1.1128,
    0,
    -0.8873,
    -0.5513,
    0,
    0,
    0.316,
    3.4522,
    -0.7874,
    -0.4192,
    0.2158,
    0,
    0,
    0.7163,
    -0.1043,
    -0.5538,
    -0.1975,
    0.0421,
    0.0648
  ],
  bias: 0
};
