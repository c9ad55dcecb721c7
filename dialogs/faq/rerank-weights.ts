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
    0.4367,
    0.5302,
    -0.9466,
    0,
    -0.8018,
    -0.4588,
    0,
    0,
    0.375,
    3.4465,
    -0.8856,
    -0.5216,
    0.1738,
    0,
    0,
    0.7432,
    -0.159,
    -0.507,
    -0.2118,
    0.0464,
    0.0103
  ],
  bias: 0
};
