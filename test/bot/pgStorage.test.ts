/** botbuilder Storage conformance of PgStorage, on PGlite and (with DATABASE_URL) PostgreSQL. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PgStorage } from '../../bot/state/pgStorage.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';

describeEngines('PgStorage on %s', (engine) => {
  let t: TestDb;
  let storage: PgStorage;
  beforeAll(async () => {
    t = await openTestDb(engine);
    storage = new PgStorage(t.db);
  }, 240_000);
  afterAll(() => t.drop());

  it('reads nothing for a missing key', async () => {
    expect(await storage.read(['nope'])).toEqual({});
  });

  it('writes without an eTag, reads the item back with an eTag, and keeps nested data', async () => {
    await storage.write({ a: { count: 1, nested: { text: '今天对账情况 🙂 مرحبا' } } });
    const got = await storage.read(['a', 'missing']);
    expect(Object.keys(got)).toEqual(['a']);
    expect(got.a).toMatchObject({ count: 1, nested: { text: '今天对账情况 🙂 مرحبا' } });
    expect(typeof got.a?.eTag).toBe('string');
  });

  it('accepts the current eTag and refuses a stale one', async () => {
    await storage.write({ b: { v: 1 } });
    const first = (await storage.read(['b'])).b;
    await storage.write({ b: { ...first, v: 2 } });
    await expect(storage.write({ b: { ...first, v: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['b'])).b).toMatchObject({ v: 2 });
    const second = (await storage.read(['b'])).b;
    expect(second?.eTag).not.toBe(first?.eTag);
  });

  it("always writes with '*' or without an eTag", async () => {
    await storage.write({ c: { v: 1 } });
    await storage.write({ c: { v: 2, eTag: '*' } });
    await storage.write({ c: { v: 3 } });
    expect((await storage.read(['c'])).c).toMatchObject({ v: 3 });
  });

  it('writes a missing key whatever eTag it carries', async () => {
    await storage.write({ d: { v: 1, eTag: '12345' } });
    expect((await storage.read(['d'])).d).toMatchObject({ v: 1 });
  });

  it('deletes, and deleting an unknown key is fine', async () => {
    await storage.write({ e: { v: 1 } });
    await storage.delete(['e', 'never-existed']);
    expect(await storage.read(['e'])).toEqual({});
  });

  it('stores text with a NUL character instead of failing', async () => {
    await storage.write({ f: { text: 'a\u0000b', literal: 'x\\u0000y' } });
    expect((await storage.read(['f'])).f).toMatchObject({ text: 'a\ufffdb', literal: 'x\\u0000y' });
  });

  it('stores text with a lone surrogate instead of failing; a pair and a literal escape stay as they are', async () => {
    await storage.write({ s: { high: 'a\uD83Db', low: '\uDE00', pair: '\uD83D\uDE00', literal: 'x\\ud800y' } });
    expect((await storage.read(['s'])).s).toMatchObject({ high: 'a\ufffdb', low: '\ufffd', pair: '\uD83D\uDE00', literal: 'x\\ud800y' });
  });

  it('lets exactly one of two writers with the same eTag win', async () => {
    await storage.write({ g: { v: 0 } });
    const base = (await storage.read(['g'])).g;
    const results = await Promise.allSettled([storage.write({ g: { ...base, v: 1 } }), storage.write({ g: { ...base, v: 2 } })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });
});
