/**
 * Maker-checker under DialogTestClient over the demo store: a proposal reaches the approvers as a
 * card; segregation of duties, self-approval, a rejection without a comment, a stale card and two
 * staff on one difference are refused politely with nothing written; the proposer is told the
 * outcome; dialogs left in the middle resume or expire. The tests run in order (one story).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, openHarness, type Harness, type Sent } from './support/harness.ts';
import { walk } from './steps.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
}, 120_000);
afterAll(async () => {
  await h.close();
});

async function state(id: string): Promise<{ state: string; version: number }> {
  return (await h.db.query<{ state: string; version: number }>('SELECT state, version FROM differences WHERE id = $1', [id])).rows[0]!;
}

/** The approval card sent to `to` for difference `id`, and its button data by title. */
function approvalCard(to: string, id: string): { sent: Sent; button: (title: string) => Record<string, unknown> } {
  const sent = h.sent.filter((s) => s.to === to && JSON.stringify(s.activity).includes(`待审批：差异 #${id}`)).at(-1);
  if (!sent) throw new Error(`no approval card for #${id} sent to ${to}`);
  const actions = cardOf(sent.activity)!.actions as Array<{ title: string; data: Record<string, unknown> }>;
  return { sent, button: (title) => actions.find((a) => a.title === title)!.data };
}

const told = (to: string): string => h.sent.filter((s) => s.to === to).map((s) => s.activity.text ?? '').join('\n');

