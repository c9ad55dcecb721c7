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
    0.4937,
    0.5271,
    -1.0434,
    0,
    -0.8885,
    -0.565,
    0,
    0,
    0.3259,
    3.4516,
    -0.7777,
    -0.407,
    0.2116,
    0,
    0,
    0.7643,
    -0.1246,
    -0.5726,
    -0.2064,
    0.0429,
    0.0089
  ],
  bias: 0
};
