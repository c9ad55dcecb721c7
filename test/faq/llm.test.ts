/** The optional LLM: rewrites from retrieved entries only, cites them, falls back on any failure. */
import { FakeListChatModel } from '@langchain/core/utils/testing';
import type { BaseMessage } from '@langchain/core/messages';
import { ChatOllama } from '@langchain/ollama';
import { AzureChatOpenAI, ChatOpenAI } from '@langchain/openai';
import { describe, expect, it } from 'vitest';
import { createFaq } from '../../dialogs/faq/answer.ts';
import { createChatModel } from '../../dialogs/faq/llm.ts';
import { loadKnowledgeBase } from '../../dialogs/faq/load.ts';
import { FaqRetriever } from '../../dialogs/faq/retriever.ts';
import { rewriteWithLlm } from '../../dialogs/faq/rewrite.ts';
import { FaqSearch } from '../../dialogs/faq/search.ts';

const kb = loadKnowledgeBase();

/** LangChain's fake list model, remembering what it was sent. */
class RecordingFake extends FakeListChatModel {
  seen: BaseMessage[][] = [];
  override async _generate(messages: BaseMessage[], options?: this['ParsedCallOptions']) {
    this.seen.push(messages);
    return super._generate(messages, options);
  }
}

const Q = '我的账号6222 0212 3456 7890 对账结果对不上怎么办';
const llm = { provider: 'openai' as const, model: 'unused', timeoutMs: 200 };

describe('LLM rewrite', () => {
  it('rewrites from the retrieved entries, cites them, and never sees the account number', async () => {
    const model = new RecordingFake({ responses: ['先逐笔核对时间差 [customer-report-mismatch]，调节后仍有差额再选不符 [customer-report-mismatch]。'], sleep: 0 });
    // A generous timeout: the first LangChain call in a process loads its callback machinery.
    const faq = await createFaq({ llm: { ...llm, timeoutMs: 20_000 } }, { kb, model });
    const r = await faq.answer(Q, { lang: 'zh-CN', asker: 'customer' });
    expect(r.rewritten).toBe(true);
    expect(r.answer).toBe('先逐笔核对时间差 [1]，调节后仍有差额再选不符 [1]。');
    expect(r.sources).toEqual([{ id: 'customer-report-mismatch', title: '对账结果和我的账对不上怎么办？' }]);
    const sent = model.seen.flat().map((m) => String(m.content)).join('\n');
    expect(sent).not.toMatch(/6222|7890/);
    expect(sent).toContain('[customer-report-mismatch]');
    expect(sent).toMatch(/ONLY from the knowledge-base entries/);
  });

  it('falls back to the retrieval answer when the model is too slow', async () => {
    const slow = new FakeListChatModel({ responses: ['late [customer-report-mismatch]'], sleep: 2000 });
    const faq = await createFaq({ llm: { ...llm, timeoutMs: 50 } }, { kb, model: slow });
    const started = Date.now();
    const r = await faq.answer('对账结果和我的账对不上怎么办', { lang: 'zh-CN', asker: 'customer' });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(r.rewritten).toBe(false);
    expect(r.answer).toBe(kb.byId.get('customer-report-mismatch')?.zh.answer);
    expect(r.sources).toEqual([{ id: 'customer-report-mismatch', title: '对账结果和我的账对不上怎么办？' }]);
  });

  it.each([
    ['no citation', '随便说点什么。'],
    ['a citation of an entry it was not given', '先核对时间差 [customer-report-mismatch]，再看 MT940 金额 [mt940-amounts-zero]。'],
    ['a refusal', 'NO_ANSWER'],
    ['an empty reply', '   '],
  ])('falls back on %s', async (_label, response) => {
    const faq = await createFaq({ llm }, { kb, model: new FakeListChatModel({ responses: [response], sleep: 0 }) });
    const r = await faq.answer('对账结果和我的账对不上怎么办', { lang: 'zh-CN', asker: 'customer' });
    expect(r.rewritten).toBe(false);
    expect(r.answer).toBe(kb.byId.get('customer-report-mismatch')?.zh.answer);
  });

  it('falls back when the model throws', async () => {
    class Unreachable extends FakeListChatModel {
      override async _generate(): Promise<never> {
        throw new Error('connect ECONNREFUSED 127.0.0.1:11434');
      }
    }
    const broken = new Unreachable({ responses: ['x'], sleep: 0 });
    const faq = await createFaq({ llm }, { kb, model: broken });
    expect((await faq.answer('对账结果和我的账对不上怎么办', { lang: 'zh-CN', asker: 'customer' })).rewritten).toBe(false);
  });

  it('is not asked when the FAQ declines', async () => {
    const model = new RecordingFake({ responses: ['天气晴 [what-is-e-recon]'], sleep: 0 });
    const faq = await createFaq({ llm }, { kb, model });
    const r = await faq.answer('今天上海天气怎么样', { lang: 'zh-CN', asker: 'customer' });
    expect(r.kind).toBe('unknown');
    expect(model.seen).toEqual([]);
  });
});

describe('rewriteWithLlm', () => {
  it('renumbers the cited entries in order of first use', async () => {
    // Two retrieved entries, each asked for by itself (what one question about both retrieves first is not the point here).
    const retriever = new FaqRetriever({ search: new FaqSearch(kb), asker: 'customer', lang: 'en', k: 1 });
    const docs = [...(await retriever.invoke('what are outstanding items')), ...(await retriever.invoke('what is a balance statement'))];
    const ids = docs.map((d) => d.metadata.id);
    expect(ids).toEqual(expect.arrayContaining(['outstanding-items', 'balance-statement']));
    const model = new FakeListChatModel({ responses: ['Timing gaps [outstanding-items]. The statement adds them back [balance-statement] [outstanding-items].'], sleep: 0 });
    const r = await rewriteWithLlm(model, 'q', docs, 'en', 20_000);
    expect(r).toEqual({
      ok: true,
      text: 'Timing gaps [1]. The statement adds them back [2] [1].',
      cited: [docs.find((d) => d.metadata.id === 'outstanding-items')?.metadata, docs.find((d) => d.metadata.id === 'balance-statement')?.metadata],
    });
  });
});

describe('createChatModel', () => {
  it('is off by default and builds the configured provider without calling it', async () => {
    expect(await createChatModel({ provider: 'none' })).toBeUndefined();
    expect(await createChatModel({ provider: 'openai', model: 'qwen2.5', apiKey: 'k', baseUrl: 'http://127.0.0.1:8000/v1', timeoutMs: 1000 })).toBeInstanceOf(ChatOpenAI);
    expect(
      await createChatModel({ provider: 'azure', apiKey: 'k', instance: 'branch', deployment: 'gpt', apiVersion: '2024-10-21', timeoutMs: 1000 }),
    ).toBeInstanceOf(AzureChatOpenAI);
    expect(await createChatModel({ provider: 'ollama', model: 'qwen2.5', baseUrl: 'http://127.0.0.1:11434', timeoutMs: 1000 })).toBeInstanceOf(ChatOllama);
  });
});
