/** retryOnConnectionLoss: a lost connection is retried a bounded number of times; other errors are not. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logging.ts';
import { retryOnConnectionLoss } from '../../bot/retry.ts';

const lost = (): Error => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
const policy = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };

function logger(): { log: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({ write: (c: Buffer, _e, cb) => void (lines.push(c.toString()), cb()) });
  return { log: createLogger('warn', sink), lines };
}

describe('retryOnConnectionLoss', () => {
  it('runs the work again after a lost connection, logging each retry', async () => {
    const { log, lines } = logger();
    let calls = 0;
    const out = await retryOnConnectionLoss('claim', async () => (++calls < 3 ? Promise.reject(lost()) : 'done'), log, policy);
    expect([out, calls, lines.length]).toEqual(['done', 3, 2]);
    expect(lines[0]).toContain('retrying');
  });

  it('gives up after the last attempt with the database error', async () => {
    const { log } = logger();
    let calls = 0;
    await expect(retryOnConnectionLoss('claim', async () => Promise.reject((calls++, lost())), log, policy)).rejects.toMatchObject({ code: '57P01' });
    expect(calls).toBe(3);
  });

  it('does not retry an error of the work itself', async () => {
    const { log } = logger();
    let calls = 0;
    await expect(retryOnConnectionLoss('run', async () => Promise.reject((calls++, Object.assign(new Error('dup'), { code: '23505' }))), log, policy)).rejects.toThrow('dup');
    expect(calls).toBe(1);
  });
});
