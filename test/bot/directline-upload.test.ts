/**
 * Direct Line's upload endpoint as Web Chat's client calls it when the paperclip is used:
 * POST /v3/directline/conversations/{id}/upload?userId=… with a multipart body (an `activity`
 * part and one part per file), the conversation's token as for any other call. The echo keeps the
 * typed text and names the file; the bot reads the file from the store and answers.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../engine/service/accounts.ts';
import { fileNameOf } from '../../dialogs/upload/attachments.ts';
import { NOW, post, replyText, startBot, type RunningBot } from './support/app.ts';

const CCB = 'reconstructed_ccb_corporate.csv';
const ccb = readFileSync(new URL(`../fixtures/bank-csv/${CCB}`, import.meta.url));

const SECRET = 'a-shared-secret-for-the-branch';
let bot: RunningBot;
let small: RunningBot;
let guarded: RunningBot;

beforeAll(async () => {
  bot = await startBot();
  await addAccount(bot.db, { number: '53001905038050548106', name: '建行 基本户', currency: 'CNY', cycle: 'monthly', staff: 'demo-staff' }, 'system', NOW);
  // A second instance on the same database that takes files of at most 1 KiB.
  small = await startBot({ db: bot.db, seed: false, env: { UPLOAD_MAX_BYTES: '1024' } });
  // And one that needs the Direct Line secret or a token for every call.
  guarded = await startBot({ db: bot.db, seed: false, env: { DIRECTLINE_SECRET: SECRET } });
}, 240_000);
afterAll(async () => {
  await guarded.close();
  await small.close();
  await bot.close();
});

async function start(on: RunningBot, user: string): Promise<{ conversationId: string; token: string }> {
  const gen = await post(`${on.url}/v3/directline/tokens/generate`, { user: { id: user } });
  const { token } = JSON.parse(gen.text) as { token: string };
  const started = await post(`${on.url}/v3/directline/conversations`, {}, { authorization: `Bearer ${token}` });
  return JSON.parse(started.text) as { conversationId: string; token: string };
}

/** Web Chat's request: the activity as a Blob part, then each file with its name. */
function form(activity: Record<string, unknown> | null, files: Array<{ name: string; bytes: Uint8Array; type?: string }>): FormData {
  const fd = new FormData();
  if (activity) fd.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
  for (const f of files) fd.append('file', new Blob([f.bytes], { type: f.type ?? 'text/csv' }), f.name);
  return fd;
}

async function upload(on: RunningBot, conv: { conversationId: string; token: string }, body: FormData | string, user = 'demo-staff'): Promise<{ status: number; text: string }> {
  const res = await fetch(`${on.url}/v3/directline/conversations/${conv.conversationId}/upload?userId=${user}`, {
    method: 'POST', headers: { authorization: `Bearer ${conv.token}`, ...(typeof body === 'string' ? { 'content-type': 'application/json' } : {}) }, body,
  });
  return { status: res.status, text: await res.text() };
}

async function activities(on: RunningBot, conv: { conversationId: string; token: string }): Promise<Array<Record<string, unknown>>> {
  const res = await fetch(`${on.url}/v3/directline/conversations/${conv.conversationId}/activities`, { headers: { authorization: `Bearer ${conv.token}` } });
  return ((await res.json()) as { activities: Array<Record<string, unknown>> }).activities;
}

