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
    0.5324,
    0.5098,
    -1.0887,
    0,
    -0.8891,
    -0.5862,
    0,
    0,
    0.3452,
    3.4738,
    -0.8046,
    -0.297,
    0.2216,
    0,
    0,
    0.7553,
    -0.1169,
    -0.6167,
    -0.1974,
    0.0417,
    0.0422
  ],
  bias: 0
};
