/**
 * The bench's shapes of one size, cached next to the generated pair (test/.tmp/bench/shapes/):
 * a shape is made again only when its stamp (shape and generator version) is missing or differs.
 */
import { createHash } from 'node:crypto';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GENERATOR_VERSION } from './manifest.ts';
import { BENCH_TMP, ensurePair } from './pair-cache.ts';
import { reshapePair, shapeName, type Shape, type ShapeExtra } from './reshape.ts';
import type { Manifest } from './manifest.ts';

export interface ShapedPair {
  readonly dir: string;
  readonly bankFile: string;
  readonly ledgerFile: string;
  readonly manifest: Manifest;
  readonly extra: ShapeExtra;
  readonly cached: boolean;
}

/** Bumped when reshape.ts writes other bytes for a shape. */
const SHAPE_VERSION = 3;

const slug = (s: Shape): string => `${s.bank}-${s.ledger}-${s.text}${s.fees ? '-fees' : ''}`;

export async function ensureShape(lines: number, seed: number, shape: Shape): Promise<ShapedPair> {
  const pair = await ensurePair(lines, seed);
  const dir = join(BENCH_TMP, 'shapes', `lines-${lines}-seed-${seed}`, slug(shape));
  const stampFile = join(dir, 'shape.json');
  const stamp = JSON.stringify({ shape, generator: GENERATOR_VERSION, version: SHAPE_VERSION });
  const files = { bankFile: join(dir, 'bank.csv'), ledgerFile: join(dir, 'ledger.csv') };
  try {
    await Promise.all([access(files.bankFile), access(files.ledgerFile)]);
    const kept = JSON.parse(await readFile(stampFile, 'utf8')) as { stamp: string; extra: ShapeExtra };
    if (kept.stamp === stamp) return { dir, ...files, manifest: pair.manifest, extra: kept.extra, cached: true };
  } catch {
    // missing or unreadable: make it below
  }
  const made = await reshapePair(pair, lines, shape, dir);
  await writeFile(stampFile, `${JSON.stringify({ stamp, extra: made.extra })}\n`);
  return { dir, ...files, manifest: pair.manifest, extra: made.extra, cached: false };
}

/**
 * A hash of a report that leaves out where its files were (the shapes live in folders of their
 * own, and the report names its input files): equal hashes mean the same report.
 */
export async function reportHash(reportFile: string, dir: string): Promise<string> {
  const text = (await readFile(reportFile, 'utf8')).replaceAll(JSON.stringify(dir).slice(1, -1), '<shape>');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export { shapeName };
