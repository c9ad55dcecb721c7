/**
 * A statement whose balances contradict a file imported before (probe M6): the second export of
 * October states another closing for 10-31 than the first. The import goes through (nothing is
 * lost), and the person is told at once which day, which two figures and which earlier file, not
 * left to find a 不相符 run that names no file.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Decimal } from '../../engine/money.ts';
import { balanceConflictNotice, balanceConflicts, importStatements } from '../../engine/service/import.ts';
import type { Side } from '../../engine/model.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed, statement, type LineSpec } from './support/fixtures.ts';

const OCT = { openingDate: '2026-10-01', closingDate: '2026-10-31' };

describeEngines('balances that contradict an earlier file on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  }, 180_000);
  afterEach(async () => t.drop());

  async function load(fileName: string, sha: string, lines: LineSpec[], opening: string, closing: string | null, side: Side = 'bank') {
    const st = statement(ACCOUNT, lines, { ...OCT, opening: new Decimal(opening), closing: closing === null ? null : new Decimal(closing) });
    await importStatements(t.db, { account: ACCOUNT, side, fileName, sha256: sha.repeat(64), statements: [st], actor: 'u-staff', at: AT });
    return balanceConflicts(t.db, { account: ACCOUNT, side, sha256: sha.repeat(64) });
  }
  const fee = { id: 'B1', date: '2026-10-12', amount: '-5.00' };
  const pay = { id: 'B2', date: '2026-10-20', amount: '1200.00' };

  it('a second export of the month with another closing is imported and named with both figures', async () => {
    expect(await load('oct-a.sta', 'a', [fee, pay], '10000.00', '11195.00')).toEqual([]);
    const clashes = await load('oct-b.sta', 'b', [fee], '10000.00', '9995.00');
    expect(clashes).toEqual([{ point: '2026-10-31', amount: '9995.00', other: '11195.00', otherFile: 'oct-a.sta', otherImportedAt: '2026-11-02T10:00:00Z' }]);
    expect(balanceConflictNotice('oct-b.sta', 'bank', clashes, 'CNY', 'zh-CN')).toEqual([
      '注意：oct-b.sta 所载 2026-10-31 日终余额 9,995.00，与此前导入的 oct-a.sta 所载 11,195.00 不同。请向银行核实哪一份正确；弄清之前，含这一天的对账结果不能作为依据。',
    ]);
    expect(balanceConflictNotice('oct-b.sta', 'bank', clashes, 'CNY', 'en')[0]).toBe(
      'Note: oct-b.sta states a balance of 9,995.00 at the end of 2026-10-31; oct-a.sta, imported before, states 11,195.00. Please check with the bank which is right; until then, do not rely on runs that include that day.',
    );
    // Nothing was refused or lost: both files' lines are there once.
    expect((await t.db.query('SELECT ext_id FROM transactions ORDER BY ext_id')).rows).toEqual([{ ext_id: 'B1' }, { ext_id: 'B2' }]);
  });

  it('a file that agrees with the earlier one, or states nothing for the same day, says nothing', async () => {
    await load('oct-a.sta', 'a', [fee, pay], '10000.00', '11195.00');
    expect(await load('oct-a-again.sta', 'c', [fee, pay], '10000.00', '11195.00')).toEqual([]);
    expect(await load('oct-open.sta', 'd', [fee], '10000.00', null)).toEqual([]);
  });

  it("next month's opening that is not this month's closing is a clash at the end of 10-31", async () => {
    await load('oct-a.sta', 'a', [fee, pay], '10000.00', '11195.00');
    const nov = statement(ACCOUNT, [{ id: 'B3', date: '2026-11-03', amount: '-20.00' }], { openingDate: '2026-11-01', closingDate: '2026-11-30', opening: new Decimal('11095.00'), closing: new Decimal('11075.00') });
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'nov.sta', sha256: 'e'.repeat(64), statements: [nov], actor: 'u-staff', at: AT });
    const clashes = await balanceConflicts(t.db, { account: ACCOUNT, side: 'bank', sha256: 'e'.repeat(64) });
    expect(clashes).toMatchObject([{ point: '2026-10-31', amount: '11095.00', other: '11195.00', otherFile: 'oct-a.sta' }]);
  });

  it('a journal asks the bookkeeper, not the bank', async () => {
    await load('book-a.csv', '1', [fee], '10000.00', '9995.00', 'ledger');
    const clashes = await load('book-b.csv', '2', [fee], '10000.00', '9990.00', 'ledger');
    expect(balanceConflictNotice('book-b.csv', 'ledger', clashes, 'CNY', 'zh-CN')[0]).toContain('请与记账的同事核实哪一份正确');
    expect(balanceConflictNotice('book-b.csv', 'ledger', clashes, 'CNY', 'en')[0]).toContain('Please check with whoever keeps the books which is right');
  });
});
