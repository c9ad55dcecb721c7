/** Encodings that are neither UTF-8 nor GBK, and inputs too large to hold: clear errors, no crash. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseStatements } from '../../engine/parse/index.ts';
import { failure, read } from './helpers.ts';

const HEADER = 'id,date,amount,currency,reference,counterparty,description\n';

describe('encoding detection', () => {
  it('refuses UTF-16 (with or without BOM) and binary data as WRONG_ENCODING', async () => {
    const utf16 = iconv.encode(`${HEADER}B1,2026-03-01,1.00,CNY,,,\n`, 'utf16-le');
    const withBom = new Uint8Array([0xff, 0xfe, ...utf16]);
    const binary = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    for (const [data, found] of [[utf16, 'UTF-16'], [withBom, 'UTF-16'], [binary, 'binary data']] as const) {
      const err = await failure(read(data, { fileName: 'x.csv' }));
      expect(err.reasonKey).toBe('WRONG_ENCODING');
      expect(err.message).toContain(found);
      expect(err.message.startsWith('x.csv: wrong encoding')).toBe(true);
    }
  });

  it('recognises an Excel workbook and asks for CSV', async () => {
    for (const magic of [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]]) {
      const err = await failure(read(new Uint8Array([...magic, 0, 0, 1, 2]), { fileName: '对账单.xlsx' }));
      expect(err.reasonKey).toBe('SPREADSHEET');
      expect(err.message).toContain('save it as CSV');
    }
  });

  it('names the line where UTF-8 text turns into other bytes', async () => {
    const good = new TextEncoder().encode(`${HEADER}B1,2026-03-01,1.00,CNY,,中文,\n`.repeat(1).padEnd(70_000, '\n'));
    const bad = iconv.encode('B2,2026-03-02,1.00,CNY,,中文,\n', 'gbk');
    async function* source() {
      yield good;
      yield bad;
    }
    const err = await failure(parseStatements(source(), { fileName: 'mixed.csv', format: 'csv', side: 'bank' }));
    expect(err.reasonKey).toBe('INVALID_BYTES');
    const newlines = good.filter((b) => b === 10).length;
    expect(err.location.line).toBe(newlines + 1);
  });
});

describe('size limits', () => {
  it('stops at maxLines with PARSE.TOO_LARGE and closes an endless source', async () => {
    let closed = false;
    let produced = 0;
    async function* endless() {
      try {
        yield new TextEncoder().encode(HEADER);
        const block = new TextEncoder().encode('B,2026-03-01,1.00,CNY,,,\n'.repeat(1000));
        for (;;) {
          produced++;
          yield block;
        }
      } finally {
        closed = true;
      }
    }
    // maxLines 1: the first data line is already one too many.
    const err = await failure(parseStatements(endless(), { fileName: 'huge.csv', format: 'csv', side: 'bank', maxLines: 1 }));
    expect(err.code).toBe('PARSE.TOO_LARGE');
    expect(err.location.line).toBe(2);
    expect(closed).toBe(true);
    expect(produced).toBeLessThan(5);
  });

  it('a multi-gigabyte stream of garbage ends in an error after reading only its start', async () => {
    let produced = 0;
    async function* garbage() {
      const block = new Uint8Array(1 << 20).fill(0x41); // "AAAA...": text, but no line ever ends
      for (let i = 0; i < 4096; i++) {
        produced++;
        yield block; // 4 GB if read to the end
      }
    }
    const err = await failure(parseStatements(garbage(), { fileName: 'big.bin', format: 'auto', side: 'bank' }));
    expect(err.reasonKey).toBe('LINE_TOO_LONG');
    expect(produced).toBeLessThan(4);
  });

  it('a long file of lines that are not a statement is refused early, not read to the end', async () => {
    let produced = 0;
    async function* lines() {
      const block = new TextEncoder().encode('hello,world\n'.repeat(10_000));
      for (let i = 0; i < 100_000; i++) {
        produced++;
        yield block;
      }
    }
    const err = await failure(parseStatements(lines(), { fileName: 'words.csv', format: 'auto', side: 'bank' }));
    expect(err.reasonKey).toBe('NO_HEADER');
    expect(produced).toBeLessThan(3);
  });
});
