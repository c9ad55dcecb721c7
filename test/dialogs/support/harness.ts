/**
 * The guided dialogs under botbuilder-testing's DialogTestClient, over a real store (in-memory
 * PGlite with the demo data, or PostgreSQL) and the bot's real ports. Proactive sends are kept
 * by a recording NotifyPort (the real proactive path is exercised over HTTP in test/bot/).
 */
import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { ConversationState } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { seedDemoIfEmpty } from '../../bot/support/demo.ts';
import { auditPort } from '../../../bot/ports/audit.ts';
import { casePort } from '../../../bot/ports/cases.ts';
import { directoryPort } from '../../../bot/ports/directory.ts';
import { noFaq } from '../../support/noFaq.ts';
import { statusPort } from '../../../bot/ports/status.ts';
import { subscriptionPort } from '../../../bot/ports/subscriptions.ts';
import { PgStorage } from '../../../bot/state/pgStorage.ts';
import type { Lang } from '../../../engine/i18n/index.ts';
import { Decimal } from '../../../engine/money.ts';
import type { Statement } from '../../../engine/model.ts';
import { addAccount, updateAccountSettings } from '../../../engine/service/accounts.ts';
import { importStatements } from '../../../engine/service/import.ts';
import { runReconciliation } from '../../../engine/service/run.ts';
import { addUser } from '../../../engine/service/users.ts';
import type { Db } from '../../../engine/store/db.ts';
import type { NotifyPort, GuidedPorts } from '../../../dialogs/ports.ts';
import { MainDialog } from '../../../dialogs/mainDialog.ts';
import { guidedRoutes } from '../../../dialogs/routes.ts';
import { openTestDb, type TestDb } from '../../bot/support/db.ts';

export const START = new Date('2026-11-26T10:30:00.000Z');
export const MATCH_ACCOUNT = '6222020200047777';

export interface Sent {
  to: string;
  activity: Partial<Activity>;
}

export interface Harness {
  db: Db;
  clock: { now: Date };
  sent: Sent[];
  ports: GuidedPorts;
  chat(user: string, channelId?: string): Chat;
  close(): Promise<void>;
}

type Line = [id: string, date: string, amount: string, reference: string, counterparty: string, description: string];

function statement(account: string, file: string, lines: readonly Line[]): Statement {
  return {
    account, currency: 'CNY', opening: null, closing: null, openingDate: '2026-10-01', closingDate: '2026-10-31', addsUp: null, file,
    transactions: lines.map(([id, date, amount, reference, counterparty, description], i) => ({
      id, date, valueDate: null, amount: new Decimal(amount), currency: 'CNY', reference, bankReference: '', counterparty, description, balance: null, line: i + 2,
    })),
  };
}

/**
 * An account whose cheque the bank paid ten days after the books (outside the 3-day window), so
 * each side has a one-sided difference and the other is its candidate. The ledger lines were
 * posted by the approver (segregation of duties).
 */
async function seedMatchAccount(db: Db, at: Date): Promise<void> {
  await addUser(db, { channelUserId: 'staff-2', name: '赵磊', role: 'staff' }, 'system', at);
  await addUser(db, { channelUserId: 'approver-2', name: '陈静', role: 'approver' }, 'system', at);
  await addAccount(db, { number: MATCH_ACCOUNT, name: '金陵装饰工程有限公司 基本户', currency: 'CNY', cycle: 'monthly' }, 'system', at);
  const sides = {
    bank: [['B701', '2026-10-30', '-8000.00', 'CHK0457', '南京建安装饰', '支票兑付']] as Line[],
    ledger: [['L701', '2026-10-20', '-8000.00', 'CHK-0457', '南京建安装饰', '开出支票'], ['L702', '2026-10-05', '300.00', 'INV-9', '扬州物资', '收货款']] as Line[],
  };
  for (const side of ['bank', 'ledger'] as const) {
    const fileName = `match-${side}.csv`;
    await importStatements(db, {
      account: MATCH_ACCOUNT, side, fileName, sha256: createHash('sha256').update(fileName).digest('hex'),
      statements: [statement(MATCH_ACCOUNT, fileName, sides[side])], actor: 'system', at, ...(side === 'ledger' ? { postedBy: 'demo-approver' } : {}),
    });
  }
  await runReconciliation(db, { account: MATCH_ACCOUNT, period: '2026-10', actor: 'system', at });
  // Account 1234 may write off up to 10.00 (its 5.00 fee mismatch, not its 25.00 fee).
  await updateAccountSettings(db, '6222020200011234', { writeOffLimit: '10.00' }, 'system', at);
}

