/**
 * A clerk's round in Web Chat on a phone-sized screen (chromium, 390 px wide, over this server's
 * Direct Line; demo data, "today" 2026-11-26): the account's status card counts 未处理 as the list
 * does (待审批 apart), the cheque not yet presented is marked 未达账项 with "7天", and "对账 1234 上个月" re-runs
 * October and says which differences kept their numbers. Saves test/.tmp/webchat-day.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, openWebChat, typeInWebChat, type Browser } from '../support/chromium.ts';
import { describeNeeding } from '../support/requires.ts';
import { startBot, type RunningBot } from '../bot/support/app.ts';

describeNeeding('chromium', "a clerk's round in Web Chat at 390 px (chromium)", () => {
  let bot: RunningBot;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot();
    browser = await launchChromium({ width: 390, height: 1400 });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });


  it('status and list agree, an item in transit is marked with a day count, a relative period re-runs the month', async () => {
    const page = await browser.context.newPage();
    await openWebChat(page, bot.url, 'demo-staff');
    await page.getByText('您好，张敏').first().waitFor({ timeout: 30_000 });

    await typeInWebChat(page, '账户 1234 的情况');
    await page.getByText('共 1 个账户，未处理差异 4 笔，待审批 0 笔。').last().waitFor({ timeout: 30_000 });
    await typeInWebChat(page, '处理差异 1234');
    await page.getByText(/待处理差异（第 1–4 笔，共 4 笔）/).last().waitFor({ timeout: 30_000 });

    // The cheque the company wrote that the bank has not yet paid: the commonest item in transit.
    const cheque = page.getByRole('button', { name: /#4 \*\*\*\*1234 · 企业已付、银行未付/ }).last();
    await cheque.waitFor({ timeout: 30_000 });
    await cheque.click();
    const transit = page.getByRole('button', { name: /标记为未达账项/ }).last();
    await transit.waitFor({ timeout: 30_000 });
    await transit.click();
    await page.getByText('预计哪天到账？').last().waitFor({ timeout: 30_000 });
    await typeInWebChat(page, '7天');
    await page.getByText(/已将差异 #4 标记为未达账项，预计 2026-12-03 到账/).last().waitFor({ timeout: 30_000 });
    const marked = await bot.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_log WHERE action = 'difference.in_transit' AND entity_id = '4' AND actor = 'demo-staff'`);
    expect(marked.rows).toEqual([{ n: '1' }]);

    await typeInWebChat(page, '对账 1234 上个月');
    const go = page.getByRole('button', { name: /继续对账/ }).last();
    await page.getByText(/账户 \S+ 的 2026-10 已在 .* 对过账/).last().waitFor({ timeout: 30_000 });
    await go.click();
    await page.getByText(/对账完成：账户 \S+，期间 2026-10/).last().waitFor({ timeout: 60_000 });
    await page.getByText(/仍未解决、沿用原编号 \d+ 笔：.*#4/).last().waitFor({ timeout: 30_000 });
    // Nothing runs off the side of a phone screen.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync('test/.tmp', { recursive: true });
    await page.screenshot({ path: 'test/.tmp/webchat-day.png', fullPage: true });
  }, 240_000);
});
