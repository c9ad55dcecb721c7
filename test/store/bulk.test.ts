/**
 * The bulk paths (COPY on PostgreSQL, multi-row INSERT on PGlite) store and read back the same
 * lines, and the statement-level reference checks of migration 006 refuse what the foreign keys
 * they replace refused.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Decimal } from '../../engine/money.ts';
import { CanonicalLine } from '../../engine/lines/canonical-line.ts';
import { parseStatements } from '../../engine/parse/index.ts';
import type { Transaction } from '../../engine/model.ts';
import { importStatements } from '../../engine/service/import.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { forEachUnsettledLine, type RunLine } from '../../engine/store/runs.ts';
import { insertLines, type LineRow } from '../../engine/store/transactions.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed, statement } from './support/fixtures.ts';

const AWKWARD = ['tab\there', 'back\\slash \\N', 'new\nline\r\n', '\\N', '全角 ＰＡＹ１２', ''];

const fkError = { code: '23503' };

describeEngines('bulk writes on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  });
  afterEach(async () => t.drop());

  it('stores text with tabs, backslashes and line breaks as it was, and a run reads it back so', async () => {
    const lines = AWKWARD.map((text, i) => ({ id: `B${i + 1}`, date: '2026-10-0' + (i + 1), amount: `-${i + 1}.50`, reference: text, counterparty: text, description: text }));
    const st = statement(ACCOUNT, lines);
    // A reader's minor units and a running balance, as the canonical CSV reader gives them.
    const txs: Transaction[] = st.transactions.map((tx, i) => ({ ...tx, amountMinor: -(BigInt(i + 1) * 100n + 50n), balance: new Decimal(`100${i}.1`), valueDate: '2026-10-09' }));
    const r = await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: 'c'.repeat(64), statements: [{ ...st, transactions: txs }], actor: 'u-staff', at: AT });
    expect(r).toMatchObject({ inserted: AWKWARD.length, alreadyPresent: 0 });
    // The reader hands over one object for every line: copy each.
    const back: RunLine[] = [];
    await t.db.transaction((tx) => forEachUnsettledLine(tx, ACCOUNT, '2026-10', '2026-10-31', (l) => back.push({ ...l })));
    back.sort((a, b) => Number(a.id) - Number(b.id));
    // Outside a transaction it reads the same lines (its settings and its COPY share one of its own).
    const again: RunLine[] = [];
    await forEachUnsettledLine(t.db, ACCOUNT, '2026-10', '2026-10-31', (l) => again.push({ ...l }));
    expect(again.sort((a, b) => Number(a.id) - Number(b.id))).toEqual(back);
    expect(back.map((l) => [l.extId, l.reference, l.counterparty, l.description, l.amount, l.balance, l.valueDate, l.side, l.date, l.currency, l.bankReference])).toEqual(
      AWKWARD.map((text, i) => [`B${i + 1}`, text, text, text, `-${i + 1}.50`, `100${i}.10`, '2026-10-09', 'bank', `2026-10-0${i + 1}`, 'CNY', '']));
  });

  it('stores the amounts and balances of canonical CSV lines as the Decimal path writes them', async () => {
    const csv = [
      'id,date,amount,currency,reference,counterparty,description,balance',
      'B1,2026-10-01,-0.05,CNY,R1,,,1000.1',
      'B2,2026-10-02,100.5,CNY,R2,,,1100.6',
      'B3,2026-10-03,7,CNY,R3,,,1107.6',
      'B4,2026-10-04,0.00,CNY,R4,,,',
      'B5,2026-10-05,-1107.60,CNY,R5,,,0',
      '',
    ].join('\n');
    const [st] = await parseStatements((async function* () { yield Buffer.from(csv); })(), { fileName: 'bank.csv', format: 'csv', side: 'bank' });
    // The lines take the canonical reader's fast path, whose rows are written from minor units.
    expect(st!.transactions.every((tx) => tx instanceof CanonicalLine)).toBe(true);
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: 'e'.repeat(64), statements: [{ ...st!, account: ACCOUNT }], actor: 'u-staff', at: AT });
    const back: RunLine[] = [];
    await forEachUnsettledLine(t.db, ACCOUNT, '2026-10', '2026-10-31', (l) => back.push({ ...l }));
    back.sort((a, b) => Number(a.id) - Number(b.id));
    const decimalPath = (d: Decimal | null): string | null => (d === null ? null : d.toFixed(Math.max(2, d.decimalPlaces())));
    expect(back.map((l) => [l.extId, l.amount, l.balance])).toEqual(st!.transactions.map((tx) => [tx.id, decimalPath(tx.amount), decimalPath(tx.balance)]));
    expect(back.map((l) => [l.amount, l.balance])).toEqual([['-0.05', '1000.10'], ['100.50', '1100.60'], ['7.00', '1107.60'], ['0.00', null], ['-1107.60', '0.00']]);
  });

  it('reads repeated names back as they were, also names that share length, first, middle and last character', async () => {
    // 'A1C2B' and 'A2C1B' fall in one slot of the reader's name cache; 'a\\b' is never cached.
    const names = ['A1C2B', 'A2C1B', 'A1C2B', 'a\\b', 'A2C1B', 'a\\b', '', 'A1C2B'];
    const lines = names.map((name, i) => ({ id: `B${i + 1}`, date: '2026-10-01', amount: '1.00', counterparty: name, description: names[names.length - 1 - i]! }));
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: '9'.repeat(64), statements: [statement(ACCOUNT, lines)], actor: 'u-staff', at: AT });
    const back: RunLine[] = [];
    await forEachUnsettledLine(t.db, ACCOUNT, '2026-10', '2026-10-31', (l) => back.push({ ...l }));
    back.sort((a, b) => Number(a.id) - Number(b.id));
    expect(back.map((l) => [l.counterparty, l.description])).toEqual(names.map((name, i) => [name, names[names.length - 1 - i]]));
  });

  it('refuses a line whose import is missing or of another side, as the foreign key did', async () => {
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: 'd'.repeat(64),
      statements: [statement(ACCOUNT, [{ id: 'B1', date: '2026-10-01', amount: '1.00' }])], actor: 'u-staff', at: AT });
    const importId = (await t.db.query<{ id: string }>('SELECT id::text AS id FROM imports')).rows[0]!.id;
    const insert = (id: string, side: string) => t.db.query(
      `INSERT INTO transactions (account, side, import_id, ext_id, content_hash, date, amount, currency, source_id, line)
       VALUES ($1, $2, $3, 'X1', 'h', '2026-10-01', 1, 'CNY', 'X1', 2)`, [ACCOUNT, side, id]);
    await expect(insert('999999', 'bank')).rejects.toMatchObject(fkError);
    await expect(insert(importId, 'ledger')).rejects.toMatchObject(fkError);
    await expect(t.db.query(`UPDATE transactions SET import_id = 999999`)).rejects.toMatchObject(fkError);
    await expect(t.db.query('DELETE FROM imports WHERE id = $1', [importId])).rejects.toMatchObject(fkError);
    await expect(t.db.query('UPDATE imports SET id = 999999 WHERE id = $1', [importId])).rejects.toMatchObject(fkError);
    await insert(importId, 'bank');
    expect((await t.db.query('SELECT 1 FROM transactions')).rows).toHaveLength(2);
  });

  it('checks every key a statement names: one import, several, or one of them wrong', async () => {
    for (const [side, sha] of [['bank', '1'], ['bank', '2'], ['ledger', '3']] as const) {
      await importStatements(t.db, { account: ACCOUNT, side, fileName: `${side}.csv`, sha256: sha.repeat(64),
        statements: [statement(ACCOUNT, [{ id: `${side}-${sha}`, date: '2026-10-01', amount: '1.00' }])], actor: 'u-staff', at: AT });
    }
    const ids = (await t.db.query<{ id: string; side: string }>('SELECT id::text AS id, side FROM imports ORDER BY id')).rows;
    const [bank1, bank2, ledger3] = [ids[0]!.id, ids[1]!.id, ids[2]!.id];
    let statementNo = 0;
    const insert = (rows: readonly [string, string][]) => t.db.query(
      `INSERT INTO transactions (account, side, import_id, ext_id, content_hash, date, amount, currency, source_id, line)
       SELECT $1, r.side, r.import_id::bigint, $4 || '-' || r.n, 'h', '2026-10-01', 1, 'CNY', $4 || '-' || r.n, 2
         FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS r(import_id, side, n)`,
      [ACCOUNT, rows.map((r) => r[0]), rows.map((r) => r[1]), `M${++statementNo}`]);
    // Several keys, each of them present: accepted; one of them another side's import, or missing: refused.
    await expect(insert([[bank1, 'bank'], [bank2, 'bank'], [ledger3, 'ledger']])).resolves.toMatchObject({ rowCount: 3 });
    await expect(insert([[bank1, 'bank'], [ledger3, 'bank']])).rejects.toMatchObject(fkError);
    await expect(insert([[bank1, 'bank'], ['999999', 'bank']])).rejects.toMatchObject(fkError);
    // One key for every row, wrong: refused.
    await expect(insert([[ledger3, 'bank'], [ledger3, 'bank']])).rejects.toMatchObject(fkError);
    expect((await t.db.query('SELECT 1 FROM transactions')).rows).toHaveLength(6);
  });

  it('refuses a match or difference of a missing run or of another account, and keeps a referenced run', async () => {
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: 'e'.repeat(64),
      statements: [statement(ACCOUNT, [{ id: 'B1', date: '2026-10-01', amount: '1.00' }])], actor: 'u-staff', at: AT });
    await importStatements(t.db, { account: ACCOUNT, side: 'ledger', fileName: 'ledger.csv', sha256: 'd'.repeat(64),
      statements: [statement(ACCOUNT, [{ id: 'V1', date: '2026-10-20', amount: '-5.00' }])], actor: 'u-staff', at: AT });
    const run = await runReconciliation(t.db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    await t.db.query(`INSERT INTO accounts (number, name, currency) VALUES ('OTHER-1', 'other', 'CNY')`);
    const match = (runId: string, account: string) => t.db.query(
      `INSERT INTO matches (account, run_id, rule, bank_ids, ledger_ids, difference) VALUES ($1, $2, 'reference', '{}', '{}', 0)`, [account, runId]);
    const difference = (runId: string, account: string) => t.db.query(
      `INSERT INTO differences (account, run_id, kind, side, amount, bank_ids, ledger_ids, last_actor, created_at, updated_at)
       VALUES ($1, $2, 'bank_only_debit', 'bank', 1, '{}', '{}', 'u-staff', now(), now())`, [account, runId]);
    await expect(match('999999', ACCOUNT)).rejects.toMatchObject(fkError);
    await expect(match(run.runId, 'OTHER-1')).rejects.toMatchObject(fkError);
    await expect(difference('999999', ACCOUNT)).rejects.toMatchObject(fkError);
    await expect(difference(run.runId, 'OTHER-1')).rejects.toMatchObject(fkError);
    await expect(t.db.query(`UPDATE differences SET account = 'OTHER-1'`)).rejects.toMatchObject(fkError);
    await expect(t.db.query('DELETE FROM runs WHERE id = $1', [run.runId])).rejects.toMatchObject(fkError);
    await match(run.runId, ACCOUNT);
    await difference(run.runId, ACCOUNT);
    // Rows of several runs in one statement: each run is checked.
    const rows = (pairs: readonly [string, string][]) => t.db.query(
      `INSERT INTO matches (account, run_id, rule, bank_ids, ledger_ids, difference)
       SELECT r.account, r.run_id::bigint, 'reference', '{}', '{}', 0 FROM unnest($1::text[], $2::text[]) AS r(run_id, account)`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
    await expect(rows([[run.runId, ACCOUNT], [run.runId, 'OTHER-1']])).rejects.toMatchObject(fkError);
    await expect(rows([[run.runId, ACCOUNT], ['999999', ACCOUNT]])).rejects.toMatchObject(fkError);
    await expect(rows([[run.runId, ACCOUNT], [run.runId, ACCOUNT]])).resolves.toMatchObject({ rowCount: 2 });
  });

  it('a bulk write that fails half way leaves nothing, and the connection serves the next statement', async () => {
    await importStatements(t.db, { account: ACCOUNT, side: 'bank', fileName: 'bank.csv', sha256: 'f'.repeat(64),
      statements: [statement(ACCOUNT, [{ id: 'B1', date: '2026-10-01', amount: '1.00' }])], actor: 'u-staff', at: AT });
    const importId = (await t.db.query<{ id: string }>('SELECT id::text AS id FROM imports')).rows[0]!.id;
    // Past the first megabyte of COPY data, so the server has rows of this COPY when it fails.
    const row = (i: number): LineRow => {
      if (i === 15_000) throw new Error('reader broke');
      return { extId: `X${i}`, contentHash: 'h', date: '2026-10-02', valueDate: null, amount: '1.00', currency: 'CNY', reference: '', bankReference: '',
        counterparty: '', description: '', balance: null, sourceId: `X${i}`, line: i + 2 };
    };
    await expect(t.db.transaction((tx) => insertLines(tx, { account: ACCOUNT, side: 'bank', importId, postedBy: null }, 20_000, row, undefined, 1000)))
      .rejects.toThrow(/reader broke/);
    expect((await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM transactions')).rows[0]!.n).toBe('1');
  });
});
