/** MT940 beyond the samples: wrappers, reversals, year ends, truncation, mixed currencies. */
import { describe, expect, it } from 'vitest';
import { amounts, failure, read } from './helpers.ts';

const statement = (body: string, closing = ':62F:C260331CNY1100,00') =>
  [':20:STMT1', ':25:6222020200001234', ':28C:1/1', ':60F:C260301CNY1000,00', body, closing, '-'].filter((l) => l !== '').join('\r\n');

describe('MT940', () => {
  it('reads a statement inside SWIFT blocks, signs D C RD RC, funds codes, references', async () => {
    const body = [
      ':61:2603010301D50,00NTRFINV-1//B1',
      ':61:2603020302C200,NTRFNONREF//B2',
      ':61:260303RD10,00NMSCNONREF//B3',
      ':61:260304RC40,00NMSCNONREF//B4',
      ':61:260305CR0,NCHGNONREF//B5',
    ].join('\r\n');
    const text = `{1:F01BANKCNBJAXXX0000000000}{2:I940BANKCNBJXXXXN}{4:\r\n${statement(body, ':62F:C260331CNY1120,00').replace(/\r\n-$/, '\r\n-}')}`;
    const [s] = await read(text, { fileName: 'x.sta' });
    expect(s?.account).toBe('6222020200001234');
    expect(s?.currency).toBe('CNY');
    expect(amounts(s)).toEqual(['-50.00', '200.00', '10.00', '-40.00', '0.00']);
    expect(s?.addsUp).toBe(true);
    expect(s?.transactions[0]?.reference).toBe('INV-1');
    expect(s?.transactions.map((t) => t.id)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
  });

  it('puts an entry date across the year end in the right year', async () => {
    const body = ':61:2512311231D1,00NTRFNONREF//A\r\n:61:2601021231D1,00NTRFNONREF//B';
    const text = statement(body, ':62F:C260331CNY998,00');
    const [s] = await read(text, { fileName: 'x.sta' });
    expect(s?.transactions.map((t) => [t.valueDate, t.date])).toEqual([
      ['2025-12-31', '2025-12-31'],
      ['2026-01-02', '2025-12-31'],
    ]);
  });

  it('a truncated file (statement without closing balance) names the statement line', async () => {
    const text = statement(':61:2603010301D50,00NTRFNONREF//B1', '').replace(/\r\n-$/, '');
    const err = await failure(read(text, { fileName: 'cut.sta' }));
    expect(err.reasonKey).toBe('MT940_NO_CLOSING');
    expect(err.message).toBe('cut.sta:1: statement STMT1 has no closing balance (:62F:/:62M:); the file seems cut off');
  });

  it('a file cut in the middle of an entry is refused with the entry line', async () => {
    const text = [':20:STMT1', ':25:1', ':60F:C260301CNY1000,00', ':61:2603010301D5'].join('\n');
    const err = await failure(read(text, { fileName: 'cut.sta' }));
    expect(err.reasonKey).toBe('MT940_NO_CLOSING');
    const withClosing = `${text}\n:62F:C260331CNY995,00\n-`;
    const err2 = await failure(read(withClosing, { fileName: 'cut.sta' }));
    expect(err2.reasonKey).toBe('MT940_BAD_FIELD');
    expect(err2.location.line).toBe(4);
  });

  it('an impossible date and a closing balance in another currency', async () => {
    const badDate = await failure(read(statement(':61:2602300230D1,00NTRFNONREF'), { fileName: 'x.sta' }));
    expect(badDate.reasonKey).toBe('BAD_DATE');
    expect(badDate.location.line).toBe(5);
    const mixed = await failure(read(statement('', ':62F:C260331USD1000,00'), { fileName: 'x.sta' }));
    expect(mixed.reasonKey).toBe('MIXED_CURRENCY');
    expect(mixed.location.line).toBe(5);
  });

  it('an entry before the opening balance', async () => {
    const text = [':20:S', ':61:2603010301D1,00NTRFNONREF', ':60F:C260301CNY1,00', ':62F:C260301CNY0,00', '-'].join('\n');
    const err = await failure(read(text, { fileName: 'x.sta' }));
    expect(err.reasonKey).toBe('MT940_NO_OPENING');
    expect(err.location.line).toBe(2);
  });

  it('derives ids from lines when bank references are missing or repeated, the same on every run', async () => {
    const body = ':61:2603010301D1,00NTRFNONREF\r\n:61:2603010301D1,00NTRFNONREF//X\r\n:61:2603010301D1,00NTRFNONREF//X';
    const text = statement(body, ':62F:C260331CNY997,00');
    const first = await read(text, { fileName: 'x.sta' });
    expect(first[0]?.transactions.map((t) => t.id)).toEqual(['L5', 'L6', 'L7']);
    expect(JSON.stringify(await read(text, { fileName: 'x.sta' }))).toBe(JSON.stringify(first));
  });
});
