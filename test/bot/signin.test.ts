/**
 * Web Chat sign-in over real HTTP against a real OpenID Provider (oidc-provider in this process):
 * the redirect to the IdP, the callback and the session cookie, the Direct Line token bound to
 * the signed-in person whatever the browser says, a tampered or foreign cookie, the session's end
 * (nothing outlives it), sign-out at the IdP, a missing claim, and `?user=` refused outside demo.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSealer } from '../../bot/signin/session.ts';
import { MAX_PENDING_SIGNINS } from '../../bot/signin/webSignIn.ts';
import { freePort, startIdp, type Idp } from '../support/idp.ts';
import { Jar, follow, request, signIn } from './support/browse.ts';
import { NOW, post, replyText, startBot, type RunningBot } from './support/app.ts';

const SESSION_SECRET = 'session-secret-for-the-sign-in-tests-0123456789';
const HOUR = 3600_000;

let idp: Idp;
let bot: RunningBot;
let publicBot: RunningBot;
let clock = NOW.getTime();
const now = (): Date => new Date(clock);

beforeAll(async () => {
  const [port, publicPort] = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${port}`;
  const publicOrigin = `http://127.0.0.1:${publicPort}`;
  idp = await startIdp([origin, publicOrigin], {
    zhangmin: { preferred_username: 'demo-staff', name: '张敏' },
    wangfang: { preferred_username: 'demo-admin', name: '王芳' },
    noname: { name: '无账号' },
    padded: { preferred_username: 'demo-staff ', name: '带空格' },
    huge: { preferred_username: 'x'.repeat(5000), name: '太长' },
  });
  const env = {
    OIDC_ISSUER: idp.issuer,
    OIDC_USER_CLAIM: 'preferred_username',
    SESSION_SECRET,
  };
  bot = await startBot({
    port, now,
    env: { ...env, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, OIDC_REDIRECT_URI: `${origin}/auth/callback` },
  });
  publicBot = await startBot({
    port: publicPort, now, db: bot.db, seed: false,
    env: { ...env, OIDC_CLIENT_ID: idp.publicClientId, OIDC_REDIRECT_URI: `${publicOrigin}/auth/callback` },
  });
}, 240_000);
afterAll(async () => {
  await publicBot?.close();
  await bot?.close();
  await idp?.close();
});

type Activities = { activities: Array<Record<string, unknown>>; watermark: string };

async function activities(url: string, token: string): Promise<Activities> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Activities;
}

/** GET with exactly these headers (fetch would not send another Host); status and headers. */
function rawGet(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const u = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname + u.search, headers, setHost: !('host' in headers) }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The session cookie `value` does not sign anyone in at `target`: the page goes to sign-in, Direct Line refuses. */
async function expectRefused(target: RunningBot, value: string): Promise<void> {
  const cookie = `recon_session=${value}`;
  const page = await fetch(`${target.url}/`, { redirect: 'manual', headers: { cookie } });
  expect(page.status).toBe(302);
  expect(page.headers.get('location')).toBe(`${target.url}/auth/login`);
  expect((await post(`${target.url}/v3/directline/tokens/generate`, {}, { cookie })).status).toBe(403);
}

/** Signs in as `login` and returns the jar holding the session cookie. */
async function signedIn(target: RunningBot, login: string): Promise<Jar> {
  const jar = new Jar();
  const steps = await signIn(jar, `${target.url}/`, login);
  expect(steps.at(-1)!.status).toBe(200);
  return jar;
}

