/**
 * One MT940 file holding several statements of the account (gaps-27's finding): an intraday
 * statement followed by the day's full statement lists the morning's lines twice, and each copy
 * used to be stored, so the run counted them twice. Now a statement that does not carry on from
 * the one before (its opening is not the previous closing) keys its lines afresh, and a line it
 * repeats is stored once; pages of one statement (:62M: then :60M:) still keep two identical fees.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Decimal } from '../../engine/money.ts';
import { parseStatements } from '../../engine/parse/index.ts';
import { importStatements } from '../../engine/service/import.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed, statement } from './support/fixtures.ts';

const mt940 = (blocks: string[]): string => blocks.map((b) => `${b.trim()}\n-`).join('\n') + '\n';

// 10-01: a fee of 5.00 and a payment of 200.00 by noon (intraday statement); 50.00 more by the
// end of the day (the full statement repeats the morning's two lines).
const INTRADAY_THEN_FULL = mt940([
  `:20:INTRA1001
:25:${ACCOUNT}
:28C:1/1
:60F:C261001CNY1000,00
:61:2610011001D5,00NMSCNONREF
:86:SERVICE FEE
:61:2610011001C200,00NTRFINV-1
:86:PAYMENT ACME
:62F:C261001CNY1195,00`,
  `:20:EOD1001
:25:${ACCOUNT}
:28C:2/1
:60F:C261001CNY1000,00
:61:2610011001D5,00NMSCNONREF
:86:SERVICE FEE
:61:2610011001C200,00NTRFINV-1
:86:PAYMENT ACME
:61:2610011001C50,00NTRFINV-2
:86:PAYMENT BETA
:62F:C261001CNY1245,00`,
]);

// One statement in two pages: the same 5.00 fee charged once on each page is two fees.
const TWO_PAGES = mt940([
  `:20:PAGED1002
:25:${ACCOUNT}
:28C:5/1
:60F:C261002CNY1245,00
:61:2610021002D5,00NMSCNONREF
:86:SERVICE FEE
:62M:C261002CNY1240,00`,
  `:20:PAGED1002
:25:${ACCOUNT}
:28C:5/2
:60M:C261002CNY1240,00
:61:2610021002D5,00NMSCNONREF
:86:SERVICE FEE
:62F:C261002CNY1235,00`,
]);

const parse = (text: string, fileName: string) =>
  parseStatements((async function* () { yield Buffer.from(text); })(), { fileName, format: 'mt940', side: 'bank' });

describeEngines('several MT940 statements in one file on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  }, 180_000);
  afterEach(async () => t.drop());

  const importBank = async (text: string, fileName: string, sha: string) =>
    importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName, sha256: sha.repeat(64), statements: await parse(text, fileName), actor: 'u-staff', at: AT });
  const bankAmounts = async (): Promise<string[]> =>
    (await t.db.query<{ amount: string }>(`SELECT amount::text AS amount FROM transactions WHERE side = 'bank' ORDER BY date, transactions.amount`)).rows.map((r) => r.amount);

  it('stores the lines an intraday statement and the full statement both list once', async () => {
    expect(await importBank(INTRADAY_THEN_FULL, 'day.sta', 'a')).toMatchObject({ inserted: 3, alreadyPresent: 2 });
    expect(await bankAmounts()).toEqual(['-5.00', '50.00', '200.00']);
    // The same full statement as a file of its own later adds nothing.
    expect(await importBank(mt940([INTRADAY_THEN_FULL.split('-\n')[1]!]), 'eod.sta', 'b')).toMatchObject({ inserted: 0, alreadyPresent: 3 });
  });

  it('keeps the same fee on two pages of one statement as two lines', async () => {
    expect(await importBank(TWO_PAGES, 'paged.sta', 'c')).toMatchObject({ inserted: 2, alreadyPresent: 0 });
    expect(await bankAmounts()).toEqual(['-5.00', '-5.00']);
  });

  it('the day reconciles against a book that has each line once', async () => {
    await importBank(INTRADAY_THEN_FULL, 'day.sta', 'a');
    const book = statement(ACCOUNT, [
      { date: '2026-10-01', amount: '-5.00', description: 'SERVICE FEE' },
      { date: '2026-10-01', amount: '200.00', reference: 'INV-1' },
      { date: '2026-10-01', amount: '50.00', reference: 'INV-2' },
    ], { opening: new Decimal('1000.00'), openingDate: '2026-10-01', closingDate: '2026-10-01' });
    await importStatements(t.db, { account: ACCOUNT, side: 'ledger', fileName: 'book.csv', sha256: 'd'.repeat(64), statements: [book], actor: 'u-staff', at: AT });
    const run = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10-01', actor: 'u-staff', at: AT });
    expect(run.report.summary).toMatchObject({ bankCount: 3, ledgerCount: 3 });
    expect(run.report.balance).toMatchObject({ bankClosing: '1245.00', ledgerClosing: '1245.00', balanced: true });
  });
});
