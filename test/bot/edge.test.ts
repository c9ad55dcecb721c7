/**
 * The HTTP edge against the real server over real HTTP, one test per attack found in issue 14:
 * a bad gzip body, JSON thousands of levels deep, multipart with a file, an oversized body, the
 * wrong Host or Origin, a burst (429), a forged serviceUrl port, proactive sends to a group chat
 * or off the allowlist, and Teams mode without a way to know who is on the Web Chat page. After
 * each attack /healthz still answers 200.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageFactory } from 'botbuilder';
import { createCloudAdapter } from '../../bot/cloudAdapter.ts';
import { createLogger } from '../../bot/logging.ts';
import { notifyPort } from '../../bot/ports/notify.ts';
import { linkIdentity } from '../../engine/service/users.ts';
import { activity, post, startBot, type RunningBot } from './support/app.ts';
import { startConnector, type FakeConnector } from './support/connector.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One request with exactly these headers and body (no client adds or rewrites any). */
function raw(base: string, method: string, path: string, headers: Record<string, string>, body?: Buffer | string, chunked = false): Promise<RawResponse> {
  const u = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path: u.pathname + u.search, headers, setHost: !('host' in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may answer and close before the whole body is sent: that is the point.
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err)));
    if (body !== undefined && chunked) {
      const b = Buffer.from(body);
      for (let i = 0; i < b.length; i += 64 * 1024) req.write(b.subarray(i, i + 64 * 1024));
    } else if (body !== undefined) req.write(body);
    req.end();
  });
}

async function healthy(bot: RunningBot): Promise<void> {
  const res = await fetch(`${bot.url}/healthz`);
  expect(res.status).toBe(200);
}

/** JSON text of an object `levels` deep (built as text: JSON.stringify itself overflows the stack). */
function nestedJson(levels: number): string {
  return `${'{"a":'.repeat(levels)}{"id":"deep"}${'}'.repeat(levels)}`;
}

/** An activity as JSON text with `extra` (JSON text) under `field`. */
function withJson(a: Record<string, unknown>, field: string, extra: string): string {
  return JSON.stringify(a).replace(/}$/, `,"${field}":${extra}}`);
}