describe('sign-in through the OpenID Provider', () => {
  it('sends a stranger to the IdP with PKCE (S256), state and nonce, remembering them in an HttpOnly cookie', async () => {
    const page = await fetch(`${bot.url}/?lang=en`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe(`${bot.url}/auth/login?lang=en`);
    const res = await fetch(`${bot.url}/auth/login?lang=en`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(`${idp.issuer}/auth`);
    expect(to.searchParams.get('client_id')).toBe(idp.clientId);
    expect(to.searchParams.get('redirect_uri')).toBe(`${bot.url}/auth/callback`);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    expect(to.searchParams.get('scope')).toBe('openid profile');
    const [flow] = res.headers.getSetCookie();
    expect(flow).toMatch(/^recon_signin_[\w-]{43}=[\w.-]+; Path=\/auth\/; Max-Age=600; HttpOnly; SameSite=Lax$/);
    expect(flow!.startsWith(`recon_signin_${to.searchParams.get('state')}=`)).toBe(true);
  });

  it('signs in at the IdP and lands on the chat as the registered person the claim names', async () => {
    const jar = new Jar();
    const steps = await signIn(jar, `${bot.url}/`, 'zhangmin');
    const back = steps.find((s) => s.url.startsWith(`${bot.url}/auth/callback?`))!;
    expect(back.status).toBe(302);
    expect(back.location).toBe(`${bot.url}/`);
    const page = steps.at(-1)!;
    expect(page.status).toBe(200);
    expect(page.text).toContain('"userId":"demo-staff"');
    expect(page.text).toContain('"name":"张敏"');
    expect(page.text).toContain('action="auth/logout"');
    expect(page.text).not.toContain('prompt(');
    expect(jar.names(bot.url).filter((n) => n.startsWith('recon_signin'))).toEqual([]);
    expect(jar.get(bot.url, 'recon_session')).toMatch(/^[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, for the whole site, for 8 hours', async () => {
    const jar = new Jar();
    const steps = await follow(jar, `${bot.url}/`);
    const login = steps.at(-1)!;
    const consent = await follow(jar, new URL(/action="([^"]+)"/.exec(login.text)![1]!, login.url).href, { form: { prompt: 'login', login: 'zhangmin', password: 'x' } });
    const last = consent.at(-1)!;
    const action = new URL(/action="([^"]+)"/.exec(last.text)![1]!, last.url).href;
    const first = await request(jar, action, { form: { prompt: 'consent' } });
    let step = first;
    while (step.location && !step.location.startsWith(`${bot.url}/auth/callback`)) step = await request(jar, step.location);
    const callback = await fetch(step.location!, { redirect: 'manual', headers: { cookie: jar.header(bot.url) } });
    const cookies = callback.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('recon_session='))).toMatch(/; Path=\/; Max-Age=28800; HttpOnly; SameSite=Lax$/);
    expect(cookies.find((c) => c.startsWith('recon_signin_'))).toMatch(/^recon_signin_[\w-]{43}=; Path=\/auth\/; Max-Age=0/);
  });

  it('binds the Direct Line token to the signed-in person: the generate body and the posted from.id are ignored', async () => {
    const jar = await signedIn(bot, 'zhangmin');
    const cookie = { cookie: jar.header(bot.url) };
    const gen = await post(`${bot.url}/v3/directline/tokens/generate`, { user: { id: 'demo-admin' } }, cookie);
    expect(gen.status).toBe(200);
    const { token } = JSON.parse(gen.text) as { token: string };
    const started = await post(`${bot.url}/v3/directline/conversations`, {}, { authorization: `Bearer ${token}` });
    expect(started.status).toBe(201);
    const { conversationId } = JSON.parse(started.text) as { conversationId: string };
    const base = `${bot.url}/v3/directline/conversations/${conversationId}/activities`;
    const sent = await post(base, { type: 'message', text: '今天对账情况', from: { id: 'demo-admin' } }, { authorization: `Bearer ${token}` });
    expect(sent.status).toBe(200);
    const page = await activities(`${base}?watermark=`, token);
    const echo = page.activities.find((a) => a.text === '今天对账情况')!;
    expect((echo.from as { id: string }).id).toBe('demo-staff');
    const texts = page.activities.map((a) => replyText(a)).join('\n');
    expect(texts).toContain('您好，张敏');
    // Staff see the last four digits; an admin (whom the body and from.id claimed) would see them all.
    expect(texts).toContain('****1234');
    expect(texts).not.toContain('6222021001001234');
  });

  it('lets a signed-in browser start a conversation with the cookie alone, bound to the person', async () => {
    const jar = await signedIn(bot, 'wangfang');
    const started = await post(`${bot.url}/v3/directline/conversations`, {}, { cookie: jar.header(bot.url) });
    expect(started.status).toBe(201);
    const { conversationId, token } = JSON.parse(started.text) as { conversationId: string; token: string };
    await new Promise((r) => setTimeout(r, 300));
    const page = await activities(`${bot.url}/v3/directline/conversations/${conversationId}/activities?watermark=`, token);
    expect(page.activities.map((a) => replyText(a)).join('\n')).toContain('王芳');
    // The cookie is not a token: posting and reading need the token it was exchanged for.
    const base = `${bot.url}/v3/directline/conversations/${conversationId}/activities`;
    expect((await post(base, { type: 'message', text: 'hi' }, { cookie: jar.header(bot.url) })).status).toBe(403);
  });

  it('refuses Direct Line to a browser that is not signed in', async () => {
    expect((await post(`${bot.url}/v3/directline/tokens/generate`, { user: { id: 'demo-staff' } })).status).toBe(403);
    expect((await post(`${bot.url}/v3/directline/conversations`, {})).status).toBe(403);
    const anyConversation = await fetch(`${bot.url}/v3/directline/conversations/AAAAAAAAAAAAAAAA/activities`);
    expect(anyConversation.status).toBe(403);
  });

  it('refuses a tampered session cookie, and one sealed with another key', async () => {
    const jar = await signedIn(bot, 'zhangmin');
    const good = jar.get(bot.url, 'recon_session')!;
    const parts = good.split('.');
    const ct = parts[3]!;
    parts[3] = (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1);
    const tampered = parts.join('.');
    const foreign = (await new SessionSealer('another-key-another-key-another-key-0000', 8 * 3600, now, new URL(`${bot.url}/`)).seal({ userId: 'demo-admin', name: null, idToken: null })).value;
    for (const value of [tampered, foreign, 'not-a-cookie']) await expectRefused(bot, value);
    const page = await fetch(`${bot.url}/`, { redirect: 'manual', headers: { cookie: `recon_session=${good}` } });
    expect(page.status).toBe(200);
  });

  it('keeps a session to the address it was sealed for: another instance with the same SESSION_SECRET but another public address refuses it', async () => {
    const jar = await signedIn(bot, 'zhangmin');
    const value = jar.get(bot.url, 'recon_session')!;
    await expectRefused(publicBot, value);
    const here = await fetch(`${bot.url}/`, { redirect: 'manual', headers: { cookie: `recon_session=${value}` } });
    expect(here.status).toBe(200);
  });

  it("ends a session sealed by an instance allowed longer sessions by this instance's own lifetime", async () => {
    const address = new URL(`${bot.url}/`);
    const long = new SessionSealer(SESSION_SECRET, 8 * 3600, now, address);
    const short = new SessionSealer(SESSION_SECRET, 3600, now, address);
    const { value } = await long.seal({ userId: 'demo-staff', name: null, idToken: null });
    const opened = await short.open(value);
    expect(opened?.userId).toBe('demo-staff');
    expect(opened!.expiresAt).toBe(Math.floor(clock / 1000) + 3600);
    const start = clock;
    try {
      clock = start + HOUR + 1000;
      expect(await short.open(value)).toBeNull();
      expect((await long.open(value))?.userId).toBe('demo-staff');
    } finally {
      clock = start;
    }
  });

  it('ends the session after 8 hours; no Direct Line token outlives it, and no refresh extends it', async () => {
    const start = clock;
    try {
      const jar = await signedIn(bot, 'zhangmin');
      const cookie = { cookie: jar.header(bot.url) };
      clock = start + 8 * HOUR - 10 * 60_000;
      const gen = await post(`${bot.url}/v3/directline/tokens/generate`, {}, cookie);
      expect(gen.status).toBe(200);
      const { token, expires_in } = JSON.parse(gen.text) as { token: string; expires_in: number };
      expect(expires_in).toBe(600);
      clock = start + 8 * HOUR - 60_000;
      const refreshed = await post(`${bot.url}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${token}` });
      expect(refreshed.status).toBe(200);
      const again = JSON.parse(refreshed.text) as { token: string; expires_in: number };
      expect(again.expires_in).toBe(60);
      clock = start + 8 * HOUR;
      expect((await post(`${bot.url}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${again.token}` })).status).toBe(403);
      expect((await post(`${bot.url}/v3/directline/tokens/generate`, {}, cookie)).status).toBe(403);
      const page = await fetch(`${bot.url}/`, { redirect: 'manual', headers: cookie });
      expect(page.status).toBe(302);
      expect(page.headers.get('location')).toBe(`${bot.url}/auth/login`);
    } finally {
      clock = start;
    }
  });

  it('signs out here and at the IdP (RP-initiated logout); the next visit asks for the login again', async () => {
    const jar = await signedIn(bot, 'zhangmin');
    const out = await request(jar, `${bot.url}/auth/logout`, { method: 'POST' });
    expect(out.status).toBe(302);
    const end = new URL(out.location!);
    expect(`${end.origin}${end.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${bot.url}/auth/signed-out`);
    expect(end.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(jar.get(bot.url, 'recon_session')).toBeUndefined();
    // oidc-provider asks "do you want to sign out?"; say yes.
    const confirm = await request(jar, out.location!);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.text)![1]!;
    const action = new URL(/action="([^"]+)"/.exec(confirm.text)![1]!, confirm.url).href;
    const steps = await follow(jar, action, { form: { xsrf, logout: 'yes' } });
    const last = steps.at(-1)!;
    expect(last.url).toBe(`${bot.url}/auth/signed-out`);
    expect(last.text).toContain('您已退出登录。');
    const again = await follow(jar, `${bot.url}/`);
    expect(again.at(-1)!.text).toContain('name="login"');
  });

  it('does not sign out on a GET, which any site can send with a link or an image: it asks to confirm with a button that POSTs', async () => {
    const jar = await signedIn(bot, 'zhangmin');
    const asked = await request(jar, `${bot.url}/auth/logout`);
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('要退出对账助手的登录吗？');
    expect(asked.text).toMatch(/<form method="post" action="logout">/);
    // Still signed in: the cookie opens Direct Line.
    expect((await post(`${bot.url}/v3/directline/tokens/generate`, {}, { cookie: jar.header(bot.url) })).status).toBe(200);
    // A POST from another site is refused at the edge; the page's own button signs out.
    expect((await post(`${bot.url}/auth/logout`, {}, { cookie: jar.header(bot.url), origin: 'https://evil.example' })).status).toBe(403);
    const out = await request(jar, new URL('logout', asked.url).href, { method: 'POST' });
    expect(out.status).toBe(302);
    expect(jar.get(bot.url, 'recon_session')).toBeUndefined();
  });

  it('ends the session on the server at sign-out: a saved copy of the cookie and every token issued under it are refused', async () => {
    const jar = await signedIn(bot, 'zhangmin');
    const saved = { cookie: jar.header(bot.url) };
    const gen = await post(`${bot.url}/v3/directline/tokens/generate`, {}, saved);
    expect(gen.status).toBe(200);
    const { token } = JSON.parse(gen.text) as { token: string };
    const started = await post(`${bot.url}/v3/directline/conversations`, {}, { authorization: `Bearer ${token}` });
    expect(started.status).toBe(201);
    const { conversationId } = JSON.parse(started.text) as { conversationId: string };
    expect((await request(jar, `${bot.url}/auth/logout`, { method: 'POST' })).status).toBe(302);
    // The saved cookie no longer opens the page or mints tokens.
    const page = await fetch(`${bot.url}/`, { headers: saved, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe(`${bot.url}/auth/login`);
    expect((await post(`${bot.url}/v3/directline/tokens/generate`, {}, saved)).status).toBe(403);
    // Nor does the token issued before: no message, no refresh.
    const base = `${bot.url}/v3/directline/conversations/${conversationId}/activities`;
    expect((await post(base, { type: 'message', text: '今天对账情况' }, { authorization: `Bearer ${token}` })).status).toBe(403);
    expect((await post(`${bot.url}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${token}` })).status).toBe(403);
    // Another session of the same person is not affected.
    const other = await signedIn(bot, 'zhangmin');
    expect((await post(`${bot.url}/v3/directline/tokens/generate`, {}, { cookie: other.header(bot.url) })).status).toBe(200);
  });

  it('tells the person to try later (503) when the IdP answers its token request with a server error, and signs in once it is back', async () => {
    idp.outage({ path: '/token', status: 503 });
    try {
      const jar = new Jar();
      const last = (await signIn(jar, `${bot.url}/`, 'zhangmin')).at(-1)!;
      expect(last.status).toBe(503);
      expect(last.text).toContain('暂时无法连接身份认证服务，请稍后再试。');
      expect(jar.get(bot.url, 'recon_session')).toBeUndefined();
    } finally {
      idp.outage(null);
    }
    await signedIn(bot, 'zhangmin');
  });

  it('gives up on an IdP that does not answer its token request (10 s) and tells the person to try later (503)', async () => {
    idp.outage({ path: '/token', status: 0 });
    try {
      const jar = new Jar();
      const started = Date.now();
      const last = (await signIn(jar, `${bot.url}/`, 'zhangmin')).at(-1)!;
      expect(last.status).toBe(503);
      expect(last.text).toContain('暂时无法连接身份认证服务，请稍后再试。');
      expect(Date.now() - started).toBeLessThan(25_000);
      expect(jar.get(bot.url, 'recon_session')).toBeUndefined();
    } finally {
      idp.outage(null);
    }
    await signedIn(bot, 'zhangmin');
  }, 60_000);

  it('says so in one line when the IdP sends no value for the claim', async () => {
    const jar = new Jar();
    const steps = await signIn(jar, `${bot.url}/`, 'noname');
    const last = steps.at(-1)!;
    expect(last.status).toBe(403);
    expect(last.text).toContain('身份认证服务没有提供账号标识（preferred_username）');
    expect(jar.get(bot.url, 'recon_session')).toBeUndefined();
  });

  it('limits sign-in per client address (each callback costs a request to the IdP): 429 with Retry-After', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const limited = await startBot({
      port, now, db: bot.db, seed: false,
      env: { OIDC_ISSUER: idp.issuer, OIDC_USER_CLAIM: 'preferred_username', SESSION_SECRET, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, OIDC_REDIRECT_URI: `${origin}/auth/callback`, RATE_LIMIT_IP_PER_MINUTE: '2' },
    });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${limited.url}/auth/callback?code=x&state=y`, { redirect: 'manual' });
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get('retry-after');
      }
      expect(statuses).toEqual([400, 400, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });

  it('refuses a claim with whitespace at its end instead of trimming it into another person (demo-staff)', async () => {
    const jar = new Jar();
    const steps = await signIn(jar, `${bot.url}/`, 'padded');
    expect(steps.at(-1)!.status).toBe(403);
    // Sent but unusable, which is not the same as not sent.
    expect(steps.at(-1)!.text).toContain('身份认证服务提供的账号标识（preferred_username）无法使用');
    expect(jar.get(bot.url, 'recon_session')).toBeUndefined();
  });

  it('refuses a 5,000-character claim, saying the identifier cannot be used (not that none was sent)', async () => {
    const jar = new Jar();
    const last = (await signIn(jar, `${bot.url}/`, 'huge')).at(-1)!;
    expect(last.status).toBe(403);
    expect(last.text).toContain('无法使用（超过 128 个字符');
    expect(jar.get(bot.url, 'recon_session')).toBeUndefined();
  });

  it('refuses a callback without its flow cookie, with a state it did not send, or with a code the IdP did not issue', async () => {
    const lost = await fetch(`${bot.url}/auth/callback?code=abc&state=xyz`, { redirect: 'manual' });
    expect(lost.status).toBe(400);
    expect(await lost.text()).toContain('登录已超时，或不是从本页面发起的');
    const jar = new Jar();
    const started = await request(jar, `${bot.url}/auth/login`);
    const state = new URL(started.location!).searchParams.get('state')!;
    const iss = encodeURIComponent(idp.issuer);
    const otherState = await request(jar, `${bot.url}/auth/callback?code=abc&state=${'A'.repeat(43)}&iss=${iss}`);
    expect(otherState.status).toBe(400);
    const forgedCode = await request(jar, `${bot.url}/auth/callback?code=not-a-code-the-idp-issued&state=${state}&iss=${iss}`);
    expect(forgedCode.status).toBe(401);
    expect(forgedCode.text).toContain('登录未完成：身份认证服务拒绝了请求');
    expect(jar.get(bot.url, 'recon_session')).toBeUndefined();
  });

  it(`keeps at most ${MAX_PENDING_SIGNINS} unfinished sign-ins per browser (oldest dropped), so many abandoned ones never lock it out`, async () => {
    const jar = new Jar();
    const states: string[] = [];
    for (let i = 0; i < 40; i++) {
      const begun = await request(jar, `${bot.url}/auth/login`);
      expect(begun.status).toBe(302);
      states.push(new URL(begun.location!).searchParams.get('state')!);
    }
    const pending = jar.names(bot.url).filter((n) => n.startsWith('recon_signin_'));
    expect(pending).toEqual(states.slice(-MAX_PENDING_SIGNINS).map((st) => `recon_signin_${st}`));
    const last = (await signIn(jar, `${bot.url}/`, 'zhangmin')).at(-1)!;
    expect(last.status).toBe(200);
    expect(last.text).toContain('张敏');
    // Signed in, the login route sends the browser back to the page.
    expect((await request(jar, `${bot.url}/auth/login`)).location).toBe(`${bot.url}/`);
  });

  it('completes two sign-ins started at once (two tabs), each with its own flow cookie', async () => {
    const jar = new Jar();
    const first = await request(jar, `${bot.url}/auth/login`);
    const second = await request(jar, `${bot.url}/auth/login?lang=en`);
    expect(jar.names(bot.url).filter((n) => n.startsWith('recon_signin_'))).toHaveLength(2);
    const one = await signIn(jar, first.location!, 'zhangmin', bot.url);
    expect(one.at(-1)!.status).toBe(200);
    expect(one.at(-1)!.url).toBe(`${bot.url}/`);
    const two = await signIn(jar, second.location!, 'zhangmin', bot.url);
    expect(two.at(-1)!.status).toBe(200);
    expect(two.at(-1)!.url).toBe(`${bot.url}/?lang=en`);
    expect(two.at(-1)!.text).toContain('lang="en"');
    expect(jar.names(bot.url).filter((n) => n.startsWith('recon_signin_'))).toEqual([]);
  });

  it('works as a public client (PKCE, no client secret)', async () => {
    const jar = await signedIn(publicBot, 'zhangmin');
    expect(jar.get(publicBot.url, 'recon_session')).toBeTruthy();
  });

  it('answers /auth/* only for its public origins (the edge Host/Origin check), with the security headers of the page', async () => {
    const port = new URL(bot.url).port;
    expect((await rawGet(bot.url, '/auth/signed-out', { host: `rebound.evil.example:${port}` })).status).toBe(421);
    expect((await rawGet(bot.url, '/auth/callback?state=x&code=y', { host: `rebound.evil.example:${port}` })).status).toBe(421);
    expect((await rawGet(bot.url, '/auth/signed-out', { origin: 'https://evil.example' })).status).toBe(403);
    const ok = await rawGet(bot.url, '/auth/signed-out', {});
    expect(ok.status).toBe(200);
    expect(ok.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(ok.headers['content-security-policy']).toContain("script-src 'self';");
    expect(ok.headers['x-frame-options']).toBe('DENY');
    const toIdp = await rawGet(bot.url, '/', {});
    expect(toIdp.status).toBe(302);
    expect(toIdp.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses ?user= with one line', async () => {
    const jar = await signedIn(bot, 'zhangmin');
    const res = await request(jar, `${bot.url}/?user=demo-admin`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('“?user=”参数只能在本机演示模式下使用');
    const stranger = await fetch(`${bot.url}/?user=demo-admin&lang=en`, { redirect: 'manual' });
    expect(stranger.status).toBe(400);
    expect(await stranger.text()).toContain('&quot;?user=&quot; is accepted only in the local demo');
  });
});
