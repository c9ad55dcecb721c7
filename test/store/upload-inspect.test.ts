/**
 * A statement file sent in chat is inspected (and imported) while the server goes on serving
 * others: the reading gives the event loop a turn every 64 KiB (engine/service/upload.ts).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { inspectUpload } from '../../engine/service/upload.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';
import { seed } from './support/fixtures.ts';

describeEngines('inspecting a large file sent in chat on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await seed(t.db);
  });
  afterEach(async () => t.drop());

  it('other work keeps running while a 3 MB CSV of unstated side is read (twice, once per side)', async () => {
    const rows = ['id,date,amount,currency,reference,counterparty,description'];
    for (let i = 0; i < 40_000; i++) rows.push(`B${i},2026-03-${String((i % 28) + 1).padStart(2, '0')},${i % 2 ? '-' : ''}${i}.50,CNY,REF${i},上海某某贸易有限公司,货款 第${i}笔`);
    const bytes = new TextEncoder().encode(`${rows.join('\n')}\n`);
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const out = await inspectUpload(t.db, { bytes, fileName: 'big.csv' }, null);
    running = false;
    expect(out.ok && out.inspection.lines).toBe(40_000);
    // Read in one piece, the file stopped everything else for both readings (a handful of turns, from the database query).
    expect(turns).toBeGreaterThanOrEqual(2 * Math.floor(bytes.length / (64 * 1024)) - 4);
  });
});
