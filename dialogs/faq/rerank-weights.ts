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
    0.5217,
    0.4853,
    -1.0629,
    0,
    -1.5182,
    -0.7896,
    0,
    0,
    0.3475,
    3.7562,
    -1.4713,
    -0.254,
    0.3865,
    0,
    0,
    1.401,
    -0.084,
    -0.6018,
    -0.1851
  ],
  bias: 0
};
