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
    ['订阅日报', { name: 'subscribe' }],
    ['subscribe', { name: 'subscribe' }],
    ['取消订阅', { name: 'unsubscribe' }],
    ['unsubscribe', { name: 'unsubscribe' }],
    ['立即发送日报', { name: 'sendSummaryNow' }],
    ['send summary now', { name: 'sendSummaryNow' }],
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
