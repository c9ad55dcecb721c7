/**
 * Retention (issue 14, item 7): idle Direct Line conversations, files sent in chat and never imported, idle conversations' dialog state
 * and old FAQ questions go after their ages; what is recent, a person's user state and the
 * reconciliation record stay. The same pass through `recon prune`.
 */
import pino from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { scheduleRetention } from '../../bot/summary/schedule.ts';
import { DEFAULT_RETENTION, pruneOldChatData } from '../../engine/service/retention.ts';
import { appendDirectLineActivity, insertDirectLineConversation } from '../../engine/store/chat/directline.ts';
import { insertFaqQuestion } from '../../engine/store/chat/faqQuestions.ts';
import { writeState } from '../../engine/store/chat/state.ts';
import { insertUpload } from '../../engine/store/chat/uploads.ts';
import type { Db } from '../../engine/store/db.ts';
import { runRecon } from '../support/cli.ts';
import { describeEngines } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';

const NOW = new Date('2026-12-02T03:00:00Z');
const daysAgo = (n: number): Date => new Date(NOW.getTime() - n * 86_400_000);

const count = async (db: Db, table: string): Promise<number> =>
  Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]!.n);

/** A Direct Line conversation with `messages` activities, all of them (and the conversation) `age` days old. */
async function conversation(db: Db, id: string, age: number, messages: number): Promise<void> {
  await insertDirectLineConversation(db, id, `user-${id}`);
  for (let i = 0; i < messages; i += 1) await appendDirectLineActivity(db, id, (seq) => ({ id: `${id}|${seq}`, type: 'message', text: `m${seq}` }));
  await db.query('UPDATE directline_conversations SET created_at = $2 WHERE id = $1', [id, daysAgo(age)]);
  await db.query('UPDATE directline_activities SET created_at = $2 WHERE conversation_id = $1', [id, daysAgo(age)]);
}

/** A file sent in chat `age` days ago and never imported. */
async function upload(db: Db, id: string, age: number): Promise<void> {
  await insertUpload(db, { id, channelId: 'directline', conversationId: 'recent', userId: 'u1', fileName: 'april.csv', contentType: 'text/csv', sha256: '0'.repeat(64), bytes: new Uint8Array([0x61, 0x0a]), at: daysAgo(age) });
}

async function state(db: Db, key: string, age: number): Promise<void> {
  await writeState(db, key, { dialogStack: [] });
  await db.query('UPDATE bot_state SET updated_at = $2 WHERE key = $1', [key, daysAgo(age)]);
}

async function question(db: Db, text: string, age: number, votes: number): Promise<void> {
  const id = await insertFaqQuestion(db, { askedAt: daysAgo(age), question: text, lang: 'zh-CN', asker: 'customer', outcome: 'unknown', entryId: null, confidence: '0.100', channelUserId: 'c1' });
  // Votes planted directly, several per question (upsertFaqFeedback takes only the asker's): pruning removes them with their question.
  for (let v = 0; v < votes; v += 1) {
    await db.query('INSERT INTO faq_feedback (question_id, channel_user_id, helpful, voted_at) VALUES ($1, $2, false, $3)', [id, `voter-${v}`, daysAgo(age)]);
  }
}

/** Old and recent data of every kind: 40-day-old and 5-day-old chats, 100- and 10-day-old states, 400- and 30-day-old questions. */
async function plant(db: Db): Promise<void> {
  await conversation(db, 'old-1', 40, 3);
  await conversation(db, 'old-2', 31, 1);
  await conversation(db, 'recent', 5, 2);
  // Started long ago but spoke yesterday: not idle.
  await conversation(db, 'revived', 60, 2);
  await appendDirectLineActivity(db, 'revived', (seq) => ({ id: `revived|${seq}`, type: 'message', text: 'again' }));
  await db.query("UPDATE directline_activities SET created_at = $1 WHERE conversation_id = 'revived' AND seq = 3", [daysAgo(1)]);
  await upload(db, 'upload-old-aaaaaaaaaa', 31);
  await upload(db, 'upload-new-aaaaaaaaaa', 2);
  await state(db, 'webchat/conversations/old-1', 100);
  await state(db, 'webchat/conversations/recent', 10);
  await state(db, 'webchat/users/u-old', 400);
  await question(db, '对帐单在哪下载', 400, 2);
  await question(db, '余额调节表怎么看', 30, 1);
}

