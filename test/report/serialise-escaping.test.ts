/** Ids come from files: whatever characters they hold, the streamed JSON report quotes them exactly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../engine/reconcile.ts';
import { toJsonReport } from '../../engine/report/json.ts';
import { chunksText, reconciliationJsonChunks, stringifyJsonReport } from '../../engine/report/serialise.ts';
import { statement } from '../match/build.ts';

const options = { dateWindowDays: 3, amountTolerance: null, dateBasis: 'booking' as const };

describe('JSON report ids', () => {
  it('round-trips ids with quotes, backslashes, control characters, CJK and lone surrogates', () => {
    const id = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.constantFrom('"', '\\', '\n', '\u2028', '\ud800', 'B"1\\', '银行1'));
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 6 }), (ids) => {
        const lines = ids.map((x, i) => ({ id: x, date: '2026-03-01', amount: `${i + 1}.00` }));
        const r = reconcile([statement({ lines }, 'bank.csv')], [statement({ lines: [] }, 'ledger.csv')], options);
        const streamed = chunksText(reconciliationJsonChunks(r));
        // Same bytes as the object path, and every id read back as written.
        expect(streamed).toBe(stringifyJsonReport(toJsonReport(r)));
        const parsed = JSON.parse(streamed) as { differences: { ids: string[] }[] };
        expect(parsed.differences.flatMap((d) => d.ids).sort()).toEqual([...ids].sort());
        // The escaping is JSON.stringify's own, character for character.
        for (const x of ids) expect(streamed).toContain(`"ids":[${JSON.stringify(x)}]`);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a report of many 64 KB pages, and an id longer than a page, byte for byte as the object path', () => {
    const long = `长${'x'.repeat(70_000)}"`;
    const ids = [long, ...Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `银行流水${i}` : i % 3 === 1 ? `B${String(i).padStart(30, '0')}` : `X\\${i}`))];
    const bank = ids.map((id, i) => ({ id, date: '2026-03-01', amount: `${i + 1}.00`, reference: `R${i}` }));
    const ledger = ids.slice(0, 1500).map((id, i) => ({ id: `L-${id}`, date: '2026-03-02', amount: `${i + 1}.00`, reference: `R${i}` }));
    const r = reconcile([statement({ lines: bank }, 'bank.csv')], [statement({ lines: ledger }, 'ledger.csv')], options);
    const chunks = [...reconciliationJsonChunks(r)];
    expect(chunks.filter((c) => typeof c !== 'string').length).toBeGreaterThan(3);
    const streamed = chunksText(chunks);
    expect(streamed).toBe(stringifyJsonReport(toJsonReport(r)));
    const parsed = JSON.parse(streamed) as { matches: { bank: string[] }[]; differences: { ids: string[] }[] };
    expect(parsed.matches.length).toBe(1500);
    expect(parsed.matches.filter((m) => m.bank[0] === long).length).toBe(1);
    expect(parsed.differences.length).toBe(1501);
  });
});