describe('approval (maker-checker)', () => {
  it('staff proposes a manual match; every approver but her gets the card with the proposal', async () => {
    await walk(h.chat('demo-staff'), [
      { say: '处理差异 7777', see: '账户 ****7777 待处理差异' },
      { say: '#6', see: /差异 #6：银行已付、企业未付[\s\S]*可能的对应记录：[\s\S]*2026-10-20 -8,000\.00 CNY CHK-0457 南京建安装饰（金额相同、对方户名相同、参考号相近，相差 10 天）/ },
      { say: '手工匹配', see: '选择要匹配的记录' },
      { say: '1', see: '请输入处理原因' },
      { say: '同一张支票 CHK-0457，银行 10 月 30 日兑付', see: '匹配记录：2026-10-20 -8,000.00 CNY CHK-0457' },
      { say: '确认提交', see: '已提交审批：差异 #6（手工匹配）。已通知 3 位审批人' },
    ]);
    const card = approvalCard('demo-approver', '6');
    expect(card.sent.activity.attachments?.[0]?.content).toMatchObject({ fallbackText: expect.stringContaining('提交人：张敏') });
    expect(h.sent.some((s) => s.to === 'demo-staff')).toBe(false);
    expect(await state('6')).toMatchObject({ state: 'proposed', version: 2 });
  }, 60_000);

  it('the approver who posted the lines is refused (segregation of duties); nothing is written', async () => {
    const reply = await h.chat('demo-approver').submit(approvalCard('demo-approver', '6').button('批准'));
    expect(reply).toContain('按“对账人员与记账人员分离”的要求，不能审批');
    expect(await state('6')).toMatchObject({ state: 'proposed', version: 2 });
  }, 60_000);

  it('another approver approves from the card; the proposer is told; the lines are matched', async () => {
    const reply = await h.chat('approver-2').submit(approvalCard('approver-2', '6').button('批准'));
    expect(reply).toContain('已批准差异 #6 的处理方案。已通知提交人。');
    expect(told('demo-staff')).toContain('您提交的差异 #6（手工匹配）已由 陈静 批准。');
    expect(await state('6')).toMatchObject({ state: 'closed' });
    expect(await state('8')).toMatchObject({ state: 'superseded' });
    const m = await h.db.query<{ rule: string; n: number }>("SELECT rule, cardinality(bank_ids) + cardinality(ledger_ids) AS n FROM matches WHERE rule = 'manual'");
    expect(m.rows).toEqual([{ rule: 'manual', n: 2 }]);
  }, 60_000);

  it('a stale card (already decided) changes nothing and says who decided', async () => {
    const reply = await h.chat('demo-admin').submit(approvalCard('demo-admin', '6').button('驳回'));
    expect(reply).toContain('差异 #6 已不在待审批状态（当前：已结清（最后操作：陈静））');
    expect(await state('6')).toMatchObject({ state: 'closed' });
    // The approver who decided it, pressing the card again, is not told of herself by name.
    expect(await h.chat('approver-2').submit(approvalCard('approver-2', '6').button('批准'))).toContain('差异 #6 已不在待审批状态（当前：已结清（最后操作：您本人））');
  }, 60_000);

  it("an admin's own proposal is not listed for her and its card is refused (no self-approval)", async () => {
    await walk(h.chat('demo-admin'), [
      { say: '处理差异 1234', see: /#2\s+12\.34 CNY\s+36 天\s+6222020200011234 银行已收、企业未收/ },
      { say: '#2', see: '差异 #2：银行已收、企业未收' },
      { say: '银行差错', see: '请输入处理原因' },
      { say: '银行误记结息，已请柜台冲正', see: '请确认' },
      { say: '1', see: '已提交审批：差异 #2' },
    ]);
    const admin = h.chat('demo-admin');
    expect(await admin.say('审批')).toContain('目前没有待您审批的方案');
    const forged = { action: 'approval.decide', v: 1, differenceId: '2', version: 2, decision: 'approve' };
    expect(await admin.submit(forged)).toContain('这是您自己提交的方案，不能由您本人审批');
    expect(await state('2')).toMatchObject({ state: 'proposed', version: 2 });
  }, 60_000);

  it('a rejection needs a comment (typed path via 审批); the proposer is told the comment', async () => {
    await walk(h.chat('demo-approver'), [
      { say: '审批', see: /待您审批的方案（1 笔）[\s\S]*#2\s+12\.34 CNY\s+36 天\s+\*\*\*\*1234 银行已收、企业未收 · 银行差错\s+提交人：王芳/ },
      { say: '帮助', see: '这里列出等待审批的处理方案' },
      // The number shown is the number typed: 1 is not on this list (and the reply says why), #2 is.
      { say: '1', see: '差异 #1 不在您的审批列表中（当前：未处理）。请回复列表中的编号，或点选一行。' },
      { say: '2', see: /待审批：差异 #2[\s\S]*原因：银行误记结息，已请柜台冲正/ },
      { say: '驳回', see: '请输入驳回意见' },
      { say: '返回', see: /待审批：差异 #2[\s\S]*请点按钮，或回复“批准”或“驳回”（输入数字不算选择）/ },
      // A typed number never decides: "2" meant as a row or a difference number must not reject (or approve).
      { say: '2', see: '这一步不按数字选择，请点按钮，或回复“批准”或“驳回”。' },
      { say: '驳回', see: '请输入驳回意见' },
      // A blind tester rejected with one character; the proposer could not know what to fix.
      { say: 'x', see: '驳回意见太短，提交人看不出要改什么' },
      { say: 'ok', see: '驳回意见太短' },
      // Digits or one character repeated say nothing either (a blind probe's "1111" and "啊啊").
      { say: '1111', see: '驳回意见太短' },
      { say: '啊啊', see: '驳回意见太短' },
      { say: '结息是真实的，应由企业补记收入', see: '已驳回差异 #2 的处理方案。已通知提交人。' },
    ]);
    expect(told('demo-admin')).toContain('被 李强 驳回，意见：结息是真实的，应由企业补记收入。');
    expect(await state('2')).toMatchObject({ state: 'rejected' });
    await walk(h.chat('demo-staff'), [
      { say: '处理差异 1234', see: /#2\s+12\.34 CNY\s+36 天\s+\*\*\*\*1234 银行已收、企业未收\s+已驳回/ },
      { say: '#2', see: '上次的处理被 李强 驳回：结息是真实的，应由企业补记收入' },
      { say: '取消', see: '已取消' },
    ]);
  }, 60_000);

  it('two staff on the same difference: the second is told who handled it; nothing is overwritten', async () => {
    const first = h.chat('demo-staff');
    const second = h.chat('staff-2');
    for (const [c, reason] of [[first, '企业漏记结息，补记收入'], [second, '另一位同事的理由']] as const) {
      await walk(c, [
        { say: '处理差异 1234', see: '#2' },
        { say: '#2', see: '差异 #2' },
        { say: '企业调账', see: '请输入调账凭证号' },
        { say: '记-2026-1120', see: '请输入处理原因' },
        { say: reason, see: '请确认' },
      ]);
    }
    expect(await first.say('是')).toContain('已提交审批：差异 #2');
    expect(await second.say('是')).toContain('差异 #2 刚刚已由 张敏 处理（当前状态：待审批），您的操作没有保存，以免覆盖。');
    const res = await h.db.query<{ proposed_by: string; reason: string }>('SELECT proposed_by, reason FROM resolutions WHERE difference_id = 2 AND decision IS NULL');
    expect(res.rows).toEqual([{ proposed_by: 'demo-staff', reason: '企业漏记结息，补记收入' }]);
  }, 60_000);

  it("the card's reject button with a comment in its field rejects at once", async () => {
    const card = approvalCard('demo-approver', '2');
    // A comment that says nothing is not a reason: the comment is asked for, nothing is decided.
    const short = h.chat('demo-approver');
    expect(await short.submit({ ...card.button('驳回'), text: '.' })).toMatch(/驳回意见太短[\s\S]*请输入驳回意见/);
    expect(await state('2')).toMatchObject({ state: 'proposed' });
    expect(await short.say('取消')).toContain('已取消');
    const reply = await h.chat('demo-approver').submit({ ...card.button('驳回'), text: '凭证号请写全' });
    expect(reply).toContain('已驳回差异 #2');
    expect(told('demo-staff')).toContain('意见：凭证号请写全');
  }, 60_000);

  it('a dialog left in the middle resumes 20 minutes later at the same step', async () => {
    const c = h.chat('demo-staff');
    await c.say('处理差异 1234');
    h.clock.now = new Date(h.clock.now.getTime() + 20 * 60_000);
    expect(await c.say('#4')).toContain('差异 #4');
    expect(await c.say('取消')).toContain('已取消');
  }, 60_000);

  it('a dialog left for more than 30 minutes expires with a message and writes nothing', async () => {
    const c = h.chat('demo-staff');
    await c.say('处理差异 1234');
    await c.say('#4');
    await c.say('备注');
    h.clock.now = new Date(h.clock.now.getTime() + 31 * 60_000);
    expect(await c.say('这条备注不该写入')).toContain('上次的操作已超过 30 分钟没有回复，已自动结束，没有保存任何更改。需要时请重新开始，例如输入“处理差异”。');
    expect(await state('4')).toMatchObject({ state: 'open', version: 1 });
    expect(await c.say('处理差异 1234')).toContain('待处理差异');
  }, 60_000);
  // A blind tester, as approver, was told to type 处理差异 (a clerk's command) after an expired card.
  it('an expired card says how to start its own task again: 审批 for the approval list, 处理差异 for a resolution, 帮助 otherwise', async () => {
    const fromYesterday = (flow: string) => ({ flow, v: 1, token: 'from-yesterday', step: 'list', choice: '1' });
    const approval = await h.chat('demo-approver').submit(fromYesterday('approval'));
    expect(approval).toContain('这张卡片已过期（对话已结束或已重新开始），没有执行任何操作。需要时请输入“审批”重新查看待审批的方案。');
    expect(approval).not.toContain('处理差异');
    expect(await h.chat('demo-staff').submit(fromYesterday('resolve'))).toContain('需要时请重新开始，例如输入“处理差异”。');
    const customer = await h.chat('someone-unknown').submit(fromYesterday('no-such-task'));
    expect(customer).toContain('输入“帮助”可以查看我能做什么。');
    expect(customer).not.toContain('处理差异');
  });

  it('an approval card pressed while the 审批 list is open interrupts politely, then the list comes back', async () => {
    for (const id of ['3', '4']) {
      await walk(h.chat('demo-staff'), [
        { say: '处理差异 1234', see: '待处理差异' },
        { say: `#${id}`, see: `差异 #${id}` },
        { say: '银行差错', see: '请输入处理原因' },
        { say: '银行重复扣款，已请柜台退回', see: '请确认' },
        { say: '1', see: `已提交审批：差异 #${id}` },
      ]);
    }
    const approver = h.chat('demo-approver');
    expect(await approver.say('审批')).toContain('待您审批的方案（2 笔）');
    const reply = await approver.submit(approvalCard('demo-approver', '3').button('批准'));
    expect(reply).toMatch(/先处理这张卡片[\s\S]*已批准差异 #3 的处理方案[\s\S]*回到刚才的操作：[\s\S]*待您审批的方案（1 笔）[\s\S]*#4/);
    expect(reply).not.toContain('不属于当前的操作');
    expect(await state('3')).toMatchObject({ state: 'closed' });
    // The list's own buttons still work after the interruption.
    expect(await approver.say('4')).toContain('待审批：差异 #4');
    // Deciding the very difference on screen from its card: the step has nothing left and ends.
    const last = await approver.submit(approvalCard('demo-approver', '4').button('批准'));
    expect(last).toMatch(/已批准差异 #4 的处理方案[\s\S]*差异 #4 已不在待审批状态/);
    expect(last).not.toContain('回到刚才的操作');
    expect(await approver.say('审批')).toContain('目前没有待您审批的方案');
  }, 60_000);

  it("the daily summary's status button pressed in the middle of a dialog answers, then the step comes back", async () => {
    const c = h.chat('demo-staff');
    await c.say('处理差异 1234');
    const reply = await c.submit({ action: 'status.show', v: 1 });
    expect(reply).toMatch(/先处理这张卡片[\s\S]*\*\*\*\*1234[\s\S]*回到刚才的操作：[\s\S]*待处理差异/);
    expect(await c.say('取消')).toContain('已取消');
  }, 60_000);

  it('approving above APPROVAL_CONFIRM_ABOVE (default 10,000.00) by typing asks once more; 暂不批准 leaves it waiting', async () => {
    await walk(h.chat('demo-staff'), [
      { say: '处理差异 5678', see: '账户 ****5678' },
      { say: '5', see: '差异 #5：重复记账' },
      // Booked twice in the books: corrected there (a bank error is not offered for it).
      { say: '企业调账', see: '请输入调账凭证号' },
      { say: '记-2026-1108', see: '请输入处理原因' },
      { say: '港杂费重复录入，已冲销', see: '请确认' },
      { say: '确认', see: '已提交审批：差异 #5' },
    ]);
    await walk(h.chat('demo-approver'), [
      { say: '审批', see: '#5' },
      // The time it was proposed is the branch's (Asia/Shanghai in the harness; the clock starts at 10:30 UTC).
      // A duplicate's card shows both bookings, as the staff detail does (a blind probe saw only one).
      { say: '5', see: /待审批：差异 #5[\s\S]*企业账 [^\n]*-15,000\.00 CNY[^\n]*\n+企业账 [^\n]*-15,000\.00 CNY[\s\S]*提交人：张敏（2026-11-26 (1[89]|2\d):\d\d）[\s\S]*输入数字不算选择/ },
      // The difference number typed twice (a double send, or "5" meant for the list) does not approve it.
      { say: '5', see: '这一步不按数字选择' },
      { say: '批准', see: /请确认批准差异 #5[\s\S]*账户 \*\*\*\*5678：重复记账 -15,000\.00 CNY[\s\S]*批准后生效的处理：企业调账（提交人：张敏）[\s\S]*金额超过 10,000\.00 CNY/ },
      { say: '暂不批准', see: '未批准，差异 #5 仍待审批。' },
    ]);
    expect(await state('5')).toMatchObject({ state: 'proposed' });
    // A card of an earlier version of the proposal (sent before a rejection and a new proposal) is
    // refused at the first press, not after the confirmation it would otherwise ask for.
    const card = approvalCard('demo-approver', '5').button('批准');
    const outdated = await h.chat('demo-approver').submit({ ...card, version: Number(card['version']) - 1 });
    expect(outdated).toContain('差异 #5 的处理方案在这张卡片发出后有了变动，这张卡片已作废，没有执行任何操作。');
    expect(outdated).not.toContain('请确认批准');
    await walk(h.chat('demo-approver'), [
      { say: '审批', see: '#5' },
      { say: '#5', see: '待审批：差异 #5' },
      { say: '批准', see: '请确认批准差异 #5' },
      // The second look at a large amount is not passed by a typed number (a blind probe's "1" approved it).
      { say: '1', see: '这一步不按数字选择，请点按钮，或回复“确认批准”或“暂不批准”。' },
      { say: '确认批准', see: '已批准差异 #5 的处理方案。已通知提交人。' },
    ]);
    expect(await state('5')).toMatchObject({ state: 'closed' });
  }, 60_000);
});

describe('approval list typed replies', () => {
  const propose = (who: string, account: string, id: string, reason: string) =>
    walk(h.chat(who), [
      { say: `处理差异 ${account}`, see: `#${id}` },
      { say: `#${id}`, see: `差异 #${id}` },
      { say: '银行差错', see: '请输入处理原因' },
      { say: reason, see: '请确认' },
      { say: '确认', see: `已提交审批：差异 #${id}` },
    ]);

  it("typing 审批 in the open list shows it afresh; one's own proposal typed there says another approver must approve it", async () => {
    await propose('approver-2', '7777', '7', '银行把支票金额记错，已请柜台更正');
    await propose('demo-staff', '1234', '1', '银行误记手续费，已请柜台冲正');
    const approver = h.chat('approver-2');
    await walk(approver, [
      { say: '审批', see: /待您审批的方案（1 笔）[\s\S]*#1 / },
      { say: '#7', see: '差异 #7 的方案是您本人提交的，须由另一位审批人批准，所以不在您的审批列表中。' },
      { say: '7', see: '差异 #7 的方案是您本人提交的' },
    ]);
    // Submitted while the list is open: typing 审批 again shows it (before, it was "reply with a number").
    await propose('demo-staff', '1234', '2', '银行重复收取结息，已请柜台冲正');
    await walk(approver, [
      { say: '审批', see: /已刷新，以下是现在待您审批的方案：[\s\S]*待您审批的方案（2 笔）[\s\S]*#2 / },
      { say: '取消', see: '已取消' },
    ]);
    expect(await state('1')).toMatchObject({ state: 'proposed' });
    expect(await state('2')).toMatchObject({ state: 'proposed' });
  }, 60_000);
});
