/**
 * Day-end runs before the daily summary: a daily account catches up on the days since its last
 * run (the summary is sent on weekdays, so Monday runs Saturday, Sunday and Monday), a day no
 * statement covers fails alone and is logged, and nothing is run twice.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catchUpWindow, dayEndRunner, daysToRun } from '../../bot/ports/dayEnd.ts';
import { addAccount, updateAccountSettings } from '../../engine/service/accounts.ts';
import { importStatements } from '../../engine/service/import.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { ACCOUNT, AT, seed, statement, type LineSpec } from './support/fixtures.ts';

describe('which days a daily account runs at day end', () => {
  it('the seven days ending today, oldest first, across a month end', () => {
    expect(catchUpWindow('2026-12-02')).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });
  it('the days after the latest day run; today alone when none in the window ran', () => {
    const week = catchUpWindow('2026-11-09'); // a Monday
    expect(daysToRun(week, (d) => d === '2026-11-06')).toEqual(['2026-11-07', '2026-11-08', '2026-11-09']);
    expect(daysToRun(week, (d) => d <= '2026-11-09')).toEqual([]);
    expect(daysToRun(week, () => false)).toEqual(['2026-11-09']);
    // A Saturday that failed before Sunday ran is not tried again.
    expect(daysToRun(week, (d) => d === '2026-11-06' || d === '2026-11-08')).toEqual(['2026-11-09']);
  });
});

describeEngines('day-end runs on %s', (engine) => {
  let t: TestDb;
  let warnings: string[];
  const logger = () => pino({ level: 'info' }, new Writable({ write(chunk, _enc, done) { if (JSON.parse(String(chunk)).level >= 40) warnings.push(String(chunk)); done(); } }));
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
    await updateAccountSettings(t.db, ACCOUNT, { cycle: 'daily' }, 'admin', AT);
    warnings = [];
  });
  afterEach(() => t.drop());

  const periods = async (account = ACCOUNT): Promise<string[]> =>
    (await t.db.query('SELECT period FROM runs WHERE account = $1 AND superseded_by IS NULL ORDER BY id', [account])).rows.map((r) => String((r as { period: string }).period));

  async function importDays(from: string, to: string, lines: LineSpec[], n: number): Promise<void> {
    for (const side of ['bank', 'ledger'] as const) {
      const s = statement(ACCOUNT, lines, { openingDate: from, closingDate: to });
      await importStatements(t.db, { account: ACCOUNT, side, fileName: `${side}-${from}.csv`, sha256: `${side === 'bank' ? n : n + 5}`.repeat(64), statements: [s], actor: 'u-staff', at: AT });
    }
  }

  it("Monday's day end runs Saturday, Sunday and Monday after Friday's, oldest first, and a second call runs nothing", async () => {
    await importDays('2026-11-06', '2026-11-09', [{ date: '2026-11-06', amount: '100.00', reference: 'A' }, { date: '2026-11-07', amount: '-20.00', reference: 'B' }, { date: '2026-11-09', amount: '5.00', reference: 'C' }], 1);
    const run = dayEndRunner(t.db, () => AT, logger());
    await run('2026-11-06');
    expect(await periods()).toEqual(['2026-11-06']);
    await run('2026-11-09');
    expect(await periods()).toEqual(['2026-11-06', '2026-11-07', '2026-11-08', '2026-11-09']);
    await run('2026-11-09');
    expect(await periods()).toHaveLength(4);
    expect(warnings).toEqual([]);
  });

  it('a day no statement covers fails alone, is logged, and is not tried again once a later day ran', async () => {
    await importDays('2026-11-06', '2026-11-06', [{ date: '2026-11-06', amount: '100.00', reference: 'A' }], 1);
    const run = dayEndRunner(t.db, () => AT, logger());
    await run('2026-11-06');
    await importDays('2026-11-08', '2026-11-10', [{ date: '2026-11-09', amount: '7.00', reference: 'D' }], 2);
    await run('2026-11-09');
    expect(await periods()).toEqual(['2026-11-06', '2026-11-08', '2026-11-09']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('2026-11-07');
    await run('2026-11-10');
    expect(await periods()).toEqual(['2026-11-06', '2026-11-08', '2026-11-09', '2026-11-10']);
    expect(warnings).toHaveLength(1);
  });

  it('a new daily account runs only today, and a monthly account its due month', async () => {
    await addAccount(t.db, { number: '6222020200002', name: '月结户', currency: 'CNY', writeOffLimit: '10.00' }, 'admin', AT);
    const s = (account: string) => statement(account, [{ date: '2026-10-15', amount: '1.00' }, { date: '2026-11-09', amount: '2.00' }], { openingDate: '2026-10-01', closingDate: '2026-11-09' });
    for (const [i, side] of (['bank', 'ledger'] as const).entries())
      for (const account of [ACCOUNT, '6222020200002'])
        await importStatements(t.db, { account, side, fileName: `${side}-${account}.csv`, sha256: `${account.slice(-1)}${i}`.repeat(32), statements: [s(account)], actor: 'u-staff', at: AT });
    await dayEndRunner(t.db, () => AT, logger())('2026-11-09');
    expect(await periods()).toEqual(['2026-11-09']);
    expect(await periods('6222020200002')).toEqual(['2026-10']);
    expect(warnings).toEqual([]);
  });
});
