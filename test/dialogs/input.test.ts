/** Typed replies and candidate scoring: the pure parts of the guided dialogs. */
import { describe, expect, it } from 'vitest';
import { parseCommand, parseOrdinal } from '../../dialogs/flow/input.ts';
import { looseKey as normaliseRef, rankCandidates, similarReference, type CandidateLine } from '../../engine/match/candidates.ts';
import { Decimal } from '../../engine/money.ts';
import { guidedRoutes, recognizeRun } from '../../dialogs/routes.ts';
import { channelUserId as actorId } from '../../dialogs/channelUser.ts';

describe('typed replies', () => {
  it.each([
    ['2', 2], ['２', 2], ['no. 3', 3], ['第二个', 2], ['第2条', 2], ['二', 2], ['第十一个', 11], ['second', 2], ['the 3rd one', 3], ['第二个。', 2],
    ['#2', null], ['2.5', null], ['两千', null], ['随便', null], ['', null], ['第', null],
  ])('%s → %s', (text, n) => {
    expect(parseOrdinal(text)).toBe(n);
  });

  it.each([
    ['取消', 'cancel'], ['Cancel', 'cancel'], ['算了', 'cancel'], ['返回', 'back'], ['上一步', 'back'], ['back', 'back'],
    ['帮助', 'help'], ['？', 'help'], ['下一页', 'next'], ['more', 'next'], ['上一页', 'prev'], ['取消订阅', null], ['返回上一页吧', null],
  ])('%s is the command %s', (text, cmd) => {
    expect(parseCommand(text)).toBe(cmd);
  });
});

describe('intent recognisers', () => {
  const rules = guidedRoutes({} as never).map((r) => r.rule);
  const first = (t: string) => rules.map((r) => r(t)).find((x) => x !== null) ?? null;
  it.each([
    ['处理差异', { route: 'resolve', args: {} }],
    ['处理差异 1234', { route: 'resolve', args: { account: '1234' } }],
    ['resolve differences account 5678', { route: 'resolve', args: { account: '5678' } }],
    ['审批', { route: 'approval', args: {} }],
    ['设置 1234', { route: 'setup', args: { account: '1234' } }],
    ['对账', { route: 'run', args: {} }],
    ['对账 1234 2026-10', { route: 'run', args: { account: '1234', period: '2026-10' } }],
    ['对账 2026-q3 账户5678', { route: 'run', args: { account: '5678', period: '2026-q3' } }],
    ['run reconciliation 2026', { route: 'run', args: { period: '2026' } }],
    ['对账 0001 上个月', { route: 'run', args: { account: '0001', period: '上个月' } }],
    ['对账 本季度', { route: 'run', args: { period: '本季度' } }],
    ['run reconciliation 0002 last month', { route: 'run', args: { account: '0002', period: 'last-month' } }],
    ['run reconciliation last quarter', { route: 'run', args: { period: 'last-quarter' } }],
  ])('%s', (text, want) => {
    expect(first(text)).toEqual({ name: 'extension', ...want });
  });

  it.each(['对账情况', '今天对账情况', '对账单不符怎么办', '审批流程是什么', '怎么处理差异', '对账 明天 1234'])('leaves "%s" to the other intents', (text) => {
    expect(first(text)).toBeNull();
    expect(recognizeRun(text)).toBeNull();
  });
});

describe('candidate counterparts', () => {
  const line = (id: string, date: string, amount: string, reference = '', counterparty = ''): CandidateLine => ({ id, date, amount: new Decimal(amount), reference, counterparty });
  const target = { date: '2026-10-20', amount: new Decimal('-8000.00'), reference: 'CHK-0457', counterparty: '南京建安装饰' };

  it('ranks same amount + similar reference + same counterparty first, then by date distance, then id (numerically: 9 before 10)', () => {
    const lines = [
      line('9', '2026-10-21', '-8000', '', ''),
      line('3', '2026-10-30', '-8000.00', 'CHK0457', '南京建安装饰'),
      line('10', '2026-10-19', '-8000', '', ''),
      line('4', '2026-10-22', '-100.00', '', '南京建安装饰'),
      line('5', '2026-10-20', '-7999.99', 'OTHER', '别人'),
      line('6', '2027-01-20', '-8000.00', 'CHK-0457', '南京建安装饰'),
    ];
    const ranked = rankCandidates(target, lines, { windowDays: 45, limit: 10 });
    expect(ranked.map((c) => [c.line.id, c.reasons.join('+'), c.days])).toEqual([
      ['3', 'amount+counterparty+reference', 10],
      ['9', 'amount', 1],
      ['10', 'amount', 1],
      ['4', 'counterparty', 2],
    ]);
    // The same lines in another order give the same ranking.
    expect(rankCandidates(target, [...lines].reverse(), { windowDays: 45, limit: 10 })).toEqual(ranked);
    expect(rankCandidates(target, lines, { windowDays: 45, limit: 2 }).map((c) => c.line.id)).toEqual(['3', '9']);
  });

  it('compares references loosely but not emptily', () => {
    expect(normaliseRef(' ＰＡＹ-1002 ')).toBe('pay1002');
    expect(similarReference('PAY-1002', 'pay 1002')).toBe(true);
    expect(similarReference('INV-2301', 'INV-2301/A')).toBe(true);
    expect(similarReference('A1', 'A12')).toBe(false);
    expect(similarReference('', '')).toBe(false);
  });
});

describe('who is acting', () => {
  it('is the Entra object id in Teams, else the channel id', () => {
    expect(actorId({ id: '29:1abc', aadObjectId: '6f1c-entra' })).toBe('6f1c-entra');
    expect(actorId({ id: 'demo-staff' })).toBe('demo-staff');
    expect(actorId(undefined)).toBe('');
  });
});
