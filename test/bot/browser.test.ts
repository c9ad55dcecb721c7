/**
 * Web Chat in a real browser (playwright-core driving Debian's chromium): the page at `/` loads
 * the locally served Web Chat bundle, talks Direct Line to this server, a staff member asks
 * "今天对账情况" and sees the status card. Saves a screenshot under test/.tmp/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, type Browser } from '../support/chromium.ts';
import { describeNeeding } from '../support/requires.ts';
import { startBot, type RunningBot } from './support/app.ts';


describeNeeding('chromium', 'Web Chat page in chromium', () => {
  let bot: RunningBot;
  let browser: Browser;
  let context: BrowserContext;
  const requests: string[] = [];

  beforeAll(async () => {
    bot = await startBot();
    browser = await launchChromium({ width: 900, height: 1100 });
    context = browser.context;
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('a staff member asks "今天对账情况" and sees the status, with every asset served locally', async () => {
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    // The page's Content-Security-Policy must not block anything Web Chat needs.
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${bot.url}/?user=demo-staff`);
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 60_000 });
    await page.getByText('您好，张敏').first().waitFor({ timeout: 30_000 });
    await input.fill('今天对账情况');
    await input.press('Enter');
    await page.getByText('华东贸易有限公司 基本户 ****1234 · CNY').first().waitFor({ timeout: 30_000 });
    await expect(page.getByText('企业已付、银行未付：1 笔，合计 -8,000.00', { exact: false }).count()).resolves.toBeGreaterThan(0);
    mkdirSync('test/.tmp', { recursive: true });
    await page.screenshot({ path: 'test/.tmp/webchat-status.png', fullPage: true });
    const external = requests.filter((u) => !u.startsWith(bot.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(external).toEqual([]);
    expect(violations).toEqual([]);
  }, 180_000);
});