const unescaped = (s: string): string => s.replace(/\\([\\`*_[\]<>~])/g, '$1');

describe('Direct Line upload', () => {
  it('names a file as people will read it: no path, no control or direction-override characters, the extension kept when cut', () => {
    expect(fileNameOf('../../../../etc/passwd')).toBe('passwd');
    expect(fileNameOf('C:\\Users\\张敏\\四月.csv')).toBe('四月.csv');
    expect(fileNameOf('bank\u001b[31m\u0007.csv')).toBe('bank[31m.csv');
    expect(fileNameOf('invoice\u202Evsc.exe')).toBe('invoicevsc.exe');
    const long = fileNameOf(`${'对账'.repeat(150)}.csv`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('.csv')).toBe(true);
    expect(fileNameOf('\u0000\u0001')).toBe('upload');
  });

  it('takes a file with the typed text: the echo keeps both, the bot shows what the file holds', async () => {
    const conv = await start(bot, 'demo-staff');
    const res = await upload(bot, conv, form({ type: 'message', text: '四月的银行对账单', from: { id: 'demo-staff' }, attachments: [{ contentType: 'text/csv', name: CCB }] }, [{ name: CCB, bytes: ccb }]));
    expect(res.status).toBe(200);
    const { id } = JSON.parse(res.text) as { id: string };
    const all = await activities(bot, conv);
    const echo = all.find((a) => a.id === id)!;
    expect(echo.text).toBe('四月的银行对账单');
    // The echo names the file; nothing in it leads back to the stored bytes.
    expect(echo.attachments).toEqual([{ contentType: 'text/csv', name: CCB }]);
    const replies = unescaped(all.filter((a) => a.replyToId === id).map(replyText).join('\n'));
    expect(replies).toContain(`收到文件 ${CCB}（CSV）`);
    expect(replies).toContain('账号 ****8106 · CNY · 2026-04-10 至 2026-04-11 · 3 笔');
    expect(replies).toContain('您随文件写的：“四月的银行对账单”');
    expect(replies).toContain('导入到：账户 ****8106 的银行对账单');
    const stored = await bot.db.query<{ file_name: string; user_id: string; size: number }>('SELECT file_name, user_id, size FROM chat_uploads WHERE conversation_id = $1', [conv.conversationId]);
    expect(stored.rows).toEqual([{ file_name: CCB, user_id: 'demo-staff', size: ccb.length }]);
  });

  it('answers in English on an English page', async () => {
    const conv = await start(bot, 'demo-staff');
    const res = await upload(bot, conv, form({ type: 'message', text: 'April bank statement', locale: 'en-US' }, [{ name: CCB, bytes: ccb }]));
    const { id } = JSON.parse(res.text) as { id: string };
    const replies = unescaped((await activities(bot, conv)).filter((a) => a.replyToId === id).map(replyText).join('\n'));
    expect(replies).toContain(`Received ${CCB} (CSV)`);
    expect(replies).toContain('Account ****8106 · CNY · 2026-04-10 to 2026-04-11 · 3 lines');
    expect(replies).toContain('Opening 448,549.42 CNY, closing 418,561.59 CNY: opening plus entries equals closing, the balances add up');
    expect(replies).toContain('Import into: account ****8106, bank statement');
  });

  it("a customer's file is refused politely and never stored; the text sent with it is answered", async () => {
    const conv = await start(bot, 'customer-7');
    const res = await upload(bot, conv, form({ type: 'message', text: '怎么进行电子对账' }, [{ name: CCB, bytes: ccb }]), 'customer-7');
    expect(res.status).toBe(200);
    const { id } = JSON.parse(res.text) as { id: string };
    const all = await activities(bot, conv);
    expect(all.find((a) => a.id === id)!.text).toBe('怎么进行电子对账');
    const replies = all.filter((a) => a.replyToId === id).map(replyText);
    expect(replies[0]).toContain('导入对账单文件仅向本行工作人员开放');
    expect(replies.length).toBe(2);
    expect((await bot.db.query('SELECT 1 FROM chat_uploads WHERE conversation_id = $1', [conv.conversationId])).rows).toEqual([]);
  });

  it('refuses what the other Direct Line calls refuse, and bodies that are not uploads', async () => {
    const mine = await start(bot, 'demo-staff');
    const other = await start(bot, 'demo-staff');
    expect((await upload(bot, { conversationId: other.conversationId, token: mine.token }, form({ type: 'message' }, [{ name: CCB, bytes: ccb }]))).status).toBe(403);
    const noToken = await fetch(`${bot.url}/v3/directline/conversations/${mine.conversationId}/upload?userId=demo-staff`, { method: 'POST', body: form({ type: 'message' }, [{ name: CCB, bytes: ccb }]) });
    // Even in demo mode a conversation is used only with its token: its id alone uploads nothing.
    expect(noToken.status).toBe(403);
    expect((await upload(bot, mine, form({ type: 'message', text: 'no file' }, []))).status).toBe(400);
    expect((await upload(bot, mine, '{"type":"message"}')).status).toBe(415);
    expect((await upload(bot, mine, form({ type: 'typing' }, [{ name: CCB, bytes: ccb }]))).status).toBe(400);
    // With DIRECTLINE_SECRET: no token, no upload, and nothing kept.
    const kept = (await bot.db.query('SELECT id FROM chat_uploads')).rows.length;
    const gen = await post(`${guarded.url}/v3/directline/tokens/generate`, { user: { id: 'demo-staff' } }, { authorization: `Bearer ${SECRET}` });
    const { conversationId } = JSON.parse(gen.text) as { conversationId: string };
    const anonymous = await fetch(`${guarded.url}/v3/directline/conversations/${conversationId}/upload?userId=demo-staff`, { method: 'POST', body: form({ type: 'message' }, [{ name: CCB, bytes: ccb }]) });
    expect(anonymous.status).toBe(403);
    expect((await bot.db.query('SELECT id FROM chat_uploads')).rows.length).toBe(kept);
  });

  it('a file over UPLOAD_MAX_BYTES is not kept: the person is told its size, the text still arrives; a body far over is 413', async () => {
    const conv = await start(small, 'demo-staff');
    const padded = Buffer.concat([ccb, Buffer.alloc(1100, 0x0a)]);
    const res = await upload(small, conv, form({ type: 'message', text: '这是四月的' }, [{ name: CCB, bytes: padded }]));
    expect(res.status).toBe(200);
    const { id } = JSON.parse(res.text) as { id: string };
    const all = await activities(small, conv);
    expect(all.find((a) => a.id === id)!.text).toBe('这是四月的');
    const replies = unescaped(all.filter((a) => a.replyToId === id).map(replyText).join('\n'));
    expect(replies).toContain(`${CCB} 太大（${padded.length} 字节），聊天中每个文件最多 1024 字节`);
    expect((await small.db.query('SELECT 1 FROM chat_uploads WHERE conversation_id = $1', [conv.conversationId])).rows).toEqual([]);
    const huge = await upload(small, conv, form({ type: 'message' }, [{ name: 'big.csv', bytes: new Uint8Array(400 * 1024) }]));
    expect(huge.status).toBe(413);
  });
});
