/**
 * Issue 15, part 5 in chat: a message or card value holding a NUL or a lone surrogate gets a polite
 * reply and the store is untouched (no audit row, no proposal, no difference moved); a dialog in
 * progress stays at its step and goes on with the next good message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../engine/store/db.ts';
import { openHarness, type Harness } from './support/harness.ts';
import { walk } from './steps.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
}, 120_000);
afterAll(async () => {
  await h.close();
});

/** What a turn could change in the books: row counts, and every difference's version. */
async function books(db: Db): Promise<unknown> {
  const res = await db.query(`SELECT
    (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM resolutions)::int AS resolutions,
    (SELECT count(*) FROM line_claims)::int AS claims, (SELECT count(*) FROM faq_questions)::int AS questions,
    (SELECT count(*) FROM transactions)::int AS lines, (SELECT coalesce(sum(version), 0) FROM differences)::int AS versions`);
  return res.rows[0];
}

const NUL = '处理差异\u0000';
const LONE_HIGH = '手续费 \uD83D';
const LONE_LOW = 'fee \uDE00 note';

describe('bad characters in chat (issue 15, part 5)', () => {
  it('a message with a NUL or a lone surrogate gets a polite reply, in zh-CN and en, and writes nothing', async () => {
    const before = await books(h.db);
    const staff = h.chat('demo-staff');
    expect(await staff.say(NUL)).toContain('无法处理的字符');
    expect(await staff.say(LONE_HIGH)).toContain('无法处理的字符');
    expect(await staff.say(LONE_LOW, 'en-US')).toContain('characters I cannot handle');
    const customer = h.chat('stranger-1');
    expect(await customer.say('how do I reconcile\u0000', 'en-US')).toContain('nothing was saved');
    expect(await books(h.db)).toEqual(before);
  }, 60_000);

  it('a bad reason in the middle of a resolution is refused, the dialog stays at its step, nothing is written', async () => {
    const staff = h.chat('demo-staff');
    await walk(staff, [
      { say: '处理差异 1234', see: '待处理差异' },
      { say: '#3', see: '请选择处理方式' },
      { say: '银行差错', see: '请输入处理原因' },
    ]);
    const before = await books(h.db);
    expect(await staff.say(`银行多扣 ${LONE_HIGH}`)).toContain('无法处理的字符');
    expect(await staff.submit({ text: 'x\u0000y' })).toContain('无法处理的字符');
    expect(await books(h.db)).toEqual(before);
    // The same step takes a good reason.
    expect(await staff.say('银行多扣手续费')).toContain('请确认');
    await staff.say('取消');
  }, 60_000);

  it('a card submit whose value holds a NUL (in a key or a value) is refused before the card is read', async () => {
    const before = await books(h.db);
    const staff = h.chat('demo-staff');
    expect(await staff.submit({ action: 'status.show', v: 1, accountHint: '12\u000034' })).toContain('无法处理的字符');
    expect(await staff.submit({ ['a\uDC00']: 1 })).toContain('无法处理的字符');
    expect(await books(h.db)).toEqual(before);
  }, 60_000);
});
