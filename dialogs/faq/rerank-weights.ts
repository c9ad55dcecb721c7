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
    0.458,
    0.5652,
    -1.0016,
    0,
    -0.8535,
    -0.5418,
    0,
    0,
    0.3715,
    3.4346,
    -0.8255,
    -0.5663,
    0.1907,
    0,
    0,
    0.7681,
    -0.1227,
    -0.5325,
    -0.195,
    0.0462,
    -0.0202
  ],
  bias: 0
};
