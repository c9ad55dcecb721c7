/**
 * A canonical CSV whose 摘要 and counterparties are thousands of distinct Chinese values: the
 * reader's byte interner once probed a table whose size was not a power of two, and at about
 * 1,600 distinct values a probe circled full slots for ever (the file never finished reading).
 */
import { describe, expect, it } from 'vitest';
import { parseStatements } from '../../engine/parse/index.ts';
import { bytesOf } from '../../engine/parse/source.ts';

function file(lines: number): string {
  const rows = ['id,date,amount,currency,reference,counterparty,description'];
  for (let i = 1; i <= lines; i++) rows.push(`B${i},2026-03-${String(1 + (i % 28)).padStart(2, '0')},${i}.${String(i % 100).padStart(2, '0')},CNY,R${i},上海华东贸易 ${i % 3000},货款 ${i}`);
  return `${rows.join('\n')}\n`;
}

describe('the canonical reader with many distinct Chinese fields', () => {
  it('reads 20,000 lines of distinct 摘要 and 3,000 distinct counterparties, each kept as written', async () => {
    const [st] = await parseStatements(bytesOf(file(20_000)), { fileName: 'many.csv', format: 'csv', side: 'bank' });
    expect(st!.transactions).toHaveLength(20_000);
    expect(st!.transactions[1594]!.description).toBe('货款 1595');
    expect(st!.transactions[19_999]!.counterparty).toBe('上海华东贸易 2000');
    expect(new Set(st!.transactions.map((t) => t.description)).size).toBe(20_000);
  }, 30_000);
});
