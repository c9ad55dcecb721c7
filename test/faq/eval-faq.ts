/**
 * `npm run eval:faq`: the FAQ's figures on every labelled set, side by side: the tuning set
 * (eval-set.yaml), the hold-out (holdout-set.yaml), the dev set written by the blind writer
 * (dev-set.yaml), hard out-of-scope questions (oos-set.yaml), near misses (neargap-set.yaml:
 * in-domain questions no entry answers, and controls), the third to thirty-fourth blind-written sets after
 * their one measurement (dev3/ … dev34/) and the training sets (train11a/ … train14/), all listed in
 * sets.ts, the blind set (blind/labels.yaml, or FAQ_BLIND_LABELS), the second blind set (blind2/) and
 * the thirty-fifth (blind35/, once labelled; no tunable part at all).
 * The blind sets are only ever scored here: their questions are never printed and no tuning code
 * reads them (test/faq/blind-guard.test.ts). A set whose file is missing is shown as such.
 *
 * The sets of sets.ts are also the FAQ's field phrasings (test/faq/learn-phrasings.ts): each is
 * scored by a FAQ built without its own phrasings (leave one set out), so its figure is still one
 * on questions the search has not seen (the gate and the reranker were fitted on them, though: see
 * train-gate.ts, train-rerank.ts).
 *
 * The FAQ is built from the FAQ_* environment variables as `npm start` builds it (defaults when none
 * is set), so a branch can measure its own settings, or its embedding model (FAQ_EMBEDDINGS_*).
 * `--tuned` scores the tuned sets only (for tuning work: no blind figure is printed);
 * `--misses` lists the misses of the tuned sets (never the blind set's); `--json` prints the
 * figures as JSON. Exits 1 when the tuning set misses its quality targets (hit@1 ≥ 0.90,
 * false accept ≤ 0.05); the other sets are reported, latency is machine-dependent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { faqConfigFromEnv, FaqEnvSchema } from '../../bot/faq-env.ts';
import { createFaq } from '../../dialogs/faq/answer.ts';
import { loadKnowledgeBase } from '../../dialogs/faq/load.ts';
import { evaluate, loadEvalSet, type EvalResult } from './evaluate.ts';
import { FIELD_SETS } from './sets.ts';

export const TARGETS = { hitAt1: 0.9, falseAccept: 0.05, didYouMean: 0.1, englishInEnglish: 1, p95Ms: 5 } as const;

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const SETS = [
  { name: 'eval', path: here('./eval-set.yaml'), tuned: true },
  { name: 'holdout', path: here('./holdout-set.yaml'), tuned: true },
  { name: 'oos', path: here('./oos-set.yaml'), tuned: true },
  { name: 'neargap', path: here('./neargap-set.yaml'), tuned: true },
  ...FIELD_SETS.map(({ set, path }) => ({ name: set, path, tuned: true, field: set })),
  { name: 'blind', path: process.env.FAQ_BLIND_LABELS ?? here('./blind/labels.yaml'), tuned: false },
  { name: 'blind2', path: here('./blind2/labels.yaml'), tuned: false },
  { name: 'blind35', path: here('./blind35/labels.yaml'), tuned: false },
] as const;

const config = faqConfigFromEnv(FaqEnvSchema.parse(process.env));
const deps = { onSemanticError: (err: unknown) => process.stderr.write(`the embedding model failed, scoring BM25 alone: ${String(err)}\n`) };
const faq = await createFaq(config, deps);
if (await faq.semanticReady()) process.stderr.write('scoring BM25 fused with the embedding model (FAQ_EMBEDDINGS_*)\n');
const results: { name: string; tuned: boolean; size: number; r: EvalResult | null }[] = [];
const tunedOnly = process.argv.includes('--tuned');
for (const set of SETS) {
  if (tunedOnly && !set.tuned) continue;
  if (!existsSync(set.path)) {
    results.push({ name: set.name, tuned: set.tuned, size: 0, r: null });
    continue;
  }
  let items;
  try {
    items = loadEvalSet(set.path);
  } catch {
    // Never echo a blind file's content (a parse error would quote its questions).
    process.stderr.write(`${set.name}: the labelled file could not be read; column skipped\n`);
    results.push({ name: set.name, tuned: set.tuned, size: 0, r: null });
    continue;
  }
  // A set whose questions are field phrasings (dialogs/faq/field.ts) is scored without its own:
  // the search has then seen every other set's questions, and none of this one's.
  const own = 'field' in set ? await createFaq(config, { ...deps, kb: loadKnowledgeBase(config.kbDir, { leaveOutFieldSets: new Set([set.field]) }) }) : faq;
  results.push({ name: set.name, tuned: set.tuned, size: items.length, r: await evaluate(own, items) });
}

const f3 = (x: number) => x.toFixed(3);
const row = (label: string, cell: (r: EvalResult) => string, target = '') =>
  [label.padEnd(22), ...results.map((s) => (s.r ? cell(s.r) : '—').padStart(10)), `  ${target}`].join('');

if (process.argv.includes('--json')) {
  const figures = results.map(({ name, size, r }) => ({ name, size, ...(r ? { ...r, misses: r.misses.length } : { missing: true }) }));
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} else {
  const lines = [
    ['set'.padEnd(22), ...results.map((s) => s.name.padStart(10))].join(''),
    row('questions', (r) => `${r.answerable + r.mustDecline}`),
    row('  answerable', (r) => `${r.answerable}`),
    row('  must decline', (r) => `${r.mustDecline}`),
    row('hit@1', (r) => (r.answerable ? f3(r.hitAt1) : '—'), `≥ ${TARGETS.hitAt1}`),
    ...(['zh-Hans', 'zh-Hant', 'en', 'mixed'] as const).map((lang) =>
      row(`  ${lang}`, (r) => (r.hitBy[lang] ? `${f3(r.hitBy[lang].hits / r.hitBy[lang].n)}/${r.hitBy[lang].n}` : '—')),
    ),
    row('MRR@5', (r) => (r.answerable ? f3(r.mrr) : '—')),
    row('false accept', (r) => f3(r.falseAccept), `≤ ${TARGETS.falseAccept}`),
    row('  of out of scope', (r) => `${r.falseAcceptBy.out.accepted}/${r.falseAcceptBy.out.n}`),
    row('  of open gaps', (r) => `${r.falseAcceptBy.gap.accepted}/${r.falseAcceptBy.gap.n}`),
    row('did you mean', (r) => (r.answerable ? f3(r.didYouMean) : '—'), `≤ ${TARGETS.didYouMean} of in-scope`),
    row('English in English', (r) => `${f3(r.englishInEnglish)}`, `= 1 (of ${results.map((s) => s.r?.english ?? '—').join('/')} English)`),
    row('p95 ms', (r) => r.latencyMs.p95.toFixed(2), `≤ ${TARGETS.p95Ms}`),
    row('declined answerable', (r) => `${r.outcomes.unknown}`),
    ...results.filter((s) => !s.r).map((s) => `(${s.name}: no labelled file yet, column skipped)`),
  ];
  if (process.argv.includes('--misses'))
    for (const s of results.filter((x) => x.tuned && x.r))
      lines.push(`misses (${s.name}):`, ...(s.r?.misses ?? []).map((m) => `  ${m.q}  expected ${m.expect ?? '(decline)'}, got ${m.got ?? '(none)'} [${m.kind} ${m.confidence}]`));
  process.stdout.write(`${lines.join('\n')}\n`);
}
const tuning = results[0]?.r;
process.exitCode = tuning && tuning.hitAt1 >= TARGETS.hitAt1 && tuning.falseAccept <= TARGETS.falseAccept ? 0 : 1;
