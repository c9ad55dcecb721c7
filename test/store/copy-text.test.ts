import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CopyChunks, copyField, forEachCopyRowAt, fromCopyField } from '../../engine/store/copy-text.ts';

async function* chunksOf(bytes: Buffer, cuts: readonly number[]): AsyncIterable<Buffer> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(at, Math.max(at, Math.min(cut, bytes.length)));
    at = Math.max(at, Math.min(cut, bytes.length));
  }
  yield bytes.subarray(at);
}

/** The rows' fields (still escaped), cut out of the text at the bounds forEachCopyRowAt gives. */
const rowsOf = async (chunks: AsyncIterable<Buffer>, fields: number): Promise<string[][]> => {
  const rows: string[][] = [];
  await forEachCopyRowAt(chunks, fields, (text, start, ends) => {
    rows.push(Array.from(ends, (end, i) => text.slice(i === 0 ? start : ends[i - 1]! + 1, end)));
  });
  return rows;
};

describe('COPY text format', () => {
  it('a field goes out and comes back as it was, whatever it holds (property)', () => {
    fc.assert(fc.property(fc.option(fc.string({ unit: 'binary' }), { nil: null }), (v) => {
      const field = copyField(v);
      expect(field).not.toMatch(/[\t\n\r]/);
      expect(fromCopyField(field)).toBe(v);
    }));
    expect(copyField('a\tb\\c\nd\re')).toBe('a\\tb\\\\c\\nd\\re');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(fromCopyField('\\\\N')).toBe('\\N');
    expect(fromCopyField('\\N')).toBeNull();
  });

  it('refuses an escape COPY TO never writes', () => {
    expect(() => fromCopyField('\\101')).toThrow(/unexpected escape/);
  });

  it('splits rows and fields wherever the chunks end, even inside a UTF-8 character (property)', async () => {
    const field = fc.option(fc.string({ unit: 'grapheme' }), { nil: null });
    const table = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.array(field, { minLength: n, maxLength: n }), { maxLength: 6 })));
    await fc.assert(fc.asyncProperty(table, fc.array(fc.nat(200), { maxLength: 8 }),
      async ([n, rows], cuts) => {
        const text = rows.map((r) => `${r.map(copyField).join('\t')}\n`).join('');
        const got = await rowsOf(chunksOf(Buffer.from(text, 'utf8'), cuts), n);
        expect(got.map((r) => r.map(fromCopyField))).toEqual(rows);
      }));
  });

  it('says so when the stream stops inside a row', async () => {
    await expect(rowsOf(chunksOf(Buffer.from('1\t上海\n2\t北', 'utf8'), [3]), 2)).rejects.toThrow(/inside a row/);
  });

  it('refuses a row with fewer or more fields than the columns', async () => {
    await expect(rowsOf(chunksOf(Buffer.from('1\ta\n2\n', 'utf8'), []), 2)).rejects.toThrow(/fewer than 2 fields/);
    await expect(rowsOf(chunksOf(Buffer.from('1\ta\tb\n', 'utf8'), []), 2)).rejects.toThrow(/more than 2 fields/);
  });

  it('reads the stream to its end before it reports a row that failed (a COPY TO is never left half read)', async () => {
    let read = 0;
    async function* counted(): AsyncIterable<Buffer> {
      for (const part of ['1\ta\n', '2\tb\n', '3\tc\n']) {
        read++;
        yield Buffer.from(part);
      }
    }
    const seen: string[] = [];
    await expect(forEachCopyRowAt(counted(), 2, (text, start) => {
      seen.push(text[start]!);
      if (text[start] === '1') throw new Error('bad row 1');
    })).rejects.toThrow('bad row 1');
    expect(read).toBe(3);
    expect(seen).toEqual(['1']);
  });

  it('chunks rows into buffers whose bytes are the rows as UTF-8, whatever their size (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 })), fc.integer({ min: 4, max: 64 }), (rows, size) => {
      const chunks = new CopyChunks(size);
      const out: Buffer[] = [];
      for (const row of rows) {
        const full = chunks.add(`${row}\n`);
        if (full) out.push(full);
      }
      const last = chunks.take();
      if (last) out.push(last);
      expect(out.every((b) => b.length > 0)).toBe(true);
      expect(Buffer.concat(out).toString('utf8')).toBe(rows.map((r) => `${r}\n`).join(''));
    }));
  });
});
