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
    0.4369,
    0.56,
    -0.9564,
    0,
    -0.7587,
    -0.5084,
    0,
    0,
    0.3071,
    3.4097,
    -0.7897,
    -0.5922,
    0.1708,
    0,
    0,
    0.768,
    -0.1306,
    -0.5083,
    -0.2039,
    0.0464,
    -0.0056
  ],
  bias: 0
};
