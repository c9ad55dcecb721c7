/**
 * Maker-checker over the protocol, as a channel sees it: real Bot Framework activities posted to
 * /api/messages of the real app (demo data), replies and proactive messages captured by the local
 * connector (test/bot/support). The staff member proposes, the approver gets the card proactively
 * in her own conversation, approves with Action.Submit (and, for a second proposal, with Teams'
 * Action.Execute invoke), and the proposer is told. PGlite always; PostgreSQL when DATABASE_URL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activity, post, replyText, startBot, type RunningBot } from '../bot/support/app.ts';
import { startConnector, type FakeConnector } from '../bot/support/connector.ts';
import { describeEngines } from '../support/requires.ts';

type Act = Record<string, unknown>;

function buttons(a: Act | undefined): Array<{ title: string; data: Record<string, unknown> }> {
  const atts = (a?.attachments ?? []) as Array<{ content?: { actions?: Array<{ title: string; data: Record<string, unknown> }> } }>;
  return atts.flatMap((x) => x.content?.actions ?? []);
}

describeEngines('maker-checker over /api/messages (%s)', (engine) => {
  let bot: RunningBot;
  let conn: FakeConnector;

  beforeAll(async () => {
    conn = await startConnector();
    bot = await startBot({ engine });
  }, 180_000);
  afterAll(async () => {
    await bot.close();
    await conn.close();
  });

  /** Posts one activity in `conversation` as `from`; returns the HTTP result and the replies it produced. */
  async function send(from: string, conversation: string, fields: { text?: string; value?: unknown; type?: string; name?: string }): Promise<{ status: number; body: string; replies: Act[] }> {
    const before = conn.repliesTo(conversation).length;
    const a = { ...activity(conn.url, { from, conversation, ...(fields.text !== undefined ? { text: fields.text } : {}), ...(fields.value !== undefined ? { value: fields.value } : {}), ...(fields.type ? { type: fields.type } : {}) }), ...(fields.name ? { name: fields.name } : {}) };
    const res = await post(`${bot.url}/api/messages`, a);
    return { status: res.status, body: res.text, replies: conn.repliesTo(conversation).slice(before) };
  }

  const say = async (from: string, conversation: string, text: string): Promise<string> => (await send(from, conversation, { text })).replies.map(replyText).join('\n');

  it('staff proposes; the approver gets the card in her conversation, approves; the proposer is told', async () => {
    // The approver has talked to the bot before: that conversation is where her cards go.
    expect(await say('demo-approver', 'conv-approver', '你好')).toContain('李强');
    const list = await send('demo-staff', 'conv-staff', { text: '处理差异' });
    expect(list.status).toBe(200);
    expect(replyText(list.replies[0]!)).toMatch(/#3\s+-25\.00 CNY\s+42 天\s+\*\*\*\*1234 银行已付、企业未付/);
    expect(await say('demo-staff', 'conv-staff', '#3')).toContain('差异 #3：银行已付、企业未付');
    expect(await say('demo-staff', 'conv-staff', '企业调账')).toContain('请输入调账凭证号');
    expect(await say('demo-staff', 'conv-staff', '记-2026-1107')).toContain('请输入处理原因');
    const confirm = await send('demo-staff', 'conv-staff', { text: '跨行汇款手续费，已补记账' });
    const submit = buttons(confirm.replies.at(-1)).find((b) => b.title.includes('确认提交'))!.data;
    const done = await send('demo-staff', 'conv-staff', { value: submit });
    expect(done.replies.map(replyText).join('\n')).toContain('已提交审批：差异 #3（企业调账）。已通知 1 位审批人');

    const card = conn.repliesTo('conv-approver').at(-1)!;
    expect(replyText(card)).toMatch(/待审批：差异 #3[\s\S]*调账凭证号：记-2026-1107[\s\S]*提交人：张敏/);
    const approve = buttons(card).find((b) => b.title === '批准')!.data;
    const decided = await send('demo-approver', 'conv-approver', { value: approve });
    expect(decided.replies.map(replyText).join('\n')).toContain('已批准差异 #3 的处理方案。已通知提交人。');
    expect(replyText(conn.repliesTo('conv-staff').at(-1)!)).toBe('您提交的差异 #3（企业调账）已由 李强 批准。');
    const row = await bot.db.query<{ state: string }>('SELECT state FROM differences WHERE id = 3');
    expect(row.rows[0]!.state).toBe('closed');
  }, 120_000);

  it("Teams' Action.Execute (adaptiveCard/action invoke) decides too and is answered with an invoke response", async () => {
    expect(await say('demo-staff', 'conv-staff', '处理差异 1234')).toContain('#2');
    await say('demo-staff', 'conv-staff', '#2');
    await say('demo-staff', 'conv-staff', '银行差错');
    await say('demo-staff', 'conv-staff', '银行误记结息');
    expect(await say('demo-staff', 'conv-staff', '是')).toContain('已提交审批：差异 #2');
    const approve = buttons(conn.repliesTo('conv-approver').at(-1)).find((b) => b.title === '批准')!.data;
    const invoke = await send('demo-approver', 'conv-approver', {
      type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'approve', data: approve }, trigger: 'manual' },
    });
    expect(invoke.status).toBe(200);
    expect(JSON.parse(invoke.body)).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(invoke.replies.map(replyText).join('\n')).toContain('已批准差异 #2');
    // Pressing it again: the store's version check, nothing decided twice.
    const again = await send('demo-approver', 'conv-approver', { value: approve });
    expect(again.replies.map(replyText).join('\n')).toContain('差异 #2 已不在待审批状态（当前：已结清（最后操作：您本人））');
    // Another approver pressing it is told who decided.
    const other = await send('demo-admin', 'conv-admin', { value: approve });
    expect(other.replies.map(replyText).join('\n')).toContain('差异 #2 已不在待审批状态（当前：已结清（最后操作：李强））');
  }, 120_000);

  it('refuses a customer and a self-approval over the protocol; nothing is written', async () => {
    expect(await say('someone-unknown', 'conv-customer', '处理差异')).toContain('仅向本行工作人员开放');
    await say('demo-admin', 'conv-admin', '处理差异 1234');
    await say('demo-admin', 'conv-admin', '#1');
    await say('demo-admin', 'conv-admin', '银行差错');
    await say('demo-admin', 'conv-admin', '银行多扣');
    expect(await say('demo-admin', 'conv-admin', '是')).toContain('已提交审批：差异 #1');
    const own = { action: 'approval.decide', v: 1, differenceId: '1', version: 2, decision: 'approve' };
    expect((await send('demo-admin', 'conv-admin', { value: own })).replies.map(replyText).join('\n')).toContain('不能由您本人审批');
    expect((await send('someone-unknown', 'conv-customer', { value: own })).replies.map(replyText).join('\n')).toContain('没有执行这项操作的权限');
    const row = await bot.db.query<{ state: string }>('SELECT state FROM differences WHERE id = 1');
    expect(row.rows[0]!.state).toBe('proposed');
  }, 120_000);
});
