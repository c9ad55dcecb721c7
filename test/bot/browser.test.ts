/**
 * Web Chat in a real browser (playwright-core driving Debian's chromium): the page at `/` loads
 * the locally served Web Chat bundle, talks Direct Line to this server, a staff member asks
 * "今天对账情况" and sees the status card. Saves a screenshot under test/.tmp/. And the same page
 * behind a reverse proxy that serves it under a sub-path (/recon/), as a bank's intranet would.
 */
import { mkdirSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('works behind a reverse proxy under a sub-path: every request goes through /recon/', async () => {
    // A proxy as a bank's intranet might run one: /recon/... is the assistant's /..., the Host
    // passed on as the browser sent it; the assistant is told its public origin (PUBLIC_ORIGINS).
    let target: URL | undefined;
    let passHost = true;
    const outside: string[] = [];
    const proxy: Server = createServer((req, res) => {
      if (!target || !req.url?.startsWith('/recon/')) {
        if (req.url !== '/favicon.ico') outside.push(req.url ?? '');
        res.statusCode = 404;
        res.end();
        return;
      }
      const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url.slice('/recon'.length), headers: passHost ? req.headers : { ...req.headers, host: target.host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => {
        res.statusCode = 502;
        res.end();
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    // First a proxy that rewrites Host, to a server not told its public origin: the page loads,
    // the server refuses the browser's Origin, and the page says so where it can be seen.
    target = new URL(bot.url);
    passHost = false;
    const refused = await context.newPage();
    await refused.goto(`${base}/recon/?user=demo-staff`);
    const error = refused.getByText('当前网址不在对账助手登记的访问地址');
    await error.waitFor({ timeout: 60_000 });
    const box = await error.boundingBox();
    expect(box !== null && box.y + box.height <= 1100).toBe(true);
    await refused.close();
    passHost = true;
    const behind = await startBot({ env: { PUBLIC_ORIGINS: base } });
    target = new URL(behind.url);
    try {
      const page = await context.newPage();
      const seen: string[] = [];
      page.on('request', (r) => seen.push(new URL(r.url()).pathname));
      await page.goto(`${base}/recon/?user=demo-staff`);
      await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 60_000 });
      await page.getByText('您好，张敏').first().waitFor({ timeout: 30_000 });
      expect(seen).toContain('/recon/webchat/webchat.js');
      expect(seen).toContain('/recon/v3/directline/tokens/generate');
      expect(outside).toEqual([]);
      await page.close();
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await behind.close();
    }
  }, 240_000);
});
