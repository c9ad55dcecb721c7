/**
 * A file sent in chat is read in slices with a turn of the event loop between them
 * (engine/parse/source.ts bytesInSlices): the reading must be the same whatever the cut, and the
 * server must keep turning while a large file is read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../engine/model.ts';
import { bytesInSlices, bytesOf, parseStatements } from '../../engine/parse/index.ts';
import { bigCsv, turnsDuring } from '../support/eventLoop.ts';
import { SAMPLES } from './helpers.ts';

const files = ['bank-csv', 'mt940', 'camt053'].flatMap((dir) => readdirSync(join(SAMPLES, dir)).map((name) => join(dir, name)));

async function outcome(source: AsyncIterable<Uint8Array>, fileName: string): Promise<Statement[] | string> {
  try {
    return await parseStatements(source, { fileName, format: 'auto', side: 'bank' });
  } catch (err) {
    return `error: ${(err as Error).message}`;
  }
}

describe('reading in slices', () => {
  it.each(files)('%s reads the same in slices of 1, 3, 7 and 4,096 bytes as in one piece', async (path) => {
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, path)));
    const whole = await outcome(bytesOf(bytes), path);
    for (const size of [1, 3, 7, 4096]) expect(await outcome(bytesInSlices(bytes, size), path)).toEqual(whole);
  });

  it('an empty file is still an empty file', async () => {
    expect(await outcome(bytesInSlices(new Uint8Array(0)), 'empty.csv')).toEqual(await outcome(bytesOf(new Uint8Array(0)), 'empty.csv'));
  });

  it('the event loop keeps turning while a 3 MB statement is read in slices, and stops for the whole file when read in one piece', async () => {
    const bytes = bigCsv(40_000);
    expect(bytes.length).toBeGreaterThan(3_000_000);
    const lines = (sts: Statement[]) => sts.reduce((n, s) => n + s.transactions.length, 0);
    const read = (source: AsyncIterable<Uint8Array>) => () => parseStatements(source, { fileName: 'big.csv', format: 'auto', side: 'bank' });
    const whole = await turnsDuring(read(bytesOf(bytes)));
    const sliced = await turnsDuring(read(bytesInSlices(bytes)));
    expect(lines(sliced.result)).toBe(40_000);
    expect(lines(whole.result)).toBe(40_000);
    // One turn per 64 KiB slice, give or take: the other task ran all through the read.
    expect(sliced.turns).toBeGreaterThanOrEqual(Math.floor(bytes.length / (64 * 1024)) - 2);
    expect(whole.turns).toBeLessThanOrEqual(2);
  });
});
