/** The status reply as staff read it: the latest run, marked as interim when it was made before its period ended. */
import { describe, expect, it } from 'vitest';
import { buildStatusReply } from '../../dialogs/status/statusCard.ts';
import type { AccountStatus, StatusView } from '../../dialogs/ports.ts';

function view(lastRun: AccountStatus['lastRun'], waiting = { awaiting: { count: 0, amount: '0' }, customer: { count: 0, amount: '0' } }): StatusView {
  return {
    asOf: '2026-12-02',
    accounts: [{
      account: '6222020200011234', name: '华东贸易有限公司 基本户', currency: 'CNY', lastRun, matched: 12, open: [],
      ...waiting, inTransit: { count: 0, overdue: [] }, balanced: true, due: false,
    }],
  };
}

describe('status: what waits for whom', () => {
  it('an approved resolution waiting for the customer is not counted as waiting for approval', () => {
    const text = buildStatusReply(view(null, { awaiting: { count: 1, amount: '-15' }, customer: { count: 1, amount: '-270' } }), 'zh-CN', 'staff').text;
    expect(text).toContain('待审批：1 笔，合计 -15.00（不计入未处理）');
    expect(text).toContain('已批准、待客户确认：1 笔，合计 -270.00（不计入未处理）');
    expect(text).toContain('待审批 1 笔。');
  });
});

describe('status: the latest run', () => {
  it('a run made before its period ended is called an interim result; one made after is not', () => {
    expect(buildStatusReply(view({ runId: '7', period: '2026-11', at: '2026-11-20' }), 'zh-CN', 'staff').text)
      .toContain('最近一次对账：2026-11（2026-11-20，当时期间尚未结束，是中期结果）');
    expect(buildStatusReply(view({ runId: '7', period: '2026-Q4', at: '2026-12-01' }), 'en', 'staff').text)
      .toContain('2026-Q4 (2026-12-01, before the period ended: an interim result)');
    const after = buildStatusReply(view({ runId: '8', period: '2026-11', at: '2026-12-01' }), 'zh-CN', 'staff').text;
    expect(after).toContain('最近一次对账：2026-11（2026-12-01）');
    expect(after).not.toContain('中期结果');
  });
});
