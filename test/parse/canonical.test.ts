/** Canonical CSV: the columns README names, and every way a file can be refused. */
import { describe, expect, it } from 'vitest';
import { amounts, failure, read } from './helpers.ts';

const HEADER = 'id,date,amount,currency,reference,counterparty,description';

describe('canonical CSV', () => {
  it('reads the columns, with or without a BOM, CRLF or LF', async () => {
    const text = `${HEADER}\r\nB1,2026-03-01,-12.50,CNY,PAY12,上海某某公司,手续费\r\nB2,2026-03-02,1000,CNY,,,\r\n`;
    for (const data of [text, `\ufeff${text}`]) {
      const [s, ...rest] = await read(data, { fileName: 'bank.csv' });
      expect(rest).toHaveLength(0);
      expect(s?.currency).toBe('CNY');
      expect(s?.account).toBe('');
      expect(s?.opening).toBeNull();
      expect(s?.addsUp).toBeNull();
      expect(s?.transactions.map((t) => [t.id, t.date, t.amount.toFixed(2), t.reference, t.counterparty, t.description, t.line])).toEqual([
        ['B1', '2026-03-01', '-12.50', 'PAY12', '上海某某公司', '手续费', 2],
        ['B2', '2026-03-02', '1000.00', '', '', '', 3],
      ]);
    }
  });

  it('accepts columns in any order, quoted fields with commas, quotes and line breaks', async () => {
    const text = 'date,id,currency,amount,description,reference,counterparty\n2026-03-01,X1,USD,"1,234.50","said ""hi"", then\nleft",R1,"ACME, Inc."\n2026-03-02,X2,USD,-5,plain,R2,B\n';
    const [s] = await read(text);
    expect(amounts(s)).toEqual(['1234.50', '-5.00']);
    expect(s?.transactions[0]?.description).toBe('said "hi", then\nleft');
    expect(s?.transactions[0]?.counterparty).toBe('ACME, Inc.');
    expect(s?.transactions[1]?.line).toBe(4); // the quoted field spans lines 2-3
  });

  it('checks a balance column as running balances: opening, closing and whether they chain', async () => {
    const good = `${HEADER},balance\nB1,2026-03-01,100.00,CNY,,,,1100.00\nB2,2026-03-02,-30.00,CNY,,,,1070.00\n`;
    const [s] = await read(good);
    expect(s?.opening?.toFixed(2)).toBe('1000.00');
    expect(s?.closing?.toFixed(2)).toBe('1070.00');
    expect(s?.addsUp).toBe(true);
    const broken = `${HEADER},balance\nB1,2026-03-01,100.00,CNY,,,,1100.00\nB2,2026-03-02,-30.00,CNY,,,,1090.00\n`;
    expect((await read(broken))[0]?.addsUp).toBe(false);
    const newestFirst = `${HEADER},balance\nB2,2026-03-02,-30.00,CNY,,,,1070.00\nB1,2026-03-01,100.00,CNY,,,,1100.00\n`;
    const [n] = await read(newestFirst);
    expect(n?.addsUp).toBe(true);
    expect(n?.opening?.toFixed(2)).toBe('1000.00');
    expect(n?.closing?.toFixed(2)).toBe('1070.00');
  });

  it('skips blank lines; a header-only file is one empty statement', async () => {
    const [s] = await read(`${HEADER}\n\nB1,2026-03-01,1.00,CNY,,,\n\n`);
    expect(s?.transactions).toHaveLength(1);
    const [empty] = await read(`${HEADER}\n`);
    expect(empty?.transactions).toHaveLength(0);
  });

  it('gives the same ids and values on every run', async () => {
    const text = `${HEADER}\nB1,2026-03-01,-12.50,CNY,PAY12,,\n`;
    expect(JSON.stringify(await read(text))).toBe(JSON.stringify(await read(text)));
  });
});

