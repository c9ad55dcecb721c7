/**
 * Scores the FAQ on the labelled set (eval-set.yaml): hit@1, MRR, false-accept rate on questions
 * it must decline, and latency. Shared by `npm run eval:faq` and eval.test.ts.
 *
 * - hit@1: share of answerable questions where the first entry the person sees (the answer, or
 *   the first "did you mean" choice) is the labelled one.
 * - MRR: mean reciprocal rank of the labelled entry in the top five retrieved (0 when absent).
 * - false-accept: share of must-decline questions that got an answer or choices instead of "I don't know".
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Faq } from '../../dialogs/faq/answer.ts';

const EvalItemSchema = z.strictObject({
  q: z.string().min(1),
  expect: z.string().nullable(),
  asker: z.enum(['staff', 'customer']).default('staff'),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;

export const EVAL_SET_PATH = fileURLToPath(new URL('./eval-set.yaml', import.meta.url));

export function loadEvalSet(path: string = EVAL_SET_PATH): EvalItem[] {
  return z.strictObject({ questions: z.array(EvalItemSchema).min(1) }).parse(parse(readFileSync(path, 'utf8'))).questions;
}

export interface Miss {
  q: string;
  expect: string | null;
  got: string | null;
  kind: string;
  confidence: number;
}

export interface EvalResult {
  answerable: number;
  mustDecline: number;
  hitAt1: number;
  mrr: number;
  falseAccept: number;
  /** Answerable questions that got a direct answer / choices / "I don't know". */
  outcomes: { answer: number; suggest: number; unknown: number };
  latencyMs: { p50: number; p95: number; max: number };
  misses: Miss[];
}

const lang = (q: string) => (/[\u3400-\u9fff]/.test(q) ? 'zh-CN' : 'en') as 'zh-CN' | 'en';

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Runs every question once to warm up (segmenter, JIT), then once measured. */
export async function evaluate(faq: Faq, items: readonly EvalItem[]): Promise<EvalResult> {
  for (const it of items) await faq.answer(it.q, { lang: lang(it.q), asker: it.asker });
  let hits = 0;
  let rr = 0;
  let accepted = 0;
  const outcomes = { answer: 0, suggest: 0, unknown: 0 };
  const times: number[] = [];
  const misses: Miss[] = [];
  for (const it of items) {
    const start = performance.now();
    const reply = await faq.answer(it.q, { lang: lang(it.q), asker: it.asker });
    times.push(performance.now() - start);
    const shown = reply.kind === 'answer' ? reply.sources[0]?.id : reply.kind === 'suggest' ? reply.suggestionIds[0] : undefined;
    if (it.expect === null) {
      if (reply.kind !== 'unknown') {
        accepted++;
        misses.push({ q: it.q, expect: null, got: shown ?? null, kind: reply.kind, confidence: reply.confidence });
      }
      continue;
    }
    outcomes[reply.kind]++;
    if (shown === it.expect) hits++;
    else misses.push({ q: it.q, expect: it.expect, got: shown ?? null, kind: reply.kind, confidence: reply.confidence });
    const ranked = faq.search.search(it.q, it.asker, 5).map((h) => h.entry.id);
    const rank = ranked.indexOf(it.expect);
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  const answerable = items.filter((i) => i.expect !== null).length;
  const mustDecline = items.length - answerable;
  times.sort((a, b) => a - b);
  return {
    answerable,
    mustDecline,
    hitAt1: answerable ? hits / answerable : 0,
    mrr: answerable ? rr / answerable : 0,
    falseAccept: mustDecline ? accepted / mustDecline : 0,
    outcomes,
    latencyMs: { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? 0 },
    misses,
  };
}
