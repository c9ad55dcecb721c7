/**
 * Sign-in in a real browser (playwright-core driving Debian's chromium) against a real OpenID
 * Provider in this process: `/` goes to the IdP's login and consent pages, comes back to the chat
 * as the registered person the IdP names (张敏, staff, who sees the status card), a tampered cookie
 * and the session's end send the browser back to sign-in, and signing out ends the session here
 * and at the IdP. Saves test/.tmp/signin-webchat.png (signed in, status shown) and
 * test/.tmp/signin-signed-out.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type Browser } from '../support/chromium.ts';
import { describeNeeding } from '../support/requires.ts';
import { freePort, startIdp, type Idp } from '../support/idp.ts';
import { NOW, startBot, type RunningBot } from './support/app.ts';

const HOUR = 3600_000;

describeNeeding('chromium', 'Web Chat sign-in in chromium', () => {
  let idp: Idp;
  let bot: RunningBot;
  let browser: Browser;
  let context: BrowserContext;
  let clock = NOW.getTime();
  const requests: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    idp = await startIdp([origin], { zhangmin: { preferred_username: 'demo-staff', name: '张敏' } });
    bot = await startBot({
      port,
      now: () => new Date(clock),
      env: {
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        OIDC_REDIRECT_URI: `${origin}/auth/callback`,
        OIDC_USER_CLAIM: 'preferred_username',
        SESSION_SECRET: 'session-secret-for-the-browser-test-0123456789',
      },
    });
    browser = await launchChromium({ width: 900, height: 1100 });
    context = browser.context;
    // The IdP's development pages @import a web font; this network is closed.
    await context.route(/fonts\.googleapis\.com/, (route) => route.abort());
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await idp?.close();
  });

  /** What `/` answers this browser now (its cookies, no redirect followed). */
  async function home(): Promise<{ status: number; location: string }> {
    const res = await context.request.get(`${bot.url}/`, { maxRedirects: 0 });
    return { status: res.status(), location: res.headers().location ?? '' };
  }

  async function chatReady(page: Page): Promise<void> {
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 60_000 });
    await page.getByText('您好，张敏').first().waitFor({ timeout: 30_000 });
  }

  it('signs in at the IdP, lands on the chat as 张敏 and sees the status only staff can see', async () => {
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${bot.url}/`);
    expect(page.url().startsWith(`${idp.issuer}/interaction/`)).toBe(true);
    await page.locator('input[name="login"]').fill('zhangmin');
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${bot.url}/`);
    await chatReady(page);
    await expect(page.locator('#who').textContent()).resolves.toBe('用户: 张敏 (demo-staff)');
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('今天对账情况');
    await input.press('Enter');
    await page.getByText('华东贸易有限公司 基本户 ****1234 · CNY').first().waitFor({ timeout: 30_000 });
    mkdirSync('test/.tmp', { recursive: true });
    await page.screenshot({ path: 'test/.tmp/signin-webchat.png', fullPage: true });
    const cookie = (await context.cookies(bot.url)).find((c) => c.name === 'recon_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const external = requests.filter((u) => !u.startsWith(bot.url) && !u.startsWith(idp.issuer) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(external.filter((u) => !u.includes('fonts.googleapis.com'))).toEqual([]);
    await page.close();
  }, 240_000);

  it('refuses a tampered session cookie: back to sign-in', async () => {
    const [good] = (await context.cookies(bot.url)).filter((c) => c.name === 'recon_session');
    const value = good!.value;
    const flipped = value.slice(0, -3) + (value.at(-3) === 'A' ? 'B' : 'A') + value.slice(-2);
    await context.addCookies([{ ...good!, value: flipped }]);
    const tampered = await home();
    expect(tampered.status).toBe(302);
    expect(tampered.location).toBe(`${bot.url}/auth/login`);
    await context.addCookies([good!]);
    expect((await home()).status).toBe(200);
  }, 60_000);

  it('after 8 hours the session is over: the page goes back through the IdP', async () => {
    const start = clock;
    try {
      clock = start + 8 * HOUR;
      const expired = await home();
      expect(expired.status).toBe(302);
      expect(expired.location).toBe(`${bot.url}/auth/login`);
      // The IdP still knows 张敏 and the consent: it sends the browser straight back, signed in anew.
      const page = await context.newPage();
      await page.goto(`${bot.url}/`);
      await chatReady(page);
      expect((await home()).status).toBe(200);
      await page.close();
    } finally {
      clock = start;
    }
  }, 120_000);

  it('when the chat token is refused again and again, the page goes back through sign-in once, then says so instead of reloading for ever', async () => {
    const page = await context.newPage();
    // As a proxy that drops the session cookie on Direct Line paths would: every token refused.
    await page.route('**/v3/directline/tokens/generate', (route) => route.fulfill({ status: 403, contentType: 'application/json', body: '{"error":{"code":"Forbidden"}}' }));
    let loads = 0;
    page.on('request', (r) => {
      if (r.isNavigationRequest() && new URL(r.url()).pathname === '/') loads++;
    });
    await page.goto(`${bot.url}/`);
    await page.getByText('登录状态没能恢复').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(3000);
    expect(loads).toBe(2);
    await expect(page.locator('#error').textContent()).resolves.toBe('登录状态没能恢复。请刷新页面重新登录；如果还是出现这条提示，请联系系统管理员。');
    await page.close();
  }, 120_000);

  it('signs out here and at the IdP; signing in again asks for the login', async () => {
    const page = await context.newPage();
    await page.goto(`${bot.url}/`);
    await chatReady(page);
    await page.locator('#signout').click();
    // oidc-provider's RP-initiated logout asks for confirmation.
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${bot.url}/auth/signed-out`);
    await page.getByText('您已退出登录。').waitFor();
    await page.screenshot({ path: 'test/.tmp/signin-signed-out.png' });
    expect((await context.cookies(bot.url)).some((c) => c.name === 'recon_session')).toBe(false);
    expect((await home()).status).toBe(302);
    await page.getByRole('link', { name: '重新登录' }).click();
    await page.locator('input[name="login"]').waitFor({ timeout: 30_000 });
    expect(page.url().startsWith(`${idp.issuer}/interaction/`)).toBe(true);
  }, 120_000);
});
