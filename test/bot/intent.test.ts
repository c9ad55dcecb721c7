/** What people type, and what the bot understands (zh-CN and en). */
import { describe, expect, it } from 'vitest';
import { recognizeIntent } from '../../dialogs/intent.ts';

describe('recognizeIntent', () => {
  it.each([
    ['今天对账情况', { name: 'status' }],
    ['对账状态', { name: 'status' }],
    ['status', { name: 'status' }],
    ['Reconciliation status please', { name: 'status' }],
    ['有多少未处理差异', { name: 'status' }],
    ['账户 1234 状态', { name: 'status', accountHint: '1234' }],
    ['账户１２３４状态', { name: 'status', accountHint: '1234' }],
    ['account 6222020200011234 status', { name: 'status', accountHint: '6222020200011234' }],
    // An account number and the word status, without 账户 (a blind tester's 0001 状态 went to the FAQ).
    ['0001 状态', { name: 'status', accountHint: '0001' }],
    ['12340001的对账状态？', { name: 'status', accountHint: '12340001' }],
    ['status 1234', { name: 'status', accountHint: '1234' }],
    ['1234 status', { name: 'status', accountHint: '1234' }],
    ['1234 状态是什么意思', { name: 'faq' }],
    ['订阅日报', { name: 'subscribe' }],
    ['subscribe', { name: 'subscribe' }],
    ['取消订阅', { name: 'unsubscribe' }],
    ['unsubscribe', { name: 'unsubscribe' }],
    ['立即发送日报', { name: 'sendSummaryNow' }],
    ['send summary now', { name: 'sendSummaryNow' }],
    ['每日汇总', { name: 'summary' }],
    ['今天的日报', { name: 'summary' }],
    ['Show me the daily summary', { name: 'summary' }],
    ['每日汇总什么时候发', { name: 'faq' }],
    ['帮助', { name: 'help' }],
    ['help', { name: 'help' }],
    ['你好', { name: 'greeting' }],
    ['Hello!', { name: 'greeting' }],
    ['对账单不符怎么办', { name: 'faq' }],
    ["'; DROP TABLE accounts; --", { name: 'faq' }],
    ['', { name: 'help' }],
  ])('%s', (text, intent) => {
    expect(recognizeIntent(text)).toEqual(intent);
  });

  it('tries extension rules before the FAQ fallback', () => {
    const rule = (t: string) => (t.includes('处理差异') ? { name: 'extension' as const, route: 'resolve', args: {} } : null);
    expect(recognizeIntent('处理差异', [rule])).toEqual({ name: 'extension', route: 'resolve', args: {} });
    expect(recognizeIntent('今天对账情况', [rule])).toEqual({ name: 'status' });
  });
});

describe('recognizeIntent by who asks (issue 18)', () => {
  it.each([
    '对账结果和我自己账上的对不上，咋办', '对账结果怎么看', '对账状态是什么意思', '对账结果不符是什么原因', '我想了解对账结果的含义',
  ])('a customer asking "%s" goes to the FAQ', (text) => {
    expect(recognizeIntent(text, [], 'customer')).toEqual({ name: 'faq' });
  });

  it.each([
    ['账户 6222020200011234 状态', { name: 'status', accountHint: '6222020200011234' }],
    ['查一下我的余额', { name: 'status' }],
    ['my account balance', { name: 'status' }],
    ['今天对账情况', { name: 'status' }],
  ])('a customer asking for account data "%s" is a status request (refused later)', (text, intent) => {
    expect(recognizeIntent(text, [], 'customer')).toEqual(intent);
  });

  it.each(['对账结果和我自己账上的对不上，咋办', '对账结果不符是什么原因', '我想了解对账结果的含义'])('staff asking "%s" get the FAQ', (text) => {
    expect(recognizeIntent(text)).toEqual({ name: 'faq' });
  });

  it.each(['对账结果', '今天的对账结果', '查看对账结果'])('staff typing "%s" get status', (text) => {
    expect(recognizeIntent(text)).toEqual({ name: 'status' });
  });

  it.each(['back', 'Back', '取消', '返回', 'cancel'])('"%s" outside a dialog is a command word', (text) => {
    expect(recognizeIntent(text, [], 'customer')).toEqual({ name: 'command' });
  });

  it.each(['2', '２', '第二个', 'the second one'])('"%s" outside a dialog is a command word that picks (there is nothing to pick from)', (text) => {
    expect(recognizeIntent(text, [], 'customer')).toEqual({ name: 'command', pick: true });
  });

  it.each(['88', '886', '88。', '88!', '886！'])('"%s" (拜拜 in Chinese chat) is a goodbye for the FAQ, not a choice number', (text) => {
    expect(recognizeIntent(text, [], 'customer')).toEqual({ name: 'faq' });
  });
});
