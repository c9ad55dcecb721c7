/**
 * Generated statement pairs cached under test/.tmp/bench/ (gitignored): a pair is reused when its
 * manifest names the current generator version, so a bench run does not regenerate 200 MB of CSV.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePair, type GeneratedPair } from './generate.ts';
import { ManifestSchema } from './manifest.ts';

/** Repository root (this file lives in test/bench/). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH_TMP = join(REPO_ROOT, 'test', '.tmp', 'bench');

/** The cached pair for (lines, seed), generated first when missing or made by another generator version. */
export async function ensurePair(lines: number, seed: number): Promise<GeneratedPair & { cached: boolean }> {
  const dir = join(BENCH_TMP, 'pairs', `lines-${lines}-seed-${seed}`);
  const bankFile = join(dir, 'bank.csv');
  const ledgerFile = join(dir, 'ledger.csv');
  const manifestFile = join(dir, 'manifest.json');
  try {
    await Promise.all([access(bankFile), access(ledgerFile)]);
    const parsed = ManifestSchema.safeParse(JSON.parse(await readFile(manifestFile, 'utf8')));
    if (parsed.success && parsed.data.lines === lines && parsed.data.seed === seed) {
      return { bankFile, ledgerFile, manifestFile, manifest: parsed.data, cached: true };
    }
  } catch {
    // missing or unreadable: generate below
  }
  return { ...(await generatePair({ lines, seed, dir })), cached: false };
}
