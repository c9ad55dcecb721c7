/**
 * "对账" and first-time setup under DialogTestClient over the demo store: a run that would
 * supersede asks first; the result summary's button starts the resolution; missing account and
 * period are asked for; bad periods and uncovered periods are explained. Setup checks each answer,
 * saves through the store (zod + audit) and is for admins only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './support/harness.ts';
import { walk } from './steps.ts';
import { addAccount, updateAccountSettings } from '../../engine/service/accounts.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
}, 120_000);
afterAll(async () => {
  await h.close();
});

const QUARTERLY = '6222020200030003';

const runs = async (account: string): Promise<number> =>
  Number((await h.db.query<{ n: string }>('SELECT count(*)::text AS n FROM runs WHERE account = $1', [account])).rows[0]!.n);

describe('对账 from chat', () => {
  it('asks before superseding an earlier run; "不对账" runs nothing', async () => {
    await walk(h.chat('demo-staff'), [
      { say: '对账 1234 2026-10', see: '账户 ****1234 的 2026-10 已在 2026-11-26 18:30 由 system 对过账。重新对账会取代上一次的结果（保留为历史），继续吗？' },
      { say: '不对账', see: '未执行对账。' },
    ]);
    expect(await runs('6222020200011234')).toBe(1);
  }, 60_000);

  it('runs after confirmation, shows the summary, and its button starts the resolution of that account', async () => {
    const c = h.chat('demo-staff');
    await walk(c, [
      { say: '对账 账户1234 2026-10', see: '继续吗？' },
      { press: '继续对账', see: /对账完成：账户 \*\*\*\*1234，期间 2026-10（第 \d+ 次运行）[\s\S]*银行 6 笔、企业账 5 笔；已匹配 银行 4 笔 \/ 企业账 4 笔；本次对账的差异 4 笔。[\s\S]*调节后余额相符[\s\S]*已取代第 1 次运行。/ },
    ]);
    // Card data reaches the client: the button names the account by its unique tail, not its full number.
    expect(c.buttons().find((b) => b.title.includes('处理差异'))!.data).toEqual({ action: 'resolve.start', v: 1, account: '1234' });
    await walk(c, [
      { press: '处理差异', see: '账户 ****1234 待处理差异（第 1–4 笔，共 4 笔）' },
      { say: '取消', see: '已取消' },
    ]);
    expect(await runs('6222020200011234')).toBe(2);
  }, 60_000);

  it('asks for the account and the period when they are missing; explains a bad and an uncovered period', async () => {
    await walk(h.chat('demo-staff'), [
      { say: '对账', see: /要对哪个账户对账？[\s\S]*城西商贸有限公司 结算户 \*\*\*\*9012/ },
      { say: '9012', see: '对账期间是？（例如 2026-11-25，账户周期：每日）' },
      { say: '下个月', see: '“下个月”不是有效的日期或期间' },
      { say: '2026-13', see: '不是有效的日期或期间' },
      { say: '2026-11-25', see: '没有覆盖 2026-11-25 的对账单（已导入的对账单范围：- 至 -），请先导入。' },
    ]);
    // Relative words count from today (2026-11-26): 上个月 is 2026-10, typed at the step or with the request.
    // A month on a daily account is asked about first.
    await walk(h.chat('demo-staff'), [
      { say: '对账 9012', see: '对账期间是？' },
      { say: '上个月', see: '账户 ****9012 的对账周期是每日，而 2026-10 是一个月，不是它的对账期间。' },
      { press: '仍按 2026-10 对账', see: '没有覆盖 2026-10 的对账单' },
    ]);
    const c = h.chat('demo-staff');
    expect(await c.say('对账 9012 上个季度')).toContain('而 2026-Q3 是一个季度');
    expect(await c.say('仍按 2026-Q3 对账')).toContain('没有覆盖 2026-Q3 的对账单');
    expect(await runs('6222020200039012')).toBe(0);
  }, 60_000);

  it('the period step offers the latest ended periods as buttons; one tap runs it', async () => {
    const c = h.chat('demo-staff');
    await c.say('对账 5678');
    expect(c.buttons().map((b) => b.title)).toEqual(expect.arrayContaining(['2026-10', '2026-09']));
    expect(await c.press('2026-10')).toContain('继续吗？');
    expect(await c.say('不对账')).toContain('未执行对账。');
    expect(await c.say('run reconciliation 5678 last month', 'en-US')).toContain('was already reconciled for 2026-10');
    expect(await c.say('no')).toContain('Not run.');
  }, 60_000);

  it('a period that is not of the account\'s cycle is asked about first: run it anyway, one of the account\'s own, or not at all', async () => {
    await addAccount(h.db, { number: QUARTERLY, name: '宁波港航物流有限公司 保证金账户', currency: 'CNY', cycle: 'quarterly', staff: 'demo-staff' }, 'system', new Date('2026-11-26T08:00:00Z'));
    // ****0003 is reconciled quarterly; 上个月 (2026-10) is a month.
    const c = h.chat('demo-staff');
    expect(await c.say('对账 0003 上个月')).toContain('账户 ****0003 的对账周期是每季，而 2026-10 是一个月，不是它的对账期间。仍按 2026-10 对账，还是按它自己的期间？');
    expect(c.buttons().map((b) => b.title)).toEqual(['1. 仍按 2026-10 对账', '2. 2026-Q3', '3. 2026-Q2', '4. 不对账', '返回', '取消']);
    expect(await c.press('不对账')).toContain('未执行对账。');
    expect(await runs(QUARTERLY)).toBe(0);
    // Typed at the question: a period of the account's own cycle goes on to the run.
    expect(await c.say('run reconciliation 0003 2026-10', 'en-US')).toContain('Account ****0003 is reconciled quarterly; 2026-10 is a month, not one of its periods.');
    // No statement covers it (the account has none): the run is tried and explained, not asked about again.
    const ran = await c.say('2026-Q3', 'en-US');
    expect(ran).toContain('2026-Q3');
    expect(ran).not.toContain('is reconciled quarterly');
    // A period of its own cycle is not asked about.
    expect(await h.chat('demo-staff').say('对账 0003 上个季度')).not.toContain('对账周期是');
    // Exempt (保证金): still offered, and said so when the period is asked (a blind probe saw no word of it).
    await updateAccountSettings(h.db, QUARTERLY, { exemptReason: '保证金' }, 'system', new Date('2026-11-26T08:00:00Z'));
    const exempt = h.chat('demo-staff');
    expect(await exempt.say('对账 0003')).toContain('注意：账户 ****0003 是免对账账户（保证金），不在到期对账之列；仍可对账，结果只作参考。');
    expect(await exempt.say('取消')).toContain('已取消');
  }, 60_000);

  it('works in English and refuses customers', async () => {
    const c = h.chat('demo-staff');
    expect(await c.say('run reconciliation 5678 2026-10', 'en-US')).toContain('was already reconciled for 2026-10');
    expect(await c.say('no')).toContain('Not run.');
    expect(await h.chat('someone-unknown').say('对账')).toContain('仅向本行工作人员开放');
  }, 60_000);
});

describe('account setup', () => {
  it('an admin sets cycle, window, tolerance and write-off limit, each answer checked; saved and audited', async () => {
    await walk(h.chat('demo-admin'), [
      { say: '设置 1234', see: /账户设置[\s\S]*要修改哪一项？\s+当前设置：周期 每月；日期窗口 3 天；容差 关闭；核销限额 10\.00 CNY；记账与审批分离 开启[\s\S]*4\. 核销限额（当前 10\.00 CNY）[\s\S]*6\. 日记账期初余额（当前 [^）]*）[\s\S]*7\. 逐项设置全部/, notSee: '首次设置' },
      { say: '全部', see: '对账周期是？' },
      { say: '每季', see: '匹配时两边日期最多相差几天？' },
      { say: '三天半', see: '“三天半”不是 0 到 366 之间的整数天数' },
      { say: '400天', see: '不是 0 到 366 之间的整数天数' },
      // Day counts as people type them: 5, 5天, 近5天, 五天, 5 days.
      { say: '近5天', see: '是否允许金额容差匹配？' },
      { say: '开启', see: '容差金额是多少？' },
      { say: '-1', see: '“-1”不是有效的非负金额' },
      { say: '0.05', see: '核销限额是多少？' },
      { say: '一百', see: '不是有效的非负金额' },
      { say: '100', see: '是否要求对账人员与记账人员分离' },
      { say: '关闭', see: '企业日记账的期初余额是多少？' },
      { say: '十万', see: '“十万”不是“金额 日期”' },
      { say: '100000.00 2026-13-01', see: '不是“金额 日期”' },
      { say: '100000.00 2026-11-01', see: /请确认：账户 6222020200011234 周期 每季；日期窗口 5 天；容差 0\.05 CNY；核销限额 100 CNY；记账与审批分离 关闭；日记账期初余额 100000 CNY（截至 2026-11-01）。[\s\S]*改动：[\s\S]*周期：每月 → 每季[\s\S]*日期窗口：3 天 → 5 天[\s\S]*容差：关闭 → 0\.05 CNY[\s\S]*核销限额：10\.00 CNY → 100\.00 CNY[\s\S]*记账与审批分离：开启 → 关闭[\s\S]*日记账期初余额：[^\n]* → 100,?000\.00 CNY（截至 2026-11-01）/ },
      { say: '保存', see: '已保存账户 6222020200011234 的设置（已记入审计日志）。' },
    ]);
    const a = await h.db.query(
      `SELECT cycle, date_window_days, amount_tolerance::text AS t, write_off_limit::text AS l, segregate_posting AS s, book_opening::text AS o,
              to_char(book_opening_as_of, 'YYYY-MM-DD') AS d, book_opening_set_by AS by FROM accounts WHERE number = $1`,
      ['6222020200011234'],
    );
    expect(a.rows[0]).toEqual({ cycle: 'quarterly', date_window_days: 5, t: '0.05', l: '100', s: false, o: '100000', d: '2026-11-01', by: 'demo-admin' });
    const audit = await h.db.query("SELECT actor FROM audit_log WHERE action = 'account.update' AND entity_id = '6222020200011234' AND actor = 'demo-admin'");
    expect(audit.rows.length).toBe(1);
  }, 60_000);

  it('back and cancel leave the settings unchanged', async () => {
    await walk(h.chat('demo-admin'), [
      { say: '设置', see: '要设置哪个账户？' },
      { press: '5678', see: '要修改哪一项？' },
      { press: '逐项设置全部', see: '对账周期是？' },
      { press: '每日', see: '最多相差几天' },
      { say: '返回', see: '对账周期是？' },
      { say: '返回', see: '要修改哪一项？' },
      { say: '返回', see: '要设置哪个账户？' },
      { say: '2', see: '要修改哪一项？' },
      { say: '取消', see: '已取消，没有保存任何更改。' },
    ]);
    const a = await h.db.query('SELECT cycle FROM accounts WHERE number = $1', ['6222020200025678']);
    expect(a.rows[0]).toEqual({ cycle: 'monthly' });
  }, 60_000);

  it('jumps to one field, keeps the others, and shows old → new before saving', async () => {
    await walk(h.chat('demo-admin'), [
      { say: '设置 5678', see: '要修改哪一项？' },
      { press: '核销限额', see: '核销限额是多少？' },
      { say: '200', see: /请确认：账户 6222020200025678 周期 每月；[\s\S]*改动：\s+核销限额：0\.00 CNY → 200\.00 CNY\s+1\. 保存/ },
      { say: '返回', see: '核销限额是多少？' },
      { say: '返回', see: '要修改哪一项？' },
      { press: '日期窗口', see: '最多相差几天' },
      { say: '3天', see: '没有改动。' },
      { say: '返回', see: '最多相差几天' },
      { say: '七天', see: '日期窗口：3 天 → 7 天' },
      { say: '保存', see: '已保存账户 6222020200025678 的设置' },
    ]);
    const a = await h.db.query('SELECT cycle, date_window_days FROM accounts WHERE number = $1', ['6222020200025678']);
    expect(a.rows[0]).toEqual({ cycle: 'monthly', date_window_days: 7 });
  }, 60_000);

  it('English, "Do not save" at the end', async () => {
    await walk(h.chat('demo-admin'), [
      { say: 'setup 5678', see: 'Account settings' },
      { say: 'all', see: 'What is the reconciliation cycle' },
      { say: 'daily', see: 'At most how many days apart' },
      { say: '2', see: 'Allow matching within an amount tolerance?' },
      { say: 'off', see: 'What is the write-off limit?' },
      { say: '50', see: 'Require segregation of duties' },
      { say: 'on', see: "What is the book's opening balance?" },
      { say: 'skip', see: 'Please confirm: account 6222020200025678, cycle daily' },
      { say: 'Do not save', see: 'Not saved; the settings are unchanged.' },
    ]);
  }, 60_000);

  it('is for admins only', async () => {
    expect(await h.chat('demo-staff').say('设置')).toContain('这项操作需要管理员权限');
    expect(await h.chat('demo-approver').say('setup')).toContain('administrator');
  }, 60_000);

  it('help offers each role what it may do; a refusal names the role the request needs', async () => {
    const staffHelp = await h.chat('demo-staff').say('帮助');
    expect(staffHelp).toContain('处理差异');
    expect(staffHelp).not.toContain('审批”');
    expect(staffHelp).not.toContain('设置');
    const approverHelp = await h.chat('demo-approver').say('help');
    expect(approverHelp).toContain('"approvals" (approver)');
    expect(approverHelp).not.toContain('"setup"');
    const adminHelp = await h.chat('demo-admin').say('帮助');
    expect(adminHelp).toMatch(/“审批”[\s\S]*“设置”/);
    // 审批 needs an approver, not an administrator.
    expect(await h.chat('demo-staff').say('审批')).toContain('这项操作需要审批人权限');
    expect(await h.chat('demo-staff').say('approvals')).toContain('needs the approver role');
  }, 60_000);

  it("help's examples name accounts the demo has (engine/service/demo.ts: ****0001–0003)", async () => {
    const { DEMO_ACCOUNTS } = await import('../../engine/service/demo.ts');
    const { messages } = await import('../../engine/i18n/index.ts');
    for (const lang of ['zh-CN', 'en'] as const) {
      const t = messages(lang).bot;
      const named = [...(t.helpStaff + t.helpApprover + t.helpAdmin).matchAll(/(?:账户|account|差异|differences|对账|reconciliation) (\d{4})\b/g)].map((m) => m[1]!);
      expect(named.length).toBeGreaterThan(0);
      for (const suffix of named) expect(DEMO_ACCOUNTS.some((a) => a.number.endsWith(suffix)), `${lang}: ${suffix}`).toBe(true);
    }
  });
});