describeEngines('retention of chat data on %s', (engine) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(engine);
    await plant(t.db);
  });
  afterEach(async () => t.drop());

  it('prunes what is older than the defaults (30 / 90 / 365 days) and keeps the rest', async () => {
    const counts = await pruneOldChatData(t.db, NOW, DEFAULT_RETENTION);
    expect(counts).toEqual({ directLineConversations: 2, directLineActivities: 4, chatUploads: 1, botStates: 1, faqQuestions: 1, faqFeedback: 2 });
    const left = await t.db.query<{ id: string }>('SELECT id FROM directline_conversations ORDER BY id');
    expect(left.rows.map((r) => r.id)).toEqual(['recent', 'revived']);
    expect(await count(t.db, 'directline_activities')).toBe(5);
    expect(await count(t.db, 'chat_uploads')).toBe(1);
    const keys = await t.db.query<{ key: string }>('SELECT key FROM bot_state ORDER BY key');
    // The person's user state is not a conversation's: it stays however old.
    expect(keys.rows.map((r) => r.key)).toEqual(['webchat/conversations/recent', 'webchat/users/u-old']);
    expect(await count(t.db, 'faq_questions')).toBe(1);
    expect(await count(t.db, 'faq_feedback')).toBe(1);
    // A second pass finds nothing more.
    expect(await pruneOldChatData(t.db, NOW, DEFAULT_RETENTION)).toEqual({ directLineConversations: 0, directLineActivities: 0, chatUploads: 0, botStates: 0, faqQuestions: 0, faqFeedback: 0 });
  });

  it('a dry run counts the same and deletes nothing; an age of 0 keeps that kind for ever', async () => {
    const dry = await pruneOldChatData(t.db, NOW, DEFAULT_RETENTION, true);
    expect(dry).toEqual({ directLineConversations: 2, directLineActivities: 4, chatUploads: 1, botStates: 1, faqQuestions: 1, faqFeedback: 2 });
    expect(await count(t.db, 'directline_conversations')).toBe(4);
    const keepChats = await pruneOldChatData(t.db, NOW, { directLineDays: 0, botStateDays: 0, faqDays: 20 });
    expect(keepChats).toEqual({ directLineConversations: 0, directLineActivities: 0, chatUploads: 0, botStates: 0, faqQuestions: 2, faqFeedback: 3 });
    expect(await count(t.db, 'directline_conversations')).toBe(4);
    expect(await count(t.db, 'bot_state')).toBe(3);
  });

  it('recon prune: the same pass from the command line, in both languages, with its own ages', async () => {
    const dry = await runRecon(['prune', '--dry-run'], { db: t.db, now: NOW });
    expect(dry.stdout).toBe('将清理（未删除）：Direct Line 会话 2 个（消息 4 条），聊天中发来未导入的文件 1 个，对话状态 1 条，FAQ 提问 1 条（评价 2 条）。\n');
    const bad = await runRecon(['prune', '--faq-days', '-3'], { db: t.db, now: NOW });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--faq-days');
    expect(await count(t.db, 'faq_questions')).toBe(2);
    const done = await runRecon(['prune', '--faq-days', '20', '--lang', 'en'], { db: t.db, now: NOW });
    expect(done.stdout).toBe('Deleted: 2 Direct Line conversations (4 messages), 1 files sent in chat and not imported, 1 dialog states, 2 FAQ questions (3 votes).\n');
    const json = await runRecon(['prune', '--json'], { db: t.db, now: NOW });
    expect(JSON.parse(json.stdout)).toMatchObject({ dryRun: false, directLineConversations: 0, faqQuestions: 0 });
  });

  it("the bot's schedule runs the pass (here every second) with the configured ages", async () => {
    const task = scheduleRetention('* * * * * *', 'Asia/Shanghai', t.db, DEFAULT_RETENTION, () => NOW, pino({ level: 'silent' }));
    try {
      const deadline = Date.now() + 10_000;
      while ((await count(t.db, 'directline_conversations')) === 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    } finally {
      await task.stop();
    }
    expect(await count(t.db, 'directline_conversations')).toBe(2);
    expect(await count(t.db, 'faq_questions')).toBe(1);
  });

  if (engine === 'pg') {
    it('two instances at once: the one that finds the lock taken does nothing and says so', async () => {
      await t.db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(72455030)');
        expect(await pruneOldChatData(t.db, NOW, DEFAULT_RETENTION)).toBeNull();
        const busy = await runRecon(['prune'], { db: t.db, now: NOW });
        expect(busy.code).toBe(75);
        expect(busy.stderr).toContain('另一个实例正在清理');
      });
      expect(await count(t.db, 'directline_conversations')).toBe(4);
    });
  }
});
