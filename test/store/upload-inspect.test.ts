/**
 * A statement file sent in chat is inspected (and imported) while the server goes on serving
 * others: the reading gives the event loop a turn every 64 KiB (engine/service/upload.ts).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { inspectUpload } from '../../engine/service/upload.ts';
import { bigCsv, turnsDuring } from '../support/eventLoop.ts';
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
    const bytes = bigCsv(40_000);
    const { turns, result: out } = await turnsDuring(() => inspectUpload(t.db, { bytes, fileName: 'big.csv' }, null));
    expect(out.ok && out.inspection.lines).toBe(40_000);
    // Read in one piece, the file stopped everything else for both readings (a handful of turns, from the database query).
    expect(turns).toBeGreaterThanOrEqual(2 * Math.floor(bytes.length / (64 * 1024)) - 4);
  });
});