describe('canonical CSV: bad input names file, line and reason', () => {
  const bad = async (body: string, key: string, line: number, fragment: string) => {
    const err = await failure(read(`${HEADER}\n${body}`, { fileName: 'bank.csv' }));
    expect(err.reasonKey).toBe(key);
    expect(err.location).toEqual({ file: 'bank.csv', line });
    expect(err.message).toContain(fragment);
    expect(err.message.startsWith(`bank.csv:${line}: `)).toBe(true);
    return err;
  };

  it('an impossible date', () => bad('B1,2026-02-30,1.00,CNY,,,\n', 'BAD_DATE', 2, '"2026-02-30"'));
  it('a date in another layout', () => bad('B1,2026-03-01,1,CNY,,,\nB2,01/03/2026,1.00,CNY,,,\n', 'BAD_DATE', 3, '01/03/2026'));
  it('an amount of 1e400', () => bad('B1,2026-03-01,1e400,CNY,,,\n', 'BAD_AMOUNT', 2, '"1e400"'));
  it('an amount of 12,34,5', () => bad('B1,2026-03-01,"12,34,5",CNY,,,\n', 'BAD_AMOUNT', 2, '12,34,5'));
  it('an empty amount', () => bad('B1,2026-03-01,,CNY,,,\n', 'BAD_AMOUNT', 2, 'unreadable amount ""'));
  it('more decimals than the currency has', () => bad('B1,2026-03-01,1.005,CNY,,,\n', 'AMOUNT_SCALE', 2, 'CNY'));
  it('mixed currencies', () => bad('B1,2026-03-01,1.00,CNY,,,\nB2,2026-03-01,1.00,USD,,,\n', 'MIXED_CURRENCY', 3, 'USD'));
  it('an unknown currency', () => bad('B1,2026-03-01,1.00,XYZ,,,\n', 'UNKNOWN_CURRENCY', 2, 'XYZ'));
  it('a duplicate id names both lines', async () => {
    const err = await bad('B1,2026-03-01,1.00,CNY,,,\nB2,2026-03-01,1.00,CNY,,,\nB1,2026-03-02,2.00,CNY,,,\n', 'DUPLICATE_ID', 4, 'line 2');
    expect(err.params).toEqual({ id: 'B1', first: 2 });
  });
  it('a duplicate id in a file whose ids do not ascend: the first repeat, before any later error', async () => {
    // Out of order from line 3 on, so the check is left to the end of the file or the next error.
    const dup = 'B5,2026-03-01,1.00,CNY,,,\nB3,2026-03-01,1.00,CNY,,,\nB9,2026-03-01,1.00,CNY,,,\nB3,2026-03-02,2.00,CNY,,,\nB5,2026-03-02,2.00,CNY,,,\n';
    expect((await bad(dup, 'DUPLICATE_ID', 5, 'line 3')).params).toEqual({ id: 'B3', first: 3 });
    expect((await bad(`${dup}B6,2026-13-01,1.00,CNY,,,\n`, 'DUPLICATE_ID', 5, 'line 3')).params).toEqual({ id: 'B3', first: 3 });
    // The repeated id on a line that is wrong otherwise too: the id is checked first, as in order.
    expect((await bad('B5,2026-03-01,1.00,CNY,,,\nB3,2026-03-01,1.00,CNY,,,\nB5,2026-13-01,1.00,CNY,,,\n', 'DUPLICATE_ID', 4, 'line 2')).params).toEqual({ id: 'B5', first: 2 });
    // An error before the repeat is the one reported.
    await bad('B5,2026-03-01,1.00,CNY,,,\nB3,2026-13-01,1.00,CNY,,,\nB5,2026-03-01,1.00,CNY,,,\n', 'BAD_DATE', 3, '2026-13-01');
  });
  it('an empty id', () => bad(',2026-03-01,1.00,CNY,,,\n', 'EMPTY_ID', 2, 'empty id'));
  it('a short row', () => bad('B1,2026-03-01,1.00,CNY\n', 'FIELD_COUNT', 2, 'expected 7 fields, found 4'));
  it('an unclosed quote', () => bad('B1,2026-03-01,1.00,CNY,"open,,\n', 'UNCLOSED_QUOTE', 2, 'line 2'));

  it('a missing required column', async () => {
    const err = await failure(read('id,date,currency,reference\nB1,2026-03-01,CNY,X\n', { fileName: 'bank.csv' }));
    expect(err.reasonKey).toBe('MISSING_COLUMN');
    expect(err.message).toBe('bank.csv:1: missing required column "amount"');
  });

  it('an empty file, and a file of blank lines', async () => {
    for (const data of ['', '\n\n  \n']) {
      const err = await failure(read(data, { fileName: 'empty.csv' }));
      expect(err.reasonKey).toBe('EMPTY_FILE');
      expect(err.message).toBe('empty.csv: the file is empty');
    }
  });

  it('a CSV without any known header', async () => {
    const err = await failure(read('a,b,c\n1,2,3\n', { fileName: 'other.csv' }));
    expect(err.reasonKey).toBe('NO_HEADER');
    expect(err.location.line).toBe(1);
  });
});
