import { afterEach, beforeEach, expect, it } from 'vitest';
import fc from 'fast-check';
import { importStatements } from '../../engine/service/import.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed, statement, type LineSpec } from './support/fixtures.ts';

const HASH = 'a'.repeat(64);
const count = async (t: TestDb): Promise<number> => Number((await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM transactions')).rows[0]!.n);

describeEngines('imports on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  });
  afterEach(async () => t.drop());

  const req = (lines: LineSpec[], sha = HASH, extra = {}) => ({
    account: ACCOUNT, side: 'bank' as const, fileName: 'bank.csv', sha256: sha, statements: [statement(ACCOUNT, lines, extra)], actor: 'u-staff', at: AT,
  });

  it('imports a file and says a re-import adds nothing', async () => {
    const lines = [
      { id: 'B1', date: '2026-10-01', amount: '100.00' },
      { id: 'B2', date: '2026-10-02', amount: '-20.50' },
    ];
    expect(await importStatements(t.db, req(lines))).toEqual({ file: 'bank.csv', side: 'bank', account: ACCOUNT, inserted: 2, alreadyPresent: 0 });
    expect(await importStatements(t.db, req(lines))).toEqual({ file: 'bank.csv', side: 'bank', account: ACCOUNT, inserted: 0, alreadyPresent: 2 });
    expect(await count(t)).toBe(2);
    const amounts = await t.db.query<{ amount: string }>('SELECT amount::text AS amount FROM transactions ORDER BY id');
    expect(amounts.rows.map((r) => r.amount)).toEqual(['100.00', '-20.50']);
  });

  it('keeps two identical id-less lines of one statement, and adds only the new line of an overlapping one', async () => {
    const same = { date: '2026-10-03', amount: '-5.00', description: '手续费' };
    const first = await importStatements(t.db, req([same, same]));
    expect(first.inserted).toBe(2);
    const overlap = await importStatements(t.db, req([{ date: '2026-10-01', amount: '1.00' }, same, same, { date: '2026-10-04', amount: '7.00' }], 'b'.repeat(64)));
    expect(overlap).toMatchObject({ inserted: 2, alreadyPresent: 2 });
    expect(await count(t)).toBe(4);
  });

  it('re-importing any file again adds nothing (property)', async () => {
    const line = fc.record({
      date: fc.constantFrom('2026-10-01', '2026-10-02', '2026-10-03'),
      amount: fc.integer({ min: -100000, max: 100000 }).map((c) => (c / 100).toFixed(2)),
      description: fc.constantFrom('手续费', '货款', '工资', ''),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 30 }), fc.array(line, { maxLength: 10 }), async (lines, more) => {
        run++;
        const before = await count(t);
        const a = await importStatements(t.db, req(lines, run.toString(16).padStart(64, '0')));
        const afterFirst = await count(t);
        expect(afterFirst - before).toBe(a.inserted);
        const again = await importStatements(t.db, req(lines, run.toString(16).padStart(64, '0')));
        expect(again).toMatchObject({ inserted: 0, alreadyPresent: lines.length });
        // The same lines inside a bigger (overlapping) statement: only the extra lines can be new.
        const bigger = await importStatements(t.db, req([...more, ...lines], `f${run.toString(16).padStart(63, '0')}`));
        expect(bigger.inserted).toBeLessThanOrEqual(more.length);
        expect(await count(t)).toBe(afterFirst + bigger.inserted);
      }),
      { numRuns: engine === 'pg' ? 15 : 25 },
    );
  });

  it('stores a line whose id the other side already holds: a re-import looks only at its own side', async () => {
    const ledger = (lines: LineSpec[], sha: string) => ({ ...req(lines, sha), side: 'ledger' as const, fileName: 'ledger.csv' });
    // The ledger side has lines already, so its next import looks its ids up in the store.
    await importStatements(t.db, ledger([{ id: 'V1', date: '2026-10-01', amount: '5.00' }], '1'.repeat(64)));
    // The bank side holds X1 (and X2); the ledger's X1 with the same content and X2 with other
    // content are new ledger lines, neither "already present" nor a conflict.
    await importStatements(t.db, req([{ id: 'X1', date: '2026-10-02', amount: '100.00' }, { id: 'X2', date: '2026-10-03', amount: '-7.00' }], '2'.repeat(64)));
    const cross = await importStatements(t.db, ledger([{ id: 'X1', date: '2026-10-02', amount: '100.00' }, { id: 'X2', date: '2026-10-03', amount: '-8.00' }], '3'.repeat(64)));
    expect(cross).toEqual({ file: 'ledger.csv', side: 'ledger', account: ACCOUNT, inserted: 2, alreadyPresent: 0 });
    const rows = await t.db.query<{ side: string; ext_id: string; amount: string }>('SELECT side, ext_id, amount::text AS amount FROM transactions ORDER BY side, ext_id');
    expect(rows.rows).toEqual([
      { side: 'bank', ext_id: 'X1', amount: '100.00' },
      { side: 'bank', ext_id: 'X2', amount: '-7.00' },
      { side: 'ledger', ext_id: 'V1', amount: '5.00' },
      { side: 'ledger', ext_id: 'X1', amount: '100.00' },
      { side: 'ledger', ext_id: 'X2', amount: '-8.00' },
    ]);
    // And a re-import of the ledger file now finds its own lines.
    expect(await importStatements(t.db, ledger([{ id: 'X1', date: '2026-10-02', amount: '100.00' }], '4'.repeat(64)))).toMatchObject({ inserted: 0, alreadyPresent: 1 });
  });

  it('refuses the same bank id with different content, writing nothing', async () => {
    await importStatements(t.db, req([{ id: 'B1', date: '2026-10-01', amount: '100.00' }]));
    await expect(importStatements(t.db, req([{ id: 'B9', date: '2026-10-05', amount: '1.00' }, { id: 'B1', date: '2026-10-01', amount: '101.00' }], 'c'.repeat(64))))
      .rejects.toMatchObject({ code: 'STORE.ID_CONFLICT', message: expect.stringContaining('bank.csv:3') });
    expect(await count(t)).toBe(1);
    expect((await t.db.query('SELECT * FROM imports')).rows).toHaveLength(1);
  });

  it('refuses a file for another account or in another currency, and an unknown account', async () => {
    await expect(importStatements(t.db, req([{ date: '2026-10-01', amount: '1.00' }], HASH, { account: '9999888877776666' })))
      .rejects.toMatchObject({ code: 'STORE.ACCOUNT_MISMATCH' });
    await expect(importStatements(t.db, req([{ date: '2026-10-01', amount: '1.00' }], HASH, { currency: 'USD' })))
      .rejects.toMatchObject({ code: 'STORE.CURRENCY_MISMATCH' });
    await expect(importStatements(t.db, req([{ date: '2026-10-01', amount: '1.00', currency: 'USD' }])))
      .rejects.toMatchObject({ code: 'STORE.CURRENCY_MISMATCH', message: expect.stringContaining('bank.csv:2') });
    await expect(importStatements(t.db, { ...req([{ date: '2026-10-01', amount: '1.00' }]), account: 'nope' }))
      .rejects.toMatchObject({ code: 'STORE.UNKNOWN_ACCOUNT' });
    // MT940 :25: written BANKCODE/ACCOUNT is the same account.
    expect((await importStatements(t.db, req([{ date: '2026-10-01', amount: '1.00' }], HASH, { account: `BKCHCNBJ/${ACCOUNT}` }))).inserted).toBe(1);
    expect(await count(t)).toBe(1);
  });

  // Two connections at once: PostgreSQL only (PGlite is one connection).
  if (engine === 'pg') it('two instances importing overlapping files at once store every line exactly once', async () => {
    const other = await t.another();
    const lines = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ id: `B${from + i}`, date: '2026-10-01', amount: `${from + i}.00` }));
    const [a, b] = await Promise.all([
      importStatements(t.db, req(lines(0, 300), 'c'.repeat(64))),
      importStatements(other, req(lines(200, 500), 'd'.repeat(64))),
    ]);
    // Whichever went first stored its 300 lines; the other found the 100 shared ones present.
    expect(a.inserted + b.inserted).toBe(500);
    expect(a.alreadyPresent + b.alreadyPresent).toBe(100);
    expect(await count(t)).toBe(500);
  });
});
