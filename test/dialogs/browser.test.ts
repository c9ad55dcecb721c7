/**
 * A resolution walked through in Web Chat in a real browser (playwright-core driving Debian's
 * chromium, over this server's Direct Line): "处理差异", card buttons for the difference and the
 * action, typed entry reference and reason, the confirm button; the proposal is in the store.
 * Saves test/.tmp/webchat-resolve.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type Browser } from '../support/chromium.ts';
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

  async function type(page: Page, text: string): Promise<void> {
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press('Enter');
  }

  it('张敏 resolves the bank fee as a ledger adjustment, with buttons and typed replies', async () => {
    const page = await context.newPage();
    await page.goto(`${bot.url}/?user=demo-staff`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 60_000 });
    await page.getByText('您好，张敏').first().waitFor({ timeout: 30_000 });
    await type(page, '处理差异 1234');
    const fee = page.getByRole('button', { name: /#3 \*\*\*\*1234 · 银行已付、企业未付/ }).last();
    await fee.waitFor({ timeout: 30_000 });
    await fee.click();
    const adjust = page.getByRole('button', { name: /企业调账/ }).last();
    await adjust.waitFor({ timeout: 30_000 });
    await adjust.click();
    await page.getByText('请输入调账凭证号').last().waitFor({ timeout: 30_000 });
    await type(page, '记-2026-1107');
    await page.getByText('请输入处理原因').last().waitFor({ timeout: 30_000 });
    await type(page, '跨行汇款手续费，已补记账');
    const confirm = page.getByRole('button', { name: /确认提交/ }).last();
    await confirm.waitFor({ timeout: 30_000 });
    await confirm.click();
    await page.getByText(/已提交审批：差异 #3/).last().waitFor({ timeout: 30_000 });
    mkdirSync('test/.tmp', { recursive: true });
    await page.screenshot({ path: 'test/.tmp/webchat-resolve.png', fullPage: true });
    const row = await bot.db.query<{ kind: string; entry_reference: string; proposed_by: string }>('SELECT kind, entry_reference, proposed_by FROM resolutions WHERE difference_id = 3');
    expect(row.rows).toEqual([{ kind: 'ledger_adjustment', entry_reference: '记-2026-1107', proposed_by: 'demo-staff' }]);
  }, 240_000);
});
