/**
 * Scores the FAQ on a labelled set: hit@1, MRR, false accept, "did you mean" rate, the share of
 * English questions answered in English, and latency. Shared by `npm run eval:faq` and eval.test.ts.
 *
 * A set is YAML: either `questions: [...]` (eval-set.yaml, holdout-set.yaml, dev-set.yaml) or a
 * top-level list (the blind set's labels.yaml), each item
 * `{ q, asker?: customer|staff, lang?: zh-Hans|zh-Hant|en|mixed, expect: <entry id> | null | smalltalk, also?: [ids], gap?: "..." }`.
 *
 * - hit@1: share of answerable questions (expect not null) where what the person sees first is
 *   right: the answer or the first "did you mean" choice is `expect` or one of `also`; for
 *   `expect: smalltalk`, a small-talk reply.
 * - MRR: mean reciprocal rank of the first acceptable entry in the top five retrieved (0 when absent).
 * - false accept: share of must-decline questions (expect null) that got anything but "I don't know".
 * - did-you-mean: share of in-scope questions (expect an entry) answered with choices instead of an answer.
 * - English in English: share of English questions (lang en, or no Chinese character when the set
 *   has no lang) whose reply is in English; the FAQ is asked the way the chat asks it: in the
 *   language the question's script shows (engine/i18n scriptLang), Chinese otherwise.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Faq, FaqReply } from '../../dialogs/faq/answer.ts';
import { scriptLang } from '../../engine/i18n/index.ts';

const EvalItemSchema = z.object({
  q: z.string().min(1),
  expect: z.string().nullable(),
  asker: z.enum(['staff', 'customer']).default('staff'),
  lang: z.enum(['zh-Hans', 'zh-Hant', 'en', 'mixed']).optional(),
  also: z.array(z.string()).default([]),
  gap: z.string().optional(),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;

export const EVAL_SET_PATH = fileURLToPath(new URL('./eval-set.yaml', import.meta.url));
/**
 * Reads a labelled set in either layout (see the file comment). The labels are taken as they are:
 * a gap that a new entry fills is mapped to it in the label file itself (`was_gap`), by a labeller
 * who reads the knowledge base and not the code, never by the people who tune the FAQ.
 */
export function loadEvalSet(path: string = EVAL_SET_PATH): EvalItem[] {
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  const list = Array.isArray(raw) ? raw : z.object({ questions: z.array(z.unknown()) }).parse(raw).questions;
  return z.array(EvalItemSchema).min(1).parse(list);
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
  /**
   * False accept split by why the question must be declined: `out` of scope (no gap), or an
   * in-scope need the labeller found no entry for (`gap`); counts and rates of each part.
   */
  falseAcceptBy: { out: { n: number; accepted: number }; gap: { n: number; accepted: number } };
  /** hit@1 per labelled language (zh-Hans, zh-Hant, en, mixed; `?` when the set has none): hits and answerable. */
  hitBy: Record<string, { n: number; hits: number }>;
  /** In-scope questions (expect an entry) answered with "did you mean". */
  didYouMean: number;
  /** English questions answered in English (1 when the set has none). */
  englishInEnglish: number;
  english: number;
  /** Answerable questions that got a direct answer / choices / "I don't know" / small talk. */
  outcomes: { answer: number; suggest: number; unknown: number; smalltalk: number };
  latencyMs: { p50: number; p95: number; max: number };
  misses: Miss[];
}

const askLang = (q: string) => scriptLang(q) ?? 'zh-CN';
const isEnglish = (it: EvalItem) => (it.lang ? it.lang === 'en' : !/[\u3400-\u9fff]/.test(it.q));

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** The entry the person sees first, if any. */
function shownOf(reply: FaqReply): string | undefined {
  return reply.kind === 'answer' ? reply.sources[0]?.id : reply.kind === 'suggest' ? reply.suggestionIds[0] : undefined;
}

function isRight(it: EvalItem, reply: FaqReply): boolean {
  if (it.expect === 'smalltalk') return reply.kind === 'smalltalk';
  const shown = shownOf(reply);
  return shown !== undefined && (shown === it.expect || it.also.includes(shown));
}

function reciprocalRank(faq: Faq, it: EvalItem): number {
  const ranked = faq.search.search(it.q, it.asker, 5).map((h) => h.entry.id);
  const rank = ranked.findIndex((id) => id === it.expect || it.also.includes(id));
  return rank >= 0 ? 1 / (rank + 1) : 0;
}

/** Runs every question once to warm up (segmenter, JIT), then once measured. */
export async function evaluate(faq: Faq, items: readonly EvalItem[]): Promise<EvalResult> {
  for (const it of items) await faq.answer(it.q, { lang: askLang(it.q), asker: it.asker });
  const falseAcceptBy = { out: { n: 0, accepted: 0 }, gap: { n: 0, accepted: 0 } };
  const hitBy: Record<string, { n: number; hits: number }> = {};
  let hits = 0, rr = 0, accepted = 0, suggested = 0, inScope = 0, english = 0, englishOk = 0;
  const outcomes = { answer: 0, suggest: 0, unknown: 0, smalltalk: 0 };
  const times: number[] = [];
  const misses: Miss[] = [];
  for (const it of items) {
    const start = performance.now();
    const reply = await faq.answer(it.q, { lang: askLang(it.q), asker: it.asker });
    times.push(performance.now() - start);
    const miss = { q: it.q, expect: it.expect, got: shownOf(reply) ?? null, kind: reply.kind, confidence: reply.confidence };
    if (isEnglish(it)) {
      english++;
      if (reply.lang === 'en') englishOk++;
    }
    if (it.expect === null) {
      const part = it.gap ? falseAcceptBy.gap : falseAcceptBy.out;
      part.n++;
      if (reply.kind !== 'unknown') part.accepted++;
      if (reply.kind !== 'unknown') {
        accepted++;
        misses.push(miss);
      }
      continue;
    }
    outcomes[reply.kind]++;
    if (it.expect !== 'smalltalk') {
      inScope++;
      if (reply.kind === 'suggest') suggested++;
      rr += reciprocalRank(faq, it);
    } else rr += reply.kind === 'smalltalk' ? 1 : 0;
    const byLang = (hitBy[it.lang ?? '?'] ??= { n: 0, hits: 0 });
    byLang.n++;
    if (isRight(it, reply)) {
      hits++;
      byLang.hits++;
    } else misses.push(miss);
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
    falseAcceptBy,
    hitBy,
    didYouMean: inScope ? suggested / inScope : 0,
    englishInEnglish: english ? englishOk / english : 1,
    english,
    outcomes,
    latencyMs: { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? 0 },
    misses,
  };
}
