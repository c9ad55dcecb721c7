import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CopyChunks, copyField, forEachCopyRow, fromCopyField } from '../../engine/store/copy-text.ts';

async function* chunksOf(bytes: Buffer, cuts: readonly number[]): AsyncIterable<Buffer> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(at, Math.max(at, Math.min(cut, bytes.length)));
    at = Math.max(at, Math.min(cut, bytes.length));
  }
  yield bytes.subarray(at);
}

const rowsOf = async (chunks: AsyncIterable<Buffer>): Promise<string[][]> => {
  const rows: string[][] = [];
  await forEachCopyRow(chunks, (f) => rows.push(f));
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
    await fc.assert(fc.asyncProperty(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 6 }), fc.array(fc.nat(200), { maxLength: 8 }),
      async (rows, cuts) => {
        const text = rows.map((r) => `${r.map(copyField).join('\t')}\n`).join('');
        const got = await rowsOf(chunksOf(Buffer.from(text, 'utf8'), cuts));
        expect(got.map((r) => r.map(fromCopyField))).toEqual(rows);
      }));
  });

  it('says so when the stream stops inside a row', async () => {
    await expect(rowsOf(chunksOf(Buffer.from('1\t上海\n2\t北', 'utf8'), [3]))).rejects.toThrow(/inside a row/);
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
