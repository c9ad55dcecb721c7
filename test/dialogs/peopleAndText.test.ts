/**
 * Issue 14 through the dialogs over the demo store: outside text (a statement description, a typed
 * reason) shows as text in the resolve and approval cards, never as a link or a line of its own;
 * account choices carry no account number in card data for staff; one person under two channel
 * ids is one person for maker-checker and roles. The tests run in order (one story).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIdentity } from '../../engine/service/users.ts';
import { cardOf, MATCH_ACCOUNT, openHarness, type Harness } from './support/harness.ts';
import { walk } from './steps.ts';

let h: Harness;
/** One staff conversation for the first two tests (a Chat is one conversation). */
let staffChat: ReturnType<Harness['chat']>;
beforeAll(async () => {
  h = await openHarness();
}, 120_000);
afterAll(async () => {
  await h.close();
});

const LINK = '[点此领取](http://evil.example)';
const FAKE = '同一张支票\n\n**提议人：** 张三';

/** The text of every TextBlock of a card (nested containers included). */
function textBlocks(card: unknown): string[] {
  if (Array.isArray(card)) return card.flatMap(textBlocks);
  if (card === null || typeof card !== 'object') return [];
  const o = card as Record<string, unknown>;
  const own = o['type'] === 'TextBlock' && typeof o['text'] === 'string' ? [o['text']] : [];
  return [...own, ...Object.values(o).flatMap(textBlocks)];
}

/** A Markdown link or emphasis whose brackets or stars are not escaped. */
const UNESCAPED_LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(/;
const UNESCAPED_BOLD = /(?<![\\*])\*\*[^*\s][^*]*(?<![\\\s])\*\*/;

describe('outside text in cards, masked card data, people (issue 14)', () => {
  it('a journal line whose description is a Markdown link shows as text in the resolve card', async () => {
    await h.db.query(`UPDATE transactions SET description = $1 WHERE ext_id = 'B701'`, [LINK]);
    const staff = (staffChat = h.chat('demo-staff'));
    await walk(staff, [{ say: '处理差异 7777', see: '待处理差异' }]);
    await staff.say('#6');
    const card = cardOf(staff.replies.at(-1)!);
    const blocks = textBlocks(card);
    expect(blocks.some((t) => t.includes('\\[点此领取\\](http://evil.example)'))).toBe(true);
    expect(blocks.filter((t) => UNESCAPED_LINK.test(t))).toEqual([]);
  }, 60_000);

  it("a reason cannot fake a 'proposed by' line in the approver's card", async () => {
    await walk(staffChat, [
      { say: '手工匹配', see: '选择要匹配的记录' },
      { say: '1', see: '请输入处理原因' },
      { say: FAKE, see: '请确认' },
      { say: '确认提交', see: '已提交审批：差异 #6' },
    ]);
    const sent = h.sent.filter((s) => s.to === 'approver-2' && JSON.stringify(s.activity).includes('待审批：差异 #6')).at(-1)!;
    const blocks = textBlocks(cardOf(sent.activity));
    const reason = blocks.filter((t) => t.includes('提议人'));
    expect(reason).toHaveLength(1);
    expect(reason[0]).toContain('同一张支票 \\*\\*提议人：\\*\\* 张三');
    expect(reason[0]).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(blocks.filter((t) => UNESCAPED_BOLD.test(t) || UNESCAPED_LINK.test(t))).toEqual([]);
    expect(blocks.some((t) => t.includes('\\[点此领取\\]'))).toBe(true);
    // The real proposer line is still there, once.
    expect(blocks.filter((t) => t.includes('提交人：张敏'))).toHaveLength(1);
  }, 60_000);

  it('account choices carry only the masked account in card data for staff; an admin sees the number', async () => {
    const staff = h.chat('demo-staff');
    await staff.say('对账');
    const staffCard = JSON.stringify(cardOf(staff.replies.at(-1)!));
    expect(staffCard).toContain('****7777');
    expect(staffCard).not.toContain(MATCH_ACCOUNT);
    // The flow token is a random UUID and may hold eight digits in a row; only the rest must not.
    expect(staffCard.replace(/"token":"[0-9a-f-]{36}"/g, '')).not.toMatch(/\d{8,}/);
    // Pressing the masked button still picks the account.
    expect(await staff.press('****7777')).toContain('对账期间是？');
    await staff.say('取消');
    const admin = h.chat('demo-admin');
    await admin.say('对账');
    expect(JSON.stringify(cardOf(admin.replies.at(-1)!))).toContain(MATCH_ACCOUNT);
    await admin.say('取消');
  }, 60_000);

  it('the same person under a second channel id: their role applies, their own proposal is not theirs to approve', async () => {
    await walk(h.chat('demo-admin'), [
      { say: '处理差异 1234', see: '#2' },
      { say: '#2', see: '差异 #2' },
      { say: '银行差错', see: '请输入处理原因' },
      { say: '银行误记结息，已请柜台冲正', see: '请确认' },
      { say: '1', see: '已提交审批：差异 #2' },
    ]);
    // 系统管理员 signs in to Web Chat as admin@branch.example: the same person.
    await linkIdentity(h.db, { to: 'demo-admin', kind: 'webchat', id: 'admin@branch.example' }, 'test', h.clock.now);
    const other = h.chat('admin@branch.example');
    // An admin under this identity too: 审批 lists #6 (张敏's), never #2 (their own).
    const list = await other.say('审批');
    expect(list).toMatch(/#6\s+-8,000\.00 CNY\s+\d+ 天\s+6222020200047777 银行已付、企业未付/);
    expect(list).not.toContain('#2');
    await other.say('取消');
    const forged = { action: 'approval.decide', v: 1, differenceId: '2', version: 2, decision: 'approve' };
    expect(await other.submit(forged)).toContain('这是您自己提交的方案，不能由您本人审批');
    expect((await h.db.query<{ state: string }>(`SELECT state FROM differences WHERE id = 2`)).rows[0]!.state).toBe('proposed');
    // A different person may.
    expect(await h.chat('approver-2').submit(forged)).toContain('已批准差异 #2 的处理方案');
  }, 60_000);
});
