/**
 * UTF-8 canonical CSV is read from its bytes (one Latin-1 character per byte) and only the lines
 * the fast path cannot take are decoded: the statements must be exactly those of decoded text,
 * wherever the chunks of the file happen to split it (inside a Chinese character too).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatements } from '../../engine/parse/index.ts';
import { forEachLine } from '../../engine/parse/text-lines.ts';
import type { Statement } from '../../engine/model.ts';
import { failure } from './helpers.ts';

const HEADER = 'id,date,amount,currency,reference,counterparty,description,balance';
const LINES = [
  'B1,2026-03-01,-21514.03,CNY,,,租金,106911106.64',
  'B2,2026-03-01,-4735.01,CNY,BK26030000003,深圳前海物流有限公司,预付款,106906371.63',
  'B3,2026-03-01,-83248.14,CNY,TX26030000005,上海市社会保险事业管理中心,"货款,合同号 HT2026-0117",106823013.49',
  'Ｂ4,2026-03-02,10.00,CNY,ＰＡＹ１２,Ａ公司,全角,106823023.49',
  'B5,2026-03-02,0.51,CNY,参考号12345678901,  空格  ,摘要,106823024.00',
  'B6,2026-03-03, 1.00 ,CNY,R6,,,106823025.00',
  'B7,2026-03-03,2.00,CNY,R7,café,naïve — “quoted”,',
];

function chunked(bytes: Uint8Array, cuts: readonly number[]): AsyncIterable<Uint8Array> {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return (async function* () {
    let from = 0;
    for (const c of [...at, bytes.length]) {
      yield bytes.slice(from, c);
      from = c;
    }
  })();
}

/** Every field of every line, read through the accessors (CanonicalLine keeps some as getters). */
function plain(sts: readonly Statement[]): unknown {
  return sts.map((s) => ({
    ...s,
    opening: s.opening?.toString() ?? null,
    closing: s.closing?.toString() ?? null,
    transactions: s.transactions.map((t) => [t.id, t.date, t.valueDate, t.amount.toString(), t.currency, t.reference, t.bankReference, t.counterparty, t.description, t.balance?.toString() ?? null, t.line]),
  }));
}

const parse = (source: AsyncIterable<Uint8Array>) => parseStatements(source, { fileName: 'b.csv', format: 'csv', side: 'bank' });

describe('UTF-8 canonical CSV read from bytes', () => {
  it('gives the statements of the decoded text whatever the chunking (BOM, CRLF, quotes, full-width and accented text)', async () => {
    const text = `\ufeff${HEADER}\r\n${LINES.join('\r\n')}\n`;
    const bytes = new TextEncoder().encode(text);
    const whole = plain(await parse(chunked(bytes, [])));
    const sts = await parse(chunked(bytes, []));
    expect(sts[0]!.transactions.map((t) => t.id)).toEqual(['B1', 'B2', 'B3', 'Ｂ4', 'B5', 'B6', 'B7']);
    expect(sts[0]!.transactions[3]!.reference).toBe('ＰＡＹ１２');
    expect(sts[0]!.transactions[6]!.description).toBe('naïve — “quoted”');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        expect(plain(await parse(chunked(bytes, cuts)))).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('hands on the same lines as decoding when the raw sink takes none', async () => {
    const bytes = new TextEncoder().encode(`${HEADER}\n${LINES.join('\n')}\r\nlast 行 without a break`);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), async (cuts) => {
        const decoded: string[] = [];
        const viaBytes: string[] = [];
        const offered: string[] = [];
        const quoted: boolean[] = [];
        const cutsAgree: boolean[] = [];
        await forEachLine(chunked(bytes, cuts), { file: 'x', maxLines: 100, encoding: 'auto' }, (l) => decoded.push(l));
        await forEachLine(
          chunked(bytes, cuts),
          { file: 'x', maxLines: 100, encoding: 'auto' },
          (l) => viaBytes.push(l),
          (bytes, from, to, hasQuote, _lineNo, cut) => {
            offered.push(bytes.slice(from, to));
            quoted.push(hasQuote);
            // Any field cut from the file's bytes is the text's slice.
            for (let a = from; a <= to; a += 3) cutsAgree.push(cut(a, to) === bytes.slice(a, to) && cut(from, a) === bytes.slice(from, a));
            return false;
          },
        );
        expect(cutsAgree.length).toBeGreaterThan(0);
        expect(cutsAgree.every(Boolean)).toBe(true);
        expect(viaBytes).toEqual(decoded);
        expect(offered.map((raw) => Buffer.from(raw, 'latin1').toString('utf8'))).toEqual(decoded);
        expect(quoted).toEqual(decoded.map((l) => l.includes('"')));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps apart counterparties and 摘要 that share their length and their first and last bytes', async () => {
    const names = ['深圳前海物流有限公司', '深圳南山物流有限公司', '深圳福田物流有限公司', 'ACME Trading A Ltd', 'ACME Trading B Ltd'];
    const rows = names.map((n, i) => `C${i + 1},2026-03-01,1.00,CNY,,${n},${n},`);
    const sts = await parse(chunked(new TextEncoder().encode(`${HEADER}\n${[...rows, ...rows.map((r) => r.replace(/^C/, 'D'))].join('\n')}\n`), []));
    const txs = sts[0]!.transactions;
    expect(txs.map((t) => t.counterparty)).toEqual([...names, ...names]);
    expect(txs.map((t) => t.description)).toEqual([...names, ...names]);
  });

  it('names the line of a byte that is not UTF-8, even when a chunk ends inside that line', async () => {
    // Blank lines past the 64 KB the encoding is sniffed from, so the file is taken for UTF-8.
    const good = new TextEncoder().encode(`${HEADER}\n${LINES.slice(0, 3).join('\n')}\n${'\n'.repeat(70_000)}`);
    const bad = new Uint8Array([...new TextEncoder().encode('B9,2026-03-04,1.00,CNY,,中'), 0xff, ...new TextEncoder().encode(',x,\n')]);
    const all = new Uint8Array([...good, ...bad]);
    for (const cut of [good.length - 5, good.length, good.length + 3, good.length + 26]) {
      const err = await failure(parse(chunked(all, [cut])));
      expect(err.reasonKey).toBe('INVALID_BYTES');
      expect(err.location.line).toBe(70_005);
    }
  });
});
