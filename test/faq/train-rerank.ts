/**
 * `npx tsx test/faq/train-rerank.ts [--write]`: fits the reranker (dialogs/faq/rerank.ts), a linear
 * score per candidate entry trained as a softmax over the search's five best, on the retired
 * blind-written sets of sets.ts, each searched without its own field phrasings (as the search sees a
 * new question), questions with a right entry among the five only; never a blind set. Prints, for
 * each set, the share of its questions whose first entry is right before and after reranking, with
 * the reranker fitted on the other sets (leave one set out); with --write, stores the weights fitted
 * on every set in dialogs/faq/rerank-weights.ts.
 */
import { loadKnowledgeBase } from '../../dialogs/faq/load.ts';
import { RERANK_FEATURES, type RerankWeights } from '../../dialogs/faq/rerank.ts';
import { linear } from '../../dialogs/faq/signals.ts';
import { FaqSearch } from '../../dialogs/faq/search.ts';
import { loadEvalSet } from './evaluate.ts';
import { writeWeights } from './weights-file.ts';
import { FIELD_SETS } from './sets.ts';

interface Question { set: string; x: number[][]; right: boolean[] }
const questions: Question[] = [];
for (const { set, path } of FIELD_SETS) {
  const search = new FaqSearch(loadKnowledgeBase(undefined, { leaveOutFieldSets: new Set([set]) }), undefined, null);
  for (const it of loadEvalSet(path)) {
    if (it.expect === null || it.expect === 'smalltalk') continue;
    const hits = search.search(it.q, it.asker, 5);
    if (hits.length === 0) continue;
    questions.push({ set, x: search.candidateVectors(it.q, hits), right: hits.map((h) => h.entry.id === it.expect || it.also.includes(h.entry.id)) });
  }
}

/** Softmax regression over each question's candidates, L2-penalised, on standardised features. */
function fit(train: readonly Question[], l2 = 0.01, steps = 600, rate = 0.3): RerankWeights {
  const n = RERANK_FEATURES.length;
  const rows = train.flatMap((q) => q.x);
  const mean = Array.from({ length: n }, (_, j) => rows.reduce((s, x) => s + x[j]!, 0) / rows.length);
  const sd = Array.from({ length: n }, (_, j) => Math.sqrt(rows.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / rows.length) || 1);
  const usable = train.filter((q) => q.right.some(Boolean)).map((q) => ({ z: q.x.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!)), right: q.right }));
  const w = new Array<number>(n).fill(0);
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(n).fill(0);
    for (const { z, right } of usable) {
      const s = z.map((x) => x.reduce((t, v, j) => t + v * w[j]!, 0));
      const max = Math.max(...s);
      const e = s.map((v) => Math.exp(v - max));
      const sum = e.reduce((a, b) => a + b, 0);
      const k = right.filter(Boolean).length;
      z.forEach((x, c) => {
        const d = e[c]! / sum - (right[c] ? 1 / k : 0);
        x.forEach((v, j) => (g[j]! += d * v));
      });
    }
    for (let j = 0; j < n; j++) w[j]! -= rate * (g[j]! / usable.length + l2 * w[j]!);
  }
  // Back to the raw features' scale; a constant does not change the order, so the bias is 0.
  return { features: [...RERANK_FEATURES], weights: w.map((wj, j) => Math.round((wj / sd[j]!) * 1e4) / 1e4), bias: 0 };
}

const firstRight = (w: RerankWeights | null, q: Question): boolean => {
  if (!w) return q.right[0]!;
  const v = q.x.map((x) => linear(w, x));
  return q.right[v.indexOf(Math.max(...v))]!;
};
let before = 0, after = 0;
for (const { set } of FIELD_SETS) {
  const test = questions.filter((q) => q.set === set);
  const w = fit(questions.filter((q) => q.set !== set));
  const b = test.filter((q) => firstRight(null, q)).length;
  const a = test.filter((q) => firstRight(w, q)).length;
  before += b;
  after += a;
  process.stdout.write(`${set.padEnd(6)} ${String(test.length).padStart(4)} questions: first entry right ${(b / test.length).toFixed(3)} → ${(a / test.length).toFixed(3)}\n`);
}
process.stdout.write(`pooled ${questions.length} questions (leave one set out): ${(before / questions.length).toFixed(3)} → ${(after / questions.length).toFixed(3)}\n`);
const all = fit(questions);
process.stdout.write(`${JSON.stringify(all)}\n`);
if (process.argv.includes('--write')) writeWeights(all, { file: 'rerank-weights.ts', name: 'RERANK_WEIGHTS', type: 'RerankWeights', from: 'rerank.ts', script: 'test/faq/train-rerank.ts' });
