/**
 * One measurement for `npm run bench:faq` (faq.bench.ts), run in its own process: builds the FAQ of
 * the checkout at ROOT with its defaults, answers every question of a labelled set once to warm up,
 * then PASSES times, and prints the median over the passes of p50 and p95 (ms per question) as one
 * JSON line. Only modules every checkout since the answer gate has are used, so ROOT may be an older
 * commit's checkout (with its own node_modules or a link to one).
 *
 *   node --import tsx test/bench/faq-probe.ts ROOT LABELS_YAML PASSES
 */
import { pathToFileURL } from 'node:url';

const [root, labels, passesArg] = process.argv.slice(2);
if (!root || !labels) {
  process.stderr.write('usage: faq-probe.ts ROOT LABELS_YAML [PASSES]\n');
  process.exit(2);
}
const at = (path: string) => pathToFileURL(`${root}/${path}`).href;
const { faqConfigFromEnv, FaqEnvSchema } = await import(at('bot/faq-env.ts'));
const { createFaq } = await import(at('dialogs/faq/answer.ts'));
const { loadEvalSet } = await import(at('test/faq/evaluate.ts'));
const items: { q: string; asker: 'customer' | 'staff' }[] = loadEvalSet(labels);
const faq = await createFaq(faqConfigFromEnv(FaqEnvSchema.parse({})), {});
// The language a question is asked in, as eval:faq asks it: Chinese script → zh-CN, else en.
const lang = (q: string) => (/[\u3400-\u9fff]/.test(q) ? 'zh-CN' : 'en');
const ask = (it: (typeof items)[number]) => faq.answer(it.q, { lang: lang(it.q), asker: it.asker });
for (const it of items) await ask(it);
const at95 = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]!;
const p50s: number[] = [];
const p95s: number[] = [];
for (let pass = 0; pass < Number(passesArg ?? 5); pass++) {
  const times: number[] = [];
  for (const it of items) {
    const start = performance.now();
    await ask(it);
    times.push(performance.now() - start);
  }
  p50s.push(at95(times, 50));
  p95s.push(at95(times, 95));
}
process.stdout.write(`${JSON.stringify({ p50: at95(p50s, 50), p95: at95(p95s, 50), questions: items.length })}\n`);
