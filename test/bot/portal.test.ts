/**
 * The bank's portal embeds the chat: its server exchanges DIRECTLINE_SECRET for a token with the
 * user id set server-side (POST /v3/directline/tokens/generate, `Authorization: Bearer SECRET`,
 * `{"user":{"id":...}}`, as on Azure's Direct Line), and the browser holding the token cannot
 * change who it is. This server does not serve `/` then. Also: who may say who they are, by
 * configuration (demo, sign-in, portal, guest), and the sign-in variables' rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBotConfig } from '../../bot/config.ts';
import { speaker, tokenUser } from '../../bot/directline/access.ts';
import { signInSettings } from '../../bot/signin/env.ts';
import { WebIdentity } from '../../bot/signin/identity.ts';
import { WebSignIn } from '../../bot/signin/webSignIn.ts';
import { createLogger } from '../../bot/logging.ts';
import { post, replyText, startBot, type RunningBot } from './support/app.ts';

const SECRET = 'the-portal-servers-direct-line-secret';
let portal: RunningBot;

beforeAll(async () => {
  portal = await startBot({ env: { DIRECTLINE_SECRET: SECRET } });
}, 240_000);
afterAll(async () => {
  await portal?.close();
});

type Activities = { activities: Array<Record<string, unknown>>; watermark: string };
async function activities(url: string, token: string): Promise<Activities> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Activities;
}

/** What the portal's server does: the secret for a token bound to the person it has signed in. */
async function exchange(body: unknown): Promise<{ token: string; conversationId: string }> {
  const gen = await post(`${portal.url}/v3/directline/tokens/generate`, body, { authorization: `Bearer ${SECRET}` });
  expect(gen.status).toBe(200);
  return JSON.parse(gen.text) as { token: string; conversationId: string };
}

describe('Direct Line for a portal that embeds the chat', () => {
  it('does not serve the page, with or without ?user=', async () => {
    expect((await fetch(`${portal.url}/`)).status).toBe(404);
    expect((await fetch(`${portal.url}/?user=demo-admin`)).status).toBe(404);
  });

  it('pins the user the portal set; the browser cannot change it by from.id, refresh or a new token', async () => {
    const { token } = await exchange({ user: { id: 'demo-staff' } });
    const started = await post(`${portal.url}/v3/directline/conversations`, {}, { authorization: `Bearer ${token}` });
    expect(started.status).toBe(201);
    const { conversationId } = JSON.parse(started.text) as { conversationId: string };
    const refreshed = await post(`${portal.url}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${token}` });
    expect(refreshed.status).toBe(200);
    const browserToken = (JSON.parse(refreshed.text) as { token: string }).token;
    const base = `${portal.url}/v3/directline/conversations/${conversationId}/activities`;
    const sent = await post(base, { type: 'message', text: '今天对账情况', from: { id: 'demo-admin', name: 'admin' } }, { authorization: `Bearer ${browserToken}` });
    expect(sent.status).toBe(200);
    const page = await activities(`${base}?watermark=`, browserToken);
    const echo = page.activities.find((a) => a.text === '今天对账情况')!;
    expect((echo.from as { id: string }).id).toBe('demo-staff');
    const texts = page.activities.map((a) => replyText(a)).join('\n');
    expect(texts).toContain('您好，张敏');
    expect(texts).toContain('****1234');
    expect(texts).not.toContain('6222020200011234');
    // A token is not the secret: it cannot mint a token for someone else.
    expect((await post(`${portal.url}/v3/directline/tokens/generate`, { user: { id: 'demo-admin' } }, { authorization: `Bearer ${browserToken}` })).status).toBe(403);
  });

  it('gives a token generated without a user a server-chosen id (a customer), not one the browser picks later', async () => {
    const { token, conversationId } = await exchange({});
    const base = `${portal.url}/v3/directline/conversations/${conversationId}/activities`;
    await post(`${portal.url}/v3/directline/conversations`, {}, { authorization: `Bearer ${token}` });
    await post(base, { type: 'message', text: 'status', from: { id: 'demo-admin' } }, { authorization: `Bearer ${token}` });
    const page = await activities(`${base}?watermark=`, token);
    const echo = page.activities.find((a) => a.text === 'status')!;
    expect((echo.from as { id: string }).id).toMatch(/^dl_[\w-]{16}$/);
    expect(page.activities.map((a) => replyText(a)).join('\n')).toContain('I cannot look up balances, transactions or reconciliation results for you');
  });

  it('refuses the exchange without the secret', async () => {
    expect((await post(`${portal.url}/v3/directline/tokens/generate`, { user: { id: 'demo-staff' } })).status).toBe(403);
    expect((await post(`${portal.url}/v3/directline/tokens/generate`, { user: { id: 'demo-staff' } }, { authorization: 'Bearer not-the-secret-not-the-secret' })).status).toBe(403);
  });
});

