/**
 * A resolution walked through in Web Chat in a real browser (playwright-core driving Debian's
 * chromium, over this server's Direct Line): "处理差异", card buttons for the difference and the
 * action, typed entry reference and reason, the confirm button; the proposal is in the store. The
 * approver, with Web Chat already open, is shown the card, approves it, and the proposer is told.
 * Prints how long the page took to take input and how long each notice took to be drawn. Saves
 * test/.tmp/webchat-resolve.png and webchat-approve.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, openWebChat, typeInWebChat, type Browser } from '../support/chromium.ts';
import { describeNeeding } from '../support/requires.ts';
import { startBot, type RunningBot } from '../bot/support/app.ts';


describeNeeding('chromium', 'a resolution in Web Chat (chromium)', () => {
  let bot: RunningBot;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    bot = await startBot();
    browser = await launchChromium({ width: 900, height: 1600 });
    context = browser.context;
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });


  it('张敏 resolves the bank fee as a ledger adjustment; the approver, already in Web Chat, is shown the card at once and 张敏 the decision', async () => {
    // The approver first: the card must reach the conversation they have open.
    const approver = await context.newPage();
    const approverReady = await openWebChat(approver, bot.url, 'demo-approver');
    await approver.getByText('您好，李强').first().waitFor({ timeout: 30_000 });
    // The approver is looking at the 审批 list when the card arrives (it used to be refused there).
    await typeInWebChat(approver, '审批');
    await approver.getByText(/待您审批/).last().waitFor({ timeout: 30_000 });
    const page = await context.newPage();
    const staffReady = await openWebChat(page, bot.url, 'demo-staff');
    await page.getByText('您好，张敏').first().waitFor({ timeout: 30_000 });
    await typeInWebChat(page, '处理差异 1234');
    const fee = page.getByRole('button', { name: /#3 \*\*\*\*1234 · 银行已付、企业未付/ }).last();
    await fee.waitFor({ timeout: 30_000 });
    await fee.click();
    const adjust = page.getByRole('button', { name: /企业调账/ }).last();
    await adjust.waitFor({ timeout: 30_000 });
    await adjust.click();
    await page.getByText('请输入调账凭证号').last().waitFor({ timeout: 30_000 });
    await typeInWebChat(page, '记-2026-1107');
    await page.getByText('请输入处理原因').last().waitFor({ timeout: 30_000 });
    await typeInWebChat(page, '跨行汇款手续费，已补记账');
    const confirm = page.getByRole('button', { name: /确认提交/ }).last();
    await confirm.waitFor({ timeout: 30_000 });
    await confirm.click();
    await page.getByText(/已提交审批：差异 #3/).last().waitFor({ timeout: 30_000 });
    const proposed = Date.now();
    mkdirSync('test/.tmp', { recursive: true });
    await page.screenshot({ path: 'test/.tmp/webchat-resolve.png', fullPage: true });
    const row = await bot.db.query<{ kind: string; entry_reference: string; proposed_by: string }>('SELECT kind, entry_reference, proposed_by FROM resolutions WHERE difference_id = 3');
    expect(row.rows).toEqual([{ kind: 'ledger_adjustment', entry_reference: '记-2026-1107', proposed_by: 'demo-staff' }]);

    // The card in the approver's open conversation, and its 批准 taken there without typing 取消.
    const approve = approver.getByRole('button', { name: '批准' }).last();
    await approver.getByText('待审批：差异 #3').last().waitFor({ timeout: 30_000 });
    await approve.waitFor({ timeout: 30_000 });
    const cardShown = Date.now() - proposed;
    const clicked = Date.now();
    await approve.click();
    // The approver's own confirmation is sent once the decision is committed.
    await approver.getByText(/已批准差异 #3 的处理方案/).last().waitFor({ timeout: 30_000 });
    const decided = Date.now();
    await page.getByText(/您提交的差异 #3（企业调账）已由 李强 批准/).last().waitFor({ timeout: 30_000 });
    const decisionShown = Date.now() - decided;
    const clickToNotice = Date.now() - clicked;
    await approver.screenshot({ path: 'test/.tmp/webchat-approve.png', fullPage: true });
    // What a person waits for, on this machine under the whole suite's load. The bound catches a
    // message Web Chat holds back (a replyToId from another conversation cost 5-7 s); the figures
    // are printed so that a quiet run can be quoted.
    process.stdout.write(`web chat timing: ready to type ${approverReady} ms (cold) / ${staffReady} ms (warm); approval card ${cardShown} ms after the proposal; decision shown to the proposer ${decisionShown} ms after the approver saw it taken (${clickToNotice} ms after the click)\n`);
    expect(Math.max(cardShown, decisionShown)).toBeLessThan(3_000);
    // The cold page includes compressing Web Chat's bundle, once per process and CPU-bound: 4.1 s, and
    // 5.5 s in a CI run with other work on the machine (it failed a 5 s bound there). This bound catches
    // a page that hangs; how fast it is belongs to a benchmark, not to this test.
    expect(approverReady).toBeLessThan(15_000);
    expect((await bot.db.query<{ state: string }>('SELECT state FROM differences WHERE id = 3')).rows).toEqual([{ state: 'closed' }]);
  }, 240_000);
});
