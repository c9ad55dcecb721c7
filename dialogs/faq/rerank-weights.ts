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
    0.452,
    0.5484,
    -0.9683,
    0,
    -0.7634,
    -0.4621,
    0,
    0,
    0.3369,
    3.4122,
    -0.8369,
    -0.5358,
    0.1846,
    0,
    0,
    0.7667,
    -0.1304,
    -0.5253,
    -0.2022,
    0.0465,
    -0.0122
  ],
  bias: 0
};
