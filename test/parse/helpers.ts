/** Test helpers: read bytes or text as a statement file, and catch the ParseError a bad file gives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseError } from '../../engine/errors.ts';
import type { InputFormat, Side, Statement } from '../../engine/model.ts';
import { bytesOf, parseStatements } from '../../engine/parse/index.ts';
import type { CsvProfile } from '../../engine/parse/profile.ts';

/** Real statement files copied into the repository, with their origin in test/fixtures/SOURCES.md. */
export const SAMPLES = join(import.meta.dirname, '..', 'fixtures');

export interface ReadOptions {
  fileName?: string;
  format?: InputFormat;
  side?: Side;
  profile?: CsvProfile;
  maxLines?: number;
}

export function read(data: Uint8Array | string, o: ReadOptions = {}): Promise<Statement[]> {
  return parseStatements(bytesOf(data), {
    fileName: o.fileName ?? 'input.csv',
    format: o.format ?? 'auto',
    side: o.side ?? 'bank',
    ...(o.profile ? { profile: o.profile } : {}),
    ...(o.maxLines !== undefined ? { maxLines: o.maxLines } : {}),
  });
}

export function sample(path: string): Uint8Array {
  return readFileSync(join(SAMPLES, path));
}

/** The ParseError that reading gives; fails the test when reading succeeds. */
export async function failure(promise: Promise<unknown>): Promise<ParseError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ParseError) return err;
    throw err;
  }
  throw new Error('expected a ParseError, but the file was read');
}

/** Amounts of a statement as fixed strings, for readable assertions. */
export function amounts(s: Statement | undefined): string[] {
  return (s?.transactions ?? []).map((t) => t.amount.toFixed(2));
}
