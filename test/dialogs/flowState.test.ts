/**
 * The guided dialogs' machinery at its edges: a state read back from PostgreSQL that does not
 * parse starts the dialog again politely (no crash), and write-off amounts are shown in the
 * currency's own minor units (KWD three decimals, JPY none), not always two.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStorage } from '../../bot/state/pgStorage.ts';
import { Decimal } from '../../engine/money.ts';
import type { Statement } from '../../engine/model.ts';
import { addAccount, updateAccountSettings } from '../../engine/service/accounts.ts';
import { importStatements } from '../../engine/service/import.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import { walk } from './steps.ts';
import { openHarness, type Chat, type Harness } from './support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await seedOneSided(h, '6222020200093125', 'KWD', '-3.125', '10');
  await seedOneSided(h, '6222020200091500', 'JPY', '-1500', '2000');
}, 120_000);
afterAll(async () => {
  await h.close();
});

/** An account in `currency` whose bank statement has one debit the books do not: one difference. */
async function seedOneSided(harness: Harness, account: string, currency: string, amount: string, writeOffLimit: string): Promise<void> {
  const at = harness.clock.now;
  // No journal lines: the book side is the opening the administrator set.
  await addAccount(harness.db, { number: account, name: `${currency} 账户`, currency, cycle: 'monthly', bookOpening: '0', bookOpeningAsOf: '2026-10-01' }, 'system', at);
  const fileName = `${currency}-bank.csv`;
  const statement: Statement = {
    account, currency, opening: null, closing: null, openingDate: '2026-10-01', closingDate: '2026-10-31', addsUp: null, file: fileName,
    transactions: [{
      id: `${currency}1`, date: '2026-10-12', valueDate: null, amount: new Decimal(amount), currency, reference: `${currency}-FEE`,
      bankReference: '', counterparty: '', description: '手续费', balance: null, line: 2,
    }],
  };
  await importStatements(harness.db, {
    account, side: 'bank', fileName, sha256: createHash('sha256').update(fileName).digest('hex'), statements: [statement], actor: 'system', at,
  });
  await runReconciliation(harness.db, { account, period: '2026-10', actor: 'system', at });
  await updateAccountSettings(harness.db, account, { writeOffLimit }, 'system', at);
}

/** Rewrites the saved state of the running guided dialog `id` in the chat's conversation. */
async function damageFlowState(chat: Chat, id: string, damage: (state: Record<string, unknown>) => void): Promise<void> {
  const storage = new PgStorage(h.db);
  const key = `test/conversations/${chat.conversation}/`;
  const doc = (await storage.read([key]))[key];
  let found = false;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const x of node) visit(x);
    else if (typeof node === 'object' && node !== null) {
      const o = node as Record<string, unknown>;
      if (o.id === id && typeof o.state === 'object' && o.state !== null) {
        damage(o.state as Record<string, unknown>);
        found = true;
      }
      for (const v of Object.values(o)) visit(v);
    }
  };
  visit(doc);
  expect(found, `a running ${id} dialog in ${key}`).toBe(true);
  await storage.write({ [key]: { ...doc, eTag: '*' } });
}

describe('a saved dialog state that does not parse', () => {
  it('starts the dialog again from its first step, with a word, instead of failing the turn', async () => {
    const chat = h.chat('demo-staff');
    await walk(chat, [{ say: '处理差异', see: '待处理差异（第 1–5 笔，共' }]);
    await damageFlowState(chat, 'resolve', (s) => {
      s.data = { offset: 'five' };
    });
    const reply = await chat.say('第一个');
    expect(reply).toContain('上次操作的进度无法读取');
    expect(reply).toContain('待处理差异（第 1–5 笔，共');
    // The restarted dialog goes on as usual.
    await walk(chat, [{ say: '第一个', see: /差异 #\d+/ }, { say: '取消', see: '已取消' }]);
  });

  it('keeps the saved language when only the rest is damaged', async () => {
    const chat = h.chat('demo-staff');
    await chat.say('resolve differences', 'en');
    await damageFlowState(chat, 'resolve', (s) => {
      s.lastAt = 'yesterday';
      delete s.token;
    });
    const reply = await chat.say('1', 'en');
    expect(reply).toContain('could not be read');
    expect(reply).toContain('Differences to resolve (1–5 of');
  });
});

describe('write-off amounts in the currency of the difference', () => {
  it('KWD: three decimals in the prompt and the mismatch, and the exact amount is accepted', async () => {
    await walk(h.chat('demo-staff'), [
      { say: '处理差异 3125', see: '待处理差异（第 1–1 笔，共 1 笔）' },
      { say: '第一个', see: '-3.125 KWD' },
      { say: '核销', see: '请输入核销金额（须等于差异金额 3.125）' },
      { say: '3.12', see: '核销金额 3.120 与差异金额 3.125 不一致' },
      { say: '3.125', see: '请输入核销原因' },
      { say: '取消', see: '已取消' },
    ]);
  });

  it('JPY: no decimals', async () => {
    await walk(h.chat('demo-staff'), [
      { say: '处理差异 1500', see: '待处理差异（第 1–1 笔，共 1 笔）' },
      { say: '第一个', see: '-1,500 JPY' },
      { say: '核销', see: '请输入核销金额（须等于差异金额 1500）' },
      { say: 'abc', see: '请输入数字，例如 1500。' },
      { say: '1500', see: '请输入核销原因' },
    ]);
  });
});