export async function openHarness(engine: 'pglite' | 'pg' = 'pglite', options: { ttlMs?: number } = {}): Promise<Harness> {
  const testDb: TestDb = await openTestDb(engine);
  const db = testDb.db;
  const clock = { now: START };
  const now = (): Date => clock.now;
  await seedDemoIfEmpty(db, now);
  await seedMatchAccount(db, now());
  const sent: Sent[] = [];
  const langs: Record<string, Lang> = {};
  const notify: NotifyPort = {
    async person(to, build) {
      sent.push({ to, activity: build(langs[to] ?? 'zh-CN', true) });
      return true;
    },
    async approvers({ exclude }, build) {
      const res = await db.query<{ channel_user_id: string }>(
        `SELECT i.external_id AS channel_user_id FROM person_identities i JOIN people p ON p.id = i.person_id
         WHERE p.role IN ('approver', 'admin') AND i.external_id <> $1
           AND p.id IS DISTINCT FROM (SELECT person_id FROM person_identities WHERE external_id = $1) ORDER BY i.external_id`, [exclude]);
      for (const r of res.rows) sent.push({ to: r.channel_user_id, activity: build(langs[r.channel_user_id] ?? 'zh-CN', true) });
      return res.rows.length;
    },
  };
  const directory = directoryPort(db);
  const ports: GuidedPorts = { directory, audit: auditPort(db, now), cases: casePort(db, now), notify, now, timeZone: 'Asia/Shanghai', ...(options.ttlMs ? { ttlMs: options.ttlMs } : {}) };
  const main = new MainDialog(
    {
      directory, status: statusPort(db, now, 'Asia/Shanghai'), subscriptions: subscriptionPort(db), audit: ports.audit,
      summary: { sendNow: () => Promise.reject(new Error('not in these tests')) }, faq: noFaq, now,
    },
    { summaryTime: '18:30', routes: guidedRoutes(ports) },
  );
  const state = new ConversationState(new PgStorage(db));
  return {
    db, clock, sent, ports,
    chat: (user, channelId = 'test') => new Chat(new DialogTestClient(channelId, main, undefined, [], state), user),
    close: () => testDb.drop(),
  };
}

export interface Button {
  title: string;
  data: Record<string, unknown>;
}

let conversations = 0;

/** One person in one conversation: says things, presses buttons, reads replies. */
export class Chat {
  /** Replies of the last turn. */
  replies: Partial<Activity>[] = [];

  /** Every Chat is its own conversation (the clients share one conversation state store). */
  readonly conversation = `conv-${++conversations}`;

  constructor(private readonly client: DialogTestClient, readonly user: string) {}

  private async send(activity: Partial<Activity>): Promise<string> {
    const first = await this.client.sendActivity({ type: 'message', from: { id: this.user, name: this.user }, conversation: { id: this.conversation, isGroup: false, conversationType: 'personal', name: '' }, locale: 'zh-CN', ...activity });
    this.replies = [];
    if (first) this.replies.push(first);
    for (let next = this.client.getNextReply(); next; next = this.client.getNextReply()) this.replies.push(next);
    this.lastCard = [...this.replies].reverse().map(cardOf).find((c) => c !== null) ?? this.lastCard;
    return this.text();
  }

  /** Types a message; returns all replies as text. */
  say(text: string, locale = 'zh-CN'): Promise<string> {
    return this.send({ text, locale });
  }

  /** Sends a card submit (a message with value and no text). */
  submit(value: unknown): Promise<string> {
    return this.send({ value });
  }

  /** Presses the button of the last card whose title contains `title` (with a text field value). */
  press(title: string, text?: string): Promise<string> {
    const b = this.buttons().find((x) => x.title.includes(title));
    if (!b) throw new Error(`no button "${title}" in: ${this.buttons().map((x) => x.title).join(' | ')}`);
    return this.submit(text === undefined ? b.data : { ...b.data, text });
  }

  /** The last card this conversation showed (it stays on screen after text replies). */
  private lastCard: Record<string, unknown> | null = null;

  /** Buttons of the last card shown: rows of a list (their selectAction) first, then its actions. */
  buttons(): Button[] {
    const body = (this.lastCard?.body ?? []) as Array<{ selectAction?: { title: string; data: Record<string, unknown> } }>;
    const rows = body.flatMap((b) => (b.selectAction ? [b.selectAction] : []));
    const actions = (this.lastCard?.actions ?? []) as Array<{ title: string; data: Record<string, unknown> }>;
    return [...rows, ...actions].map((a) => ({ title: a.title, data: a.data }));
  }

  text(): string {
    return this.replies.map(textOf).join('\n---\n');
  }

  get status(): string {
    return this.client.dialogTurnResult?.status ?? '';
  }
}

export function cardOf(a: Partial<Activity>): Record<string, unknown> | null {
  const att = a.attachments?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive');
  return att ? (att.content as Record<string, unknown>) : null;
}

export function textOf(a: Partial<Activity>): string {
  if (typeof a.text === 'string' && a.text !== '') return a.text;
  const card = cardOf(a);
  return typeof card?.fallbackText === 'string' ? card.fallbackText : '';
}
