/**
 * The blind set (test/faq/blind/) is for reporting only: no tuning code may open it. Tuning code is
 * everything that shapes the FAQ's answers: dialogs/faq/** (retrieval, folding, the glossary and
 * the colloquial lexicon, the decision policy, the knowledge base) and the intent rules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TUNING = ['dialogs/faq', 'dialogs/intent.ts', 'dialogs/pendingChoice.ts', 'engine/i18n', 'test/faq/calibrate.ts', 'test/faq/train-gate.ts', 'test/faq/learn-phrasings.ts', 'test/faq/sets.ts'];

function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => filesUnder(relative(root, join(full, name))));
}

describe('the blind set stays blind', () => {
  it('no tuning code names the blind folder', () => {
    const files = TUNING.flatMap(filesUnder);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => /faq[\\/]+blind/i.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