describe('request bodies', () => {
  let bot: RunningBot;
  let conn: FakeConnector;
  let tmp: string;
  const previousTmp = process.env.TMPDIR;

  beforeAll(async () => {
    // The server's temp folder is a fresh one, so "no file left" is not disturbed by other processes.
    tmp = mkdtempSync(join(tmpdir(), 'recon-edge-'));
    process.env.TMPDIR = tmp;
    conn = await startConnector();
    bot = await startBot({ env: { BOT_SERVICE_URL_ALLOWLIST: conn.url } });
  }, 240_000);
  afterAll(async () => {
    await bot.close();
    await conn.close();
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses Content-Encoding gzip with a body that is not gzip (415), and keeps serving', async () => {
    const body = JSON.stringify(activity(conn.url, { text: '你好' }));
    const r = await raw(bot.url, 'POST', '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(Buffer.byteLength(body)) }, body);
    expect(r.status).toBe(415);
    expect(r.text).toContain('Content-Encoding');
    await healthy(bot);
  });

  it('refuses a real gzip body too: only identity encoding is read (415)', async () => {
    const { gzipSync } = await import('node:zlib');
    const body = gzipSync(JSON.stringify(activity(conn.url, { text: '你好' })));
    const r = await raw(bot.url, 'POST', '/v3/directline/tokens/generate', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(body.length) }, body);
    expect(r.status).toBe(415);
    await healthy(bot);
  });

  it('refuses a `from` nested 5,000 levels deep (400) without parsing it, and keeps serving', async () => {
    const { from: _from, ...rest } = activity(conn.url, { text: '你好' });
    const body = withJson(rest, 'from', `{"id":"demo-staff","x":${nestedJson(5000)}}`);
    const r = await post(`${bot.url}/api/messages`, body);
    expect(r.status).toBe(400);
    expect(r.text).toContain('nested deeper than 64 levels');
    await healthy(bot);
    // Direct Line's body goes through the same reader.
    const d = await post(`${bot.url}/v3/directline/tokens/generate`, `{"user":${nestedJson(3000)}}`);
    expect(d.status).toBe(400);
    await healthy(bot);
  });

  it('refuses (400) ids that the store could not keep as sent (a NUL or half a surrogate pair; text with them is answered, see http.test.ts); and an activity without a sender or with a locale that is not text', async () => {
    // Found by the hostile-HTTP round of 2026-12-05: such ids got 200 and a failed turn, and a NUL in a
    // Direct Line user id answered PostgreSQL's own error text.
    for (const fields of [{ from: 'a\u0000b' }, { from: 'u\ud800' }, { conversation: 'c\udc00' }]) {
      const r = await post(`${bot.url}/api/messages`, activity(conn.url, { text: '你好', ...fields }));
      expect(r.status).toBe(400);
      expect(r.text).toContain('activity is missing or has bad fields');
    }
    const { from: _from, ...noSender } = activity(conn.url, { text: '你好' });
    expect((await post(`${bot.url}/api/messages`, noSender)).status).toBe(400);
    expect((await post(`${bot.url}/api/messages`, { ...activity(conn.url, { text: '你好' }), locale: { x: 1 } })).status).toBe(400);
    expect((await post(`${bot.url}/api/messages`, { ...activity(conn.url, { type: 'conversationUpdate' }), membersAdded: [null] })).status).toBe(400);
    const d = await post(`${bot.url}/v3/directline/tokens/generate`, { user: { id: 'a\u0000b' } });
    expect(d.status).toBe(400);
    expect(d.text).not.toMatch(/UTF8|byte sequence|postgres/i);
    // An emoji is a proper pair, and an ordinary message is still answered.
    expect((await post(`${bot.url}/api/messages`, activity(conn.url, { text: '谢谢 👍', from: 'demo-staff' }))).status).toBe(200);
    await healthy(bot);
  });

  it('answers HEAD /healthz as GET does, without a body', async () => {
    const r = await raw(bot.url, 'HEAD', '/healthz', {});
    expect(r.status).toBe(200);
    expect(r.text).toBe('');
  });

  it('accepts nesting within the limit (an ordinary card submission)', async () => {
    const r = await post(`${bot.url}/api/messages`, withJson(activity(conn.url, { text: '你好' }), 'channelData', nestedJson(40)));
    expect(r.status).toBe(200);
  });

  it('refuses multipart with a file (415) and leaves nothing in the temp folder', async () => {
    const before = readdirSync(tmp);
    const form = new FormData();
    form.append('activity', JSON.stringify(activity(conn.url, { text: '你好' })));
    form.append('file', new Blob([Buffer.alloc(300 * 1024, 0x41)]), 'statement.csv');
    for (const path of ['/api/messages', '/v3/directline/tokens/generate', '/healthz']) {
      const res = await fetch(`${bot.url}${path}`, { method: 'POST', body: form });
      expect([415, 405]).toContain(res.status);
      await res.arrayBuffer();
    }
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', body: form });
    expect(res.status).toBe(415);
    expect(readdirSync(tmp)).toEqual(before);
    await healthy(bot);
  });

  it('refuses a body over the limit (413), declared or streamed without a length', async () => {
    const big = JSON.stringify({ ...activity(conn.url, { text: 'x' }), text: 'x'.repeat(600 * 1024) });
    const declared = await raw(bot.url, 'POST', '/api/messages', { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) }, big);
    expect(declared.status).toBe(413);
    const streamed = await raw(bot.url, 'POST', '/api/messages', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, big, true);
    expect(streamed.status).toBe(413);
    await healthy(bot);
  });

  it('refuses other media types (415) and bodies that are not UTF-8 JSON (400)', async () => {
    const text = await raw(bot.url, 'POST', '/api/messages', { 'content-type': 'text/plain', 'content-length': '2' }, '{}');
    expect(text.status).toBe(415);
    const latin1 = await raw(bot.url, 'POST', '/api/messages', { 'content-type': 'application/json; charset=iso-8859-1', 'content-length': '2' }, '{}');
    expect(latin1.status).toBe(415);
    const notUtf8 = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
    const bad = await raw(bot.url, 'POST', '/api/messages', { 'content-type': 'application/json', 'content-length': String(notUtf8.length) }, notUtf8);
    expect(bad.status).toBe(400);
    const broken = await post(`${bot.url}/api/messages`, '{"type":');
    expect(broken.status).toBe(400);
    await healthy(bot);
  });

  it('takes Web Chat\'s requests: a body-less POST with and without a content type', async () => {
    const started = await raw(bot.url, 'POST', '/v3/directline/conversations', { 'content-type': 'application/json', 'content-length': '0' });
    expect(started.status).toBe(201);
    const { token } = JSON.parse(started.text) as { token: string };
    const refreshed = await raw(bot.url, 'POST', '/v3/directline/tokens/refresh', { authorization: `Bearer ${token}`, 'content-length': '0' });
    expect(refreshed.status).toBe(200);
  });
});

