/**
 * A form in one card in Web Chat in a real browser (playwright-core driving Debian's chromium):
 * the ledger adjustment's entry reference and reason are two labelled fields of one card; the
 * reason left empty brings the card back with the reference still in its field and the problem
 * under the reason; 返回 from the confirmation shows both values again. Saves
 * test/.tmp/webchat-form.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, openWebChat, typeInWebChat, type Browser } from '../support/chromium.ts';
import { describeNeeding } from '../support/requires.ts';
import { startBot, type RunningBot } from '../bot/support/app.ts';

describeNeeding('chromium', 'a form in one card in Web Chat (chromium)', () => {
  let bot: RunningBot;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot();
    browser = await launchChromium({ width: 900, height: 1600 });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });


  it('张敏 fills the reference, forgets the reason, is shown where, and 返回 keeps both', async () => {
    const page = await browser.context.newPage();
    await openWebChat(page, bot.url, 'demo-staff');
    await page.getByText('您好，张敏').first().waitFor({ timeout: 30_000 });
    await typeInWebChat(page, '处理差异 1234');
    await page.getByText(/待处理差异/).last().waitFor({ timeout: 30_000 });
    await typeInWebChat(page, '#3');
    await page.getByText('差异 #3：银行已付、企业未付').last().waitFor({ timeout: 30_000 });
    await typeInWebChat(page, '企业调账');
    // The card's fields, by their labels (the last card on screen is the live one).
    const field = (name: string) => page.getByRole('textbox', { name, exact: true }).last();
    const reference = field('调账凭证号');
    await reference.waitFor({ timeout: 30_000 });
    await reference.fill('记-2026-1107');
    await page.getByRole('button', { name: '提交' }).last().click();
    await page.getByText('原因不能为空，请简要说明。').last().waitFor({ timeout: 30_000 });
    // The card came back with the reference in its field.
    expect(await field('调账凭证号').inputValue()).toBe('记-2026-1107');
    await field('处理原因').fill('跨行汇款手续费，已补记账');
    await page.getByRole('button', { name: '提交' }).last().click();
    await page.getByText('调账凭证号：记-2026-1107').last().waitFor({ timeout: 30_000 });
    // 返回 brings a new card (one more reason field on screen) with both values in it.
    const reasons = page.getByRole('textbox', { name: '处理原因', exact: true });
    const before = await reasons.count();
    await page.getByRole('button', { name: '返回' }).last().click();
    await expect.poll(async () => reasons.count(), { timeout: 30_000 }).toBe(before + 1);
    expect(await field('处理原因').inputValue()).toBe('跨行汇款手续费，已补记账');
    expect(await field('调账凭证号').inputValue()).toBe('记-2026-1107');
    mkdirSync('test/.tmp', { recursive: true });
    await page.screenshot({ path: 'test/.tmp/webchat-form.png', fullPage: true });
  }, 240_000);
});
