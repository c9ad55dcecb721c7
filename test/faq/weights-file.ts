/**
 * Writes fitted weights as a TypeScript module under dialogs/faq (gate-weights.ts, rerank-weights.ts),
 * so the FAQ loads them with no file reading at run time.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LinearWeights } from '../../dialogs/faq/signals.ts';

/** `file` (e.g. gate-weights.ts) exports `name` of type `type` from `from`; `script` is the command that wrote it. */
export function writeWeights(w: LinearWeights, o: { file: string; name: string; type: string; from: string; script: string }): void {
  const text = [
    `/** Written by \`npx tsx ${o.script} --write\` (tuned sets only); do not edit by hand. */`,
    `import type { ${o.type} } from './${o.from}';`,
    '',
    `export const ${o.name}: ${o.type} = ${JSON.stringify(w, null, 2).replace(/"(\w+)":/g, '$1:').replace(/"/g, "'")};`,
    '',
  ].join('\n');
  writeFileSync(fileURLToPath(new URL(`../../dialogs/faq/${o.file}`, import.meta.url)), text);
  process.stdout.write(`written: dialogs/faq/${o.file}\n`);
}
