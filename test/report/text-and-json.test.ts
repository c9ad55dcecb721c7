/** The readable report and the JSON serialiser, on one month with every kind of difference. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../engine/reconcile.ts';
import { JsonReportSchema } from '../../engine/model.ts';
import { JsonReportExtSchema, toJsonReport } from '../../engine/report/json.ts';
import { chunksText, jsonReportChunks, reconciliationJsonChunks, stringifyJsonReport } from '../../engine/report/serialise.ts';
import { ITEMS_PER_KIND, renderTextReport } from '../../engine/report/text.ts';
import { statement, type LineSpec } from '../match/build.ts';

const options = { dateWindowDays: 3, amountTolerance: null, dateBasis: 'booking' as const };

function month(bankClosing: string) {
  return reconcile(
    [
      statement(
        {
          opening: '20000.00',
          closing: bankClosing,
          lines: [
            { id: 'B1', date: '2026-03-06', amount: '-1005.00', ref: 'TRF-77' },
            { id: 'B2', date: '2026-03-31', amount: '12.34' },
            { id: 'B3', date: '2026-03-31', amount: '-25.00', description: '手续费' },
            { id: 'B4', date: '2026-03-31', amount: '-25.00', description: '手续费' },
            { id: 'B5', date: '2026-03-09', amount: '-500.00' },
            { id: 'B6', date: '2026-03-11', amount: '-500.00' },
          ],
        },
        'bank.csv',
      ),
    ],
    [
      statement(
        {
          opening: '20000.00',
          lines: [
            { id: 'L1', date: '2026-03-06', amount: '-1000.00', ref: 'TRF-77' },
            { id: 'L2', date: '2026-03-30', amount: '-4500.00', ref: 'CHQ-7781' },
            { id: 'L3', date: '2026-03-31', amount: '9800.00' },
            { id: 'L4', date: '2026-03-31', amount: '-25.00' },
            { id: 'L5', date: '2026-03-10', amount: '-500.00' },
          ],
        },
        'journal.csv',
      ),
    ],
    options,
  );
}
// Bank: 20000 - 1005 + 12.34 - 25 - 25 - 500 - 500 = 17957.34. Books: 20000 - 1000 - 4500 + 9800 - 25 - 500 = 23775.
// Adjusted bank = 17957.34 + (-4500 + 9800 - 500) - (-25) = 22782.34;
// adjusted book = 23775 + (12.34 - 500 - 500) + (-5) = 22782.34.
const consistent = month('17957.34');

describe('text report', () => {
  it('lays out summary, rules, kinds with totals, ties, statement checks and the 余额调节表', () => {
    const text = renderTextReport(consistent, 'zh-CN');
    for (const part of ['一、概要', '参考号匹配：1 组', '金额不符：1 项，合计 -5.00', '重复记账：1 项，合计 -25.00', '银行已收、企业未收：1 项，合计 12.34']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('金额 -500.00：银行 B5, B6；企业 L5');
    expect(text).toContain('bank.csv（账户 6222000011112222）：相符');
    expect(text).toMatch(/调节后银行余额\s+22,782\.34/);
    expect(text).toMatch(/调节后企业余额\s+22,782\.34/);
    expect(text.trimEnd().endsWith('结论：调节后余额相符，差异已全部说明。')).toBe(true);
  });

  it('says by how much an unbalanced statement is off and that a statement does not add up', () => {
    const text = renderTextReport(month('18057.34'), 'en');
    expect(text).toContain('off by 100.00 (bank − books)');
    expect(text).toContain('bank.csv (account 6222000011112222): does NOT add up! opening + entries = 17,957.34, but the stated closing is 18,057.34, off by 100.00');
  });

  it('cuts long lists and points to the JSON report', () => {
    const many: LineSpec[] = Array.from({ length: ITEMS_PER_KIND + 7 }, (_, i) => ({ id: `B${i + 1}`, date: '2026-03-02', amount: `${i + 1}.00` }));
    const text = renderTextReport(reconcile([statement({ lines: many })], [], options), 'en');
    expect(text).toContain('… 7 more not listed');
  });
});

describe('JSON report', () => {
  it('has the contract shape plus additive keys, in a fixed key order', () => {
    const json = toJsonReport(consistent);
    expect(JsonReportSchema.safeParse(json).success).toBe(true);
    const text = stringifyJsonReport(JsonReportExtSchema.parse(JSON.parse(stringifyJsonReport(json))));
    expect(text).toBe(stringifyJsonReport(json));
    expect(Object.keys(JSON.parse(text))).toEqual(['summary', 'matches', 'differences', 'balance', 'currency', 'options', 'closingSources', 'statements', 'ambiguous', 'openingSources', 'openings', 'openingGaps']);
    expect(JSON.parse(text).balance).toEqual({ bankClosing: '17957.34', ledgerClosing: '23775.00', adjustedBank: '22782.34', adjustedLedger: '22782.34', balanced: true });
    expect([...jsonReportChunks(json)].join('')).toBe(text);
    expect(chunksText(reconciliationJsonChunks(consistent))).toBe(text);
  });

  it('names the match ids in an amount_mismatch and keeps amounts as fixed-scale strings', () => {
    const json = toJsonReport(consistent);
    expect(json.differences[0]).toEqual({ kind: 'amount_mismatch', side: 'both', ids: ['B1', 'L1'], amount: '-5.00' });
    expect(json.matches.every((m) => /^-?\d+\.\d{2}$/.test(m.difference))).toBe(true);
  });
});
