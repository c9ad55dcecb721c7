/**
 * Canonical CSV lines are their own matching Lines: reconciling the same parsed statements again,
 * or one statement against itself, must give what fresh copies give.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../engine/reconcile.ts';
import { ReconcileOptionsSchema } from '../../engine/model.ts';
import { bytesOf, parseStatements } from '../../engine/parse/index.ts';
import { stringifyJsonReport } from '../../engine/report/serialise.ts';
import { toJsonReport } from '../../engine/report/json.ts';

const HEADER = 'id,date,amount,currency,reference,counterparty,description';
const BANK = [HEADER, 'B1,2026-03-01,-10.00,CNY,R1,甲,x', 'B2,2026-03-02,5.00,CNY,,乙,y', 'B3,2026-03-02,5.00,CNY,,乙,y', 'B4,2026-03-05,-7.00,CNY,R4,,z'].join('\n');
const LEDGER = [HEADER, 'L1,2026-03-01,-10.00,CNY,R1,甲,x', 'L2,2026-03-03,5.00,CNY,,乙,y', 'L4,2026-03-06,-7.50,CNY,R4,,z'].join('\n');

const parse = (text: string, side: 'bank' | 'ledger') => parseStatements(bytesOf(text), { fileName: `${side}.csv`, format: 'csv', side });
const options = ReconcileOptionsSchema.parse({});
const report = (r: ReturnType<typeof reconcile>) => stringifyJsonReport(toJsonReport(r));

describe('canonical lines as matching lines', () => {
  it('reconciling the same parsed statements twice gives the same report', async () => {
    const bank = await parse(BANK, 'bank');
    const ledger = await parse(LEDGER, 'ledger');
    const first = report(reconcile(bank, ledger, options));
    expect(report(reconcile(bank, ledger, options))).toBe(first);
    expect(report(reconcile(await parse(BANK, 'bank'), await parse(LEDGER, 'ledger'), options))).toBe(first);
  });

  it('a statement reconciled against itself matches like two copies of it', async () => {
    const st = await parse(BANK, 'bank');
    const copies = report(reconcile(await parse(BANK, 'bank'), await parse(BANK, 'bank'), options));
    expect(report(reconcile(st, st, options))).toBe(copies);
  });

  it('a parsed statement still turns into JSON after a reconciliation', async () => {
    const bank = await parse(BANK, 'bank');
    const before = JSON.stringify(bank);
    reconcile(bank, await parse(LEDGER, 'ledger'), options);
    expect(JSON.stringify(bank)).toBe(before);
  });
});