describe('who may be answered', () => {
  let bot: RunningBot;
  let conn: FakeConnector;
  let other: FakeConnector;

  beforeAll(async () => {
    conn = await startConnector();
    other = await startConnector();
    bot = await startBot({ env: { BOT_SERVICE_URL_ALLOWLIST: conn.url } });
  }, 240_000);
  afterAll(async () => {
    await bot.close();
    await conn.close();
    await other.close();
  });

  it('refuses (403) a forged admin whose serviceUrl is an allowlisted host on another port; nothing reaches that port', async () => {
    const a = {
      ...activity(other.url, { text: '账户 1234 状态', conversation: 'forged-port' }),
      channelId: 'msteams',
      from: { id: '29:forged', name: 'x', aadObjectId: 'demo-admin' },
    };
    const r = await post(`${bot.url}/api/messages`, a);
    expect(r.status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(other.received).toEqual([]);
    // The allowlisted port itself is answered.
    const ok = await post(`${bot.url}/api/messages`, activity(conn.url, { text: '你好', conversation: 'right-port' }));
    expect(ok.status).toBe(200);
    expect(conn.repliesTo('right-port')).toHaveLength(1);
  });

  it('sends proactive notices and summaries only to allowlisted, personal conversations', async () => {
    // References recorded earlier by an instance with a looser allowlist (any loopback port).
    const loose = await startBot({ db: bot.db, seed: false, env: { BOT_SERVICE_URL_ALLOWLIST: 'http://127.0.0.1:*' } });
    try {
      // demo-admin writes from the other port; demo-approver from a Teams group chat.
      expect((await post(`${loose.url}/api/messages`, activity(other.url, { text: '订阅日报', from: 'demo-admin', conversation: 'admin-1to1' }))).status).toBe(200);
      const group = { ...activity(conn.url, { text: '订阅日报', from: 'demo-approver', conversation: 'team-group' }), channelId: 'msteams', conversation: { id: 'team-group', isGroup: true, conversationType: 'groupChat' } };
      expect((await post(`${loose.url}/api/messages`, group)).status).toBe(200);
      // demo-staff writes 1:1 from the allowlisted connector.
      expect((await post(`${loose.url}/api/messages`, activity(conn.url, { text: '订阅日报', from: 'demo-staff', conversation: 'staff-1to1' }))).status).toBe(200);
    } finally {
      await loose.close();
    }
    const otherBefore = other.received.length;
    const groupBefore = conn.repliesTo('team-group').length;

    const out = await bot.app.runSummary('manual');
    expect(out).toMatchObject({ sent: 1, failed: 1, gone: 1 });
    expect(conn.repliesTo('staff-1to1').length).toBeGreaterThan(1);

    const logger = createLogger('silent');
    const target = { cloud: createCloudAdapter(bot.config, logger), directLine: bot.app.directLine, appId: '', allowlist: bot.config.BOT_SERVICE_URL_ALLOWLIST };
    const notify = notifyPort(bot.db, target, logger, { attempts: 1, backoffMs: 1 });
    const build = (): ReturnType<typeof MessageFactory.text> => MessageFactory.text('approval card');
    expect(await notify.person('demo-admin', build)).toBe(false);
    expect(await notify.person('demo-approver', build)).toBe(false);
    expect(await notify.person('demo-staff', build)).toBe(true);

    expect(other.received.length).toBe(otherBefore);
    expect(conn.repliesTo('team-group').length).toBe(groupBefore);

    // demo-staff also writes as a second identity (the Web Chat on a phone), later: a notice to the
    // person goes there, the conversation they used last, whichever identity it is addressed to.
    await linkIdentity(bot.db, { to: 'demo-staff', kind: 'webchat', id: 'demo-staff-phone' }, 'test', new Date());
    expect((await post(`${bot.url}/api/messages`, activity(conn.url, { text: '你好', from: 'demo-staff-phone', conversation: 'staff-phone' }))).status).toBe(200);
    // This bot's clock stands still: the phone's message is made the later one by hand.
    await bot.db.query(`UPDATE bot_user_conversations SET last_seen = last_seen + interval '5 minutes' WHERE channel_user_id = 'demo-staff-phone'`);
    const desk = conn.repliesTo('staff-1to1').length;
    const phone = conn.repliesTo('staff-phone').length;
    expect(await notify.person('demo-staff', build)).toBe(true);
    expect(conn.repliesTo('staff-phone').length).toBe(phone + 1);
    expect(conn.repliesTo('staff-1to1').length).toBe(desk);
  });
});

describe('rate limits', () => {
  let bot: RunningBot;
  let conn: FakeConnector;

  beforeAll(async () => {
    conn = await startConnector();
    bot = await startBot({ env: { BOT_SERVICE_URL_ALLOWLIST: conn.url, RATE_LIMIT_IP_PER_MINUTE: '1000', RATE_LIMIT_USER_PER_MINUTE: '3' } });
  }, 240_000);
  afterAll(async () => {
    await bot.close();
    await conn.close();
  });

  it('answers 429 with Retry-After when one person sends a burst; another person is still answered', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(conn.url, { text: '你好', from: 'burst-user', conversation: 'burst' })) });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect((await post(`${bot.url}/api/messages`, activity(conn.url, { text: '你好', from: 'calm-user' }))).status).toBe(200);
  });

  it('limits each client address on /api/messages and Direct Line, believing X-Forwarded-For only from TRUST_PROXY', async () => {
    const limited = await startBot({ db: bot.db, seed: false, env: { RATE_LIMIT_IP_PER_MINUTE: '2', TRUST_PROXY: '127.0.0.1' } });
    const untrusted = await startBot({ db: bot.db, seed: false, env: { RATE_LIMIT_IP_PER_MINUTE: '2' } });
    try {
      const generate = (b: RunningBot, forwarded: string): Promise<RawResponse> =>
        raw(b.url, 'POST', '/v3/directline/tokens/generate', { 'content-type': 'application/json', 'content-length': '2', 'x-forwarded-for': forwarded }, '{}');
      // Behind a trusted proxy each client has its own budget.
      expect((await generate(limited, '10.0.0.1')).status).toBe(200);
      expect((await generate(limited, '10.0.0.1')).status).toBe(200);
      const third = await generate(limited, '10.0.0.1');
      expect(third.status).toBe(429);
      expect(Number(third.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect((await generate(limited, '10.0.0.2')).status).toBe(200);
      // Without TRUST_PROXY the header is ignored: changing it does not buy a new budget.
      expect((await generate(untrusted, '10.0.0.1')).status).toBe(200);
      expect((await generate(untrusted, '10.0.0.2')).status).toBe(200);
      expect((await generate(untrusted, '10.0.0.3')).status).toBe(429);
      const messages = await post(`${untrusted.url}/api/messages`, activity(conn.url, { text: '你好' }));
      expect(messages.status).toBe(429);
      // Health checks are not limited.
      expect((await fetch(`${untrusted.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
      await untrusted.close();
    }
  });
});

describe('the Web Chat page and Direct Line', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot();
  }, 240_000);
  afterAll(async () => {
    await bot.close();
  });

  it('sends the security headers on /, with the inline script under the CSP nonce', async () => {
    const res = await fetch(`${bot.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const html = await res.text();
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[a-z]/i);
  });

  it('refuses a Host that is not a public origin (DNS rebinding), and a foreign Origin', async () => {
    const port = new URL(bot.url).port;
    const page = await raw(bot.url, 'GET', '/', { host: `rebound.evil.example:${port}` });
    expect(page.status).toBe(421);
    const token = await raw(bot.url, 'POST', '/v3/directline/tokens/generate', { host: `rebound.evil.example:${port}`, 'content-type': 'application/json', 'content-length': '30' }, '{"user":{"id":"demo-admin"}}  ');
    expect(token.status).toBe(421);
    const foreign = await raw(bot.url, 'POST', '/v3/directline/tokens/generate', { origin: 'https://evil.example', 'content-type': 'application/json', 'content-length': '2' }, '{}');
    expect(foreign.status).toBe(403);
    // The loopback names with the port are the defaults.
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) expect((await raw(bot.url, 'GET', '/', { host })).status).toBe(200);
    const same = await raw(bot.url, 'POST', '/v3/directline/tokens/generate', { origin: bot.url, 'content-type': 'application/json', 'content-length': '2' }, '{}');
    expect(same.status).toBe(200);
    // /api/messages and /healthz are not browser routes: the Bot Connector uses the public name.
    expect((await raw(bot.url, 'GET', '/healthz', { host: 'lb-probe' })).status).toBe(200);
  });

  it('answers 408 and closes a connection whose body trickles past HTTP_BODY_TIMEOUT_SECONDS (JSON and upload alike), and keeps serving', async () => {
    const slow = await startBot({ db: bot.db, seed: false, env: { HTTP_BODY_TIMEOUT_SECONDS: '1' } });
    try {
      const u = new URL(slow.url);
      /** Sends the headers and the first bytes of a body that never comes whole; resolves with what the server said and when. */
      const trickle = (head: string): Promise<{ text: string; ms: number; closed: boolean }> =>
        new Promise((resolve, reject) => {
          const start = performance.now();
          const socket = connect(Number(u.port), u.hostname, () => socket.write(head));
          let text = '';
          socket.on('data', (c: Buffer) => (text += c.toString('utf8')));
          socket.on('error', reject);
          socket.on('close', () => resolve({ text, ms: performance.now() - start, closed: true }));
          setTimeout(() => resolve({ text, ms: performance.now() - start, closed: false }), 15_000);
        });
      const json = await trickle(`POST /api/messages HTTP/1.1\r\nHost: ${u.host}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"type":"mess`);
      expect(json.text).toMatch(/^HTTP\/1\.1 408/);
      expect(json.text).toContain('the body did not arrive within 1 s');
      expect(json.closed).toBe(true);
      expect(json.ms).toBeLessThan(5000);
      const boundary = '----trickle';
      const upload = await trickle(
        `POST /v3/directline/conversations/c1/upload HTTP/1.1\r\nHost: ${u.host}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 100000\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\ndate,amount\r\n`,
      );
      expect(upload.text).toMatch(/^HTTP\/1\.1 408/);
      expect(upload.closed).toBe(true);
      const res = await fetch(`${slow.url}/healthz`);
      expect(res.status).toBe(200);
    } finally {
      await slow.close();
    }
  });

  it('answers for PUBLIC_ORIGINS only when set', async () => {
    const proxied = await startBot({ db: bot.db, seed: false, env: { PUBLIC_ORIGINS: 'https://recon.bank.example' } });
    try {
      expect((await raw(proxied.url, 'GET', '/', { host: 'recon.bank.example' })).status).toBe(200);
      expect((await raw(proxied.url, 'GET', '/', { host: 'recon.bank.example:443' })).status).toBe(200);
      expect((await raw(proxied.url, 'GET', '/', {})).status).toBe(421);
    } finally {
      await proxied.close();
    }
  });

  it('in Teams mode without a Direct Line secret or sign-in: / and Direct Line answer 404', async () => {
    const teams = await startBot({ db: bot.db, seed: false, env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used-here' } });
    try {
      expect(teams.app.webChat).toBe('off');
      expect((await fetch(`${teams.url}/`)).status).toBe(404);
      expect((await fetch(`${teams.url}/webchat/webchat.js`)).status).toBe(404);
      expect((await post(`${teams.url}/v3/directline/tokens/generate`, { user: { id: 'demo-admin' } })).status).toBe(404);
      expect((await post(`${teams.url}/v3/directline/conversations`, {})).status).toBe(404);
      // /api/messages demands the channel's token.
      expect((await post(`${teams.url}/api/messages`, activity('https://smba.trafficmanager.net/apis/', { text: '你好' }))).status).toBe(401);
      await healthy(teams);
    } finally {
      await teams.close();
    }
    const withSecret = await startBot({ db: bot.db, seed: false, env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used-here', DIRECTLINE_SECRET: 's'.repeat(32) } });
    try {
      expect(withSecret.app.webChat).toBe('secret');
      // With the secret Direct Line is served (the portal's server exchanges the secret); `/` is the
      // portal's to host (bot/signin/identity.ts portal mode), so it stays 404 here.
      expect(withSecret.app.identity.mode).toBe('portal');
      expect((await fetch(`${withSecret.url}/`)).status).toBe(404);
      expect((await post(`${withSecret.url}/v3/directline/tokens/generate`, { user: { id: 'demo-admin' } })).status).toBe(403);
      expect((await post(`${withSecret.url}/v3/directline/tokens/generate`, { user: { id: 'demo-admin' } }, { authorization: `Bearer ${'s'.repeat(32)}` })).status).toBe(200);
    } finally {
      await withSecret.close();
    }
  });
});
