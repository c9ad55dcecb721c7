/** Direct Line 3.0 on premises, as Web Chat uses it: tokens, start, post (echo), watermark, refresh. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, replyText, startBot, type RunningBot } from './support/app.ts';

const SECRET = 'a-shared-secret-for-the-branch';
let open: RunningBot;
let guarded: RunningBot;

beforeAll(async () => {
  open = await startBot();
  // A second instance on the same database, configured with a secret.
  guarded = await startBot({ db: open.db, seed: false, env: { DIRECTLINE_SECRET: SECRET } });
}, 240_000);
afterAll(async () => {
  await guarded.close();
  await open.close();
});

async function get(url: string, token: string): Promise<{ status: number; body: { activities: Array<Record<string, unknown>>; watermark: string } }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { activities: Array<Record<string, unknown>>; watermark: string } };
}

async function start(bot: RunningBot, user: string, auth: Record<string, string> = {}): Promise<{ conversationId: string; token: string }> {
  const gen = await post(`${bot.url}/v3/directline/tokens/generate`, { user: { id: user } }, auth);
  expect(gen.status).toBe(200);
  const { token } = JSON.parse(gen.text) as { token: string };
  const started = await post(`${bot.url}/v3/directline/conversations`, {}, { authorization: `Bearer ${token}` });
  expect(started.status).toBe(201);
  return JSON.parse(started.text) as { conversationId: string; token: string };
}

describe('Direct Line without a secret', () => {
  it('tells every cache not to keep its answers: tokens, the conversation and its activities (Cache-Control: no-store)', async () => {
    const fetchPost = (url: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const gen = await fetchPost(`${open.url}/v3/directline/tokens/generate`, { user: { id: 'demo-staff' } });
    expect(gen.status).toBe(200);
    expect(gen.headers.get('cache-control')).toBe('no-store');
    const { token } = (await gen.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const started = await fetchPost(`${open.url}/v3/directline/conversations`, {}, auth);
    expect(started.status).toBe(201);
    expect(started.headers.get('cache-control')).toBe('no-store');
    const { conversationId } = (await started.json()) as { conversationId: string };
    const refreshed = await fetchPost(`${open.url}/v3/directline/tokens/refresh`, {}, auth);
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get('cache-control')).toBe('no-store');
    const page = await fetch(`${open.url}/v3/directline/conversations/${conversationId}/activities`, { headers: auth });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it("greets and answers in the page's language: the page sends it with the token request and the token carries it", async () => {
    for (const [locale, greeting] of [['en', 'Hello, 张敏! I am the reconciliation assistant'], ['zh-CN', '您好，张敏！']] as const) {
      const gen = await post(`${open.url}/v3/directline/tokens/generate`, { user: { id: 'demo-staff' }, locale });
      const { token } = JSON.parse(gen.text) as { token: string };
      const started = JSON.parse((await post(`${open.url}/v3/directline/conversations`, {}, { authorization: `Bearer ${token}` })).text) as { conversationId: string; token: string };
      const base = `${open.url}/v3/directline/conversations/${started.conversationId}/activities`;
      let texts = '';
      for (let i = 0; i < 40 && texts === ''; i++) {
        await new Promise((r) => setTimeout(r, 150));
        texts = (await get(`${base}?watermark=`, started.token)).body.activities.map(replyText).join('\n');
      }
      expect(texts).toContain(greeting);
      // A message that shows no language ("2", a button) and carries no locale is answered in the token's.
      const seen = texts.length;
      expect((await post(base, { type: 'message', from: { id: 'demo-staff' }, text: '2' }, { authorization: `Bearer ${started.token}` })).status).toBe(200);
      let after = '';
      for (let i = 0; i < 40 && !/没有可供选择|no list to choose/.test(after); i++) {
        await new Promise((r) => setTimeout(r, 150));
        after = (await get(`${base}?watermark=`, started.token)).body.activities.map(replyText).join('\n').slice(seen);
      }
      expect(after).toContain(locale === 'en' ? 'There is no list to choose from right now' : '现在没有可供选择的列表');
      // A refreshed token keeps the language.
      const refreshed = await post(`${open.url}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${started.token}` });
      const claims = JSON.parse(Buffer.from((JSON.parse(refreshed.text) as { token: string }).token.split('.')[0]!, 'base64url').toString('utf8')) as { lang?: string };
      expect(claims.lang).toBe(locale);
    }
  });

  // A blind tester whose client sent no locale was greeted in Chinese only, before typing in English.
  it("without a locale the greeting follows the request's Accept-Language, and is in both languages when there is none", async () => {
    const greetingOf = async (headers: Record<string, string>): Promise<string> => {
      const gen = await post(`${open.url}/v3/directline/tokens/generate`, { user: { id: 'demo-staff' } }, headers);
      const { token } = JSON.parse(gen.text) as { token: string };
      const started = JSON.parse((await post(`${open.url}/v3/directline/conversations`, {}, { authorization: `Bearer ${token}` })).text) as { conversationId: string; token: string };
      let texts = '';
      for (let i = 0; i < 40 && texts === ''; i++) {
        await new Promise((r) => setTimeout(r, 150));
        texts = (await get(`${open.url}/v3/directline/conversations/${started.conversationId}/activities?watermark=`, started.token)).body.activities.map(replyText).join('\n');
      }
      return texts;
    };
    const english = await greetingOf({ 'accept-language': 'en-US,en;q=0.9,zh-CN;q=0.5' });
    expect(english).toContain('Hello, 张敏! I am the reconciliation assistant');
    expect(english).not.toContain('您好');
    const chinese = await greetingOf({ 'accept-language': 'fr;q=0.3, zh-TW;q=0.8, en;q=0.6' });
    expect(chinese).toContain('您好，张敏！');
    expect(chinese).not.toContain('Hello');
    const both = await greetingOf({});
    expect(both).toMatch(/您好，张敏！[\s\S]*Hello, 张敏!/);
  });

  it('greets, echoes the user message with a unique id, answers, and pages by watermark', async () => {
    const { conversationId, token } = await start(open, 'demo-staff');
    const base = `${open.url}/v3/directline/conversations/${conversationId}/activities`;
    // The greeting turn runs right after the conversation starts.
    await new Promise((r) => setTimeout(r, 300));
    const first = await get(`${base}?watermark=`, token);
    expect(first.status).toBe(200);
    expect(replyText(first.body.activities[0]!)).toContain('张敏');

    const posted = await post(base, { type: 'message', text: '今天对账情况', from: { id: 'demo-staff' } }, { authorization: `Bearer ${token}` });
    expect(posted.status).toBe(200);
    const { id } = JSON.parse(posted.text) as { id: string };
    const page = await get(`${base}?watermark=${first.body.watermark}`, token);
    expect(page.body.activities.map((a) => a.id)).toContain(id);
    const echo = page.body.activities.find((a) => a.id === id)!;
    expect(echo.text).toBe('今天对账情况');
    expect((echo.from as { id: string }).id).toBe('demo-staff');
    const reply = page.body.activities.find((a) => a.replyToId === id && a.type === 'message')!;
    expect(replyText(reply)).toContain('****1234');
    const ids = [...first.body.activities, ...page.body.activities].map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);

    const empty = await get(`${base}?watermark=${page.body.watermark}`, token);
    expect(empty.body.activities).toEqual([]);
    expect(empty.body.watermark).toBe(page.body.watermark);
  });

  it('the token decides who is speaking, not the posted "from"', async () => {
    const { conversationId, token } = await start(open, 'someone-unknown');
    const base = `${open.url}/v3/directline/conversations/${conversationId}/activities`;
    await post(base, { type: 'message', text: 'status', from: { id: 'demo-admin' } }, { authorization: `Bearer ${token}` });
    const page = await get(`${base}?watermark=`, token);
    // A customer asking for status is told the assistant looks nothing up for them, not shown the admin's view.
    expect(page.body.activities.map((a) => replyText(a)).join('\n')).toContain('I cannot look up balances, transactions or reconciliation results for you');
  });

  it('refreshes a token, and refuses a token for another conversation or a forged one', async () => {
    const a = await start(open, 'demo-staff');
    const b = await start(open, 'demo-staff');
    const refreshed = await post(`${open.url}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${a.token}` });
    expect(refreshed.status).toBe(200);
    expect(JSON.parse(refreshed.text).conversationId).toBe(a.conversationId);
    const cross = await get(`${open.url}/v3/directline/conversations/${b.conversationId}/activities`, a.token);
    expect(cross.status).toBe(403);
    const forged = await fetch(`${open.url}/v3/directline/conversations/${a.conversationId}/activities`, { headers: { authorization: `Bearer ${a.token.slice(0, -2)}xx` } });
    expect(forged.status).toBe(403);
  });

  it('answers bad requests with 4xx', async () => {
    const { conversationId, token } = await start(open, 'demo-staff');
    const base = `${open.url}/v3/directline/conversations/${conversationId}/activities`;
    expect((await post(base, '{"type":', { authorization: `Bearer ${token}` })).status).toBe(400);
    expect((await post(base, { text: 'no type' }, { authorization: `Bearer ${token}` })).status).toBe(400);
    expect((await fetch(`${base}?watermark=abc`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(400);
    const unknown = await fetch(`${open.url}/v3/directline/conversations/AAAAAAAAAAAAAAAA/activities`, { headers: { authorization: `Bearer ${token}` } });
    expect(unknown.status).toBe(403);
  });

  it("in demo mode too, a conversation id alone opens nothing: no header reads, posts to or uploads into another's conversation", async () => {
    const { conversationId, token } = await start(open, 'demo-staff');
    const base = `${open.url}/v3/directline/conversations/${conversationId}`;
    expect((await post(`${base}/activities`, { type: 'message', text: '今天对账情况' }, { authorization: `Bearer ${token}` })).status).toBe(200);
    for (const authorization of [undefined, '', 'Bearer ', 'Basic ZGVtbzpkZW1v']) {
      const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
      const read = await fetch(`${base}/activities`, { headers });
      expect(read.status, `read with ${JSON.stringify(authorization)}`).toBe(403);
      expect(await read.text()).not.toContain('今天对账情况');
      expect((await post(`${base}/activities`, { type: 'message', from: { id: 'demo-staff' }, text: '审批' }, headers)).status).toBe(403);
      const form = new FormData();
      form.append('file', new Blob(['id,date,amount,currency\n1,2026-10-01,1.00,CNY\n'], { type: 'text/csv' }), 'stmt.csv');
      const upload = await fetch(`${base}/upload?userId=demo-staff`, { method: 'POST', body: form, headers });
      expect(upload.status, `upload with ${JSON.stringify(authorization)}`).toBe(403);
    }
    // The owner still reads the conversation, and nothing was added to it.
    const mine = await get(`${base}/activities`, token);
    expect(mine.status).toBe(200);
    expect(mine.body.activities.filter((a) => (a.from as { id?: string } | undefined)?.id === 'demo-staff').map((a) => a.text)).toEqual(['今天对账情况']);
  });
});

describe('Direct Line with DIRECTLINE_SECRET', () => {
  it('refuses callers without the secret or a token', async () => {
    expect((await post(`${guarded.url}/v3/directline/tokens/generate`, { user: { id: 'x' } })).status).toBe(403);
    expect((await post(`${guarded.url}/v3/directline/tokens/generate`, {}, { authorization: 'Bearer wrong-secret-wrong-secret' })).status).toBe(403);
    expect((await post(`${guarded.url}/v3/directline/conversations`, {})).status).toBe(403);
  });

  it('works with the secret', async () => {
    const { conversationId, token } = await start(guarded, 'demo-staff', { authorization: `Bearer ${SECRET}` });
    const base = `${guarded.url}/v3/directline/conversations/${conversationId}/activities`;
    const posted = await post(base, { type: 'message', text: '帮助' }, { authorization: `Bearer ${token}` });
    expect(posted.status).toBe(200);
    expect((await fetch(base)).status).toBe(403);
  });
});