describe('who may say who they are', () => {
  const never = (): Date => new Date(0);
  it.each([
    ['anonymous on loopback, nothing configured: demo', true, '127.0.0.1', undefined, true],
    ['anonymous on ::1: demo', true, '::1', undefined, true],
    ['anonymous on all interfaces: not demo', true, '0.0.0.0', undefined, false],
    ['an app id (Teams) on loopback: not demo', false, '127.0.0.1', undefined, false],
    ['a Direct Line secret on loopback: not demo', true, '127.0.0.1', 'a-secret-of-16-chars', false],
  ])('%s', (_name, anonymous, host, secret, demo) => {
    expect(new WebIdentity(null, secret, anonymous, host, never).demo).toBe(demo);
  });

  it('demo mode ends when the server is bound to another address than configured', () => {
    const identity = new WebIdentity(null, undefined, true, '127.0.0.1', never);
    identity.boundTo('0.0.0.0');
    expect(identity.demo).toBe(false);
    expect(identity.mode).toBe('guest');
  });

  it('outside demo mode, a browser without credentials gets a server-chosen id and cannot post as anyone', () => {
    const guest = { kind: 'open', demo: false } as const;
    expect(tokenUser(guest, 'demo-admin')).toMatch(/^dl_/);
    expect(speaker(guest, 'demo-admin')).toBeNull();
    const demo = { kind: 'open', demo: true } as const;
    expect(tokenUser(demo, 'demo-admin')).toBe('demo-admin');
    expect(speaker({ kind: 'token', claims: { conv: 'c', user: 'demo-staff', exp: 0 } }, 'demo-admin')).toBe('demo-staff');
  });
});

describe('sign-in configuration', () => {
  const oidc = {
    OIDC_ISSUER: 'https://idp.bank.example/realms/branch',
    OIDC_CLIENT_ID: 'recon-bot',
    OIDC_REDIRECT_URI: 'https://recon.bank.example/auth/callback',
    SESSION_SECRET: 'x'.repeat(32),
  };
  it('has the documented defaults', () => {
    const r = parseBotConfig(oidc);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.config).toMatchObject({ OIDC_SCOPES: 'openid profile', OIDC_USER_CLAIM: 'sub', SESSION_LIFETIME_MINUTES: 480 });
  });

  it('marks the cookies Secure, with the __Host- prefix, when the public address is https', async () => {
    const r = parseBotConfig(oidc);
    if (!r.ok) throw new Error(r.message);
    const signIn = new WebSignIn(signInSettings(r.config)!, () => new Date(0), createLogger('silent'), portal.db);
    const cookie = await signIn.sessionSetCookie({ userId: 'demo-staff', name: null, idToken: null });
    expect(cookie).toMatch(/^__Host-recon_session=[\w.-]+; Path=\/; Max-Age=28800; HttpOnly; SameSite=Lax; Secure$/);
    expect(signIn.clearSession()).toBe('__Host-recon_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure');
    expect(signIn.home.href).toBe('https://recon.bank.example/');
    expect(signIn.signedOut.href).toBe('https://recon.bank.example/auth/signed-out');
  });

  it.each([
    [{ OIDC_ISSUER: oidc.OIDC_ISSUER }, 'OIDC_CLIENT_ID: required when OIDC_ISSUER is set'],
    [{ ...oidc, OIDC_REDIRECT_URI: '' }, 'OIDC_REDIRECT_URI: required when OIDC_ISSUER is set'],
    [{ ...oidc, SESSION_SECRET: '' }, 'SESSION_SECRET: required when OIDC_ISSUER is set'],
    [{ ...oidc, SESSION_SECRET: 'short' }, 'SESSION_SECRET: must be at least 32 characters'],
    [{ ...oidc, OIDC_ISSUER: 'http://idp.bank.example' }, 'OIDC_ISSUER: must be https (http only on loopback)'],
    [{ ...oidc, OIDC_REDIRECT_URI: 'http://recon.bank.example/auth/callback' }, 'OIDC_REDIRECT_URI: must be https'],
    [{ ...oidc, OIDC_REDIRECT_URI: 'https://recon.bank.example/callback' }, 'OIDC_REDIRECT_URI: must end in /auth/callback'],
    [{ ...oidc, OIDC_SCOPES: 'profile email' }, 'OIDC_SCOPES: must include openid'],
    [{ OIDC_CLIENT_ID: 'recon-bot' }, 'OIDC_CLIENT_ID: needs OIDC_ISSUER'],
  ])('%o is refused: %s', (env, message) => {
    const r = parseBotConfig(env);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});
