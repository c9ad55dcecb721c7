/**
 * The Web Chat script over real HTTP: compressed once (brotli, gzip) with Content-Encoding, Vary,
 * a strong ETag per encoding and Cache-Control; the decompressed bytes are the bundle's; a
 * revalidation gets 304; the page keeps its security headers. And the typing indicator: a Direct
 * Line turn slower than half a second shows "typing" before its answer.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../bot/webchat/bundle.ts';
import { post, startBot, type RunningBot } from './support/app.ts';

const require = createRequire(import.meta.url);
const main = require.resolve('botframework-webchat');
const original = readFileSync(join(main.slice(0, main.lastIndexOf('botframework-webchat') + 'botframework-webchat'.length), 'dist', 'webchat.js'));

/** A GET whose body is kept as sent (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject).end();
  });
}

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
}, 240_000);
afterAll(async () => {
  await bot.close();
});

describe('the Web Chat script, compressed', () => {
  it('reads Accept-Encoding: q=0 refuses, * allows, the plain bytes always remain', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('gzip;q=1.0, br;q=0')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings(undefined)).toEqual(['identity']);
  });

  it('the page keeps its security headers and starts the compression', async () => {
    const page = await fetch(`${bot.url}/?user=demo-staff`);
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('gzip: the bytes decompress to the bundle; cached a day, revalidated by ETag with a 304', async () => {
    const url = `${bot.url}/webchat/webchat.js`;
    const res = await rawGet(url, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(res.body.length).toBeLessThan(original.length / 3);
    expect(gunzipSync(res.body).equals(original)).toBe(true);
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/^"[\w-]{22}-gzip"$/);
    const again = await rawGet(url, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
  });

  it('brotli once it is ready (seconds after the first page): smaller still, the same bytes inside', async () => {
    const url = `${bot.url}/webchat/webchat.js`;
    const deadline = Date.now() + 30_000;
    let res = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    while (res.headers['content-encoding'] !== 'br' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      res = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    }
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBeLessThan(original.length / 4);
    expect(brotliDecompressSync(res.body).equals(original)).toBe(true);
    expect(String(res.headers.etag)).toMatch(/-br"$/);
  }, 40_000);

  it('a client that takes no encoding gets the plain bytes, with their own ETag', async () => {
    const res = await rawGet(`${bot.url}/webchat/webchat.js`, {});
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(original)).toBe(true);
    expect(String(res.headers.etag)).toMatch(/^"[\w-]{22}"$/);
    expect(res.headers.vary).toBe('Accept-Encoding');
  });
});

describe('typing indicator', () => {
  it('a Direct Line turn slower than 500 ms shows typing before its answer; a quick one does not', async () => {
    const gen = JSON.parse((await post(`${bot.url}/v3/directline/tokens/generate`, { user: { id: 'demo-staff' } })).text) as { token: string; conversationId: string };
    await post(`${bot.url}/v3/directline/conversations`, {}, { authorization: `Bearer ${gen.token}` });
    const turn = (id: string, waitMs: number) =>
      bot.app.directLine.processActivity(
        { type: 'message', id, text: 'x', channelId: 'directline', serviceUrl: 'urn:recon:directline-local', conversation: { id: gen.conversationId, isGroup: false, conversationType: 'personal', name: '' }, from: { id: 'demo-staff', name: '' }, recipient: { id: 'recon-bot', name: '' } },
        async (context) => {
          await new Promise((r) => setTimeout(r, waitMs));
          await context.sendActivity(`done ${id}`);
        },
      );
    await turn('slow', 900);
    await turn('quick', 0);
    const page = (await (await fetch(`${bot.url}/v3/directline/conversations/${gen.conversationId}/activities`, { headers: { authorization: `Bearer ${gen.token}` } })).json()) as { activities: Array<{ type: string; text?: string; replyToId?: string }> };
    const mine = page.activities.filter((a) => a.replyToId === 'slow' || a.replyToId === 'quick').map((a) => `${a.type}:${a.replyToId}${a.text ? ':' + a.text : ''}`);
    expect(mine).toEqual(['typing:slow', 'message:slow:done slow', 'message:quick:done quick']);
  }, 30_000);
});
