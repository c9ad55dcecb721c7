/**
 * The run result in words (dialogs/run/runDialog.ts runSummary), pure: what changed against the
 * open differences, and why the balance statement's verdict moved against the superseded run.
 */
import { describe, expect, it } from 'vitest';
import type { Account } from '../../engine/service/accounts.ts';
import type { RunResult } from '../../engine/service/run.ts';
import { runSummary } from '../../dialogs/run/runDialog.ts';
import type { AccountStatus } from '../../dialogs/ports.ts';

const account = { number: '6222020200011234', currency: 'CNY' } as unknown as Account;

function result(balanced: boolean, previous: RunResult['previousBalance']): RunResult {
  return {
    runId: '7', period: '2026-10', supersededRunId: '3', previousBalance: previous, heldOut: [{ id: '5', state: 'proposed', amount: '-10.00' }],
    changes: { new: ['9'], carried: ['1', '2'], settled: ['4'], replaced: [{ id: '6', by: ['10'] }], transitCleared: [{ id: '8', expected: '2026-11-03' }] },
    report: {
      summary: { bankCount: 9, ledgerCount: 6, matchedBank: 5, matchedLedger: 5, differences: 4, balanced },
      balance: { bankClosing: '100.00', ledgerClosing: '90.00', adjustedBank: '100.00', adjustedLedger: balanced ? '100.00' : '90.00', balanced },
    } as unknown as RunResult['report'],
  };
}

const standing = { open: [{ kind: 'amount_mismatch', count: 3, amount: '-5', oldestDays: 48 }], awaiting: { count: 1, amount: '-25' }, inTransit: { count: 1, overdue: [] } } as unknown as AccountStatus;

describe('runSummary', () => {
  it('says what changed by number, why the verdict moved, and the status figures', () => {
    const text = String(runSummary(result(false, { bankClosing: '100.00', ledgerClosing: '100.00', adjustedBank: '100.00', adjustedLedger: '100.00', balanced: true }), account, 'zh-CN', 'staff', false, standing).text);
    expect(text.split('\n')).toEqual([
      '对账完成：账户 ****1234，期间 2026-10（第 7 次运行）',
      '银行 9 笔、企业账 6 笔；已匹配 银行 5 笔 / 企业账 5 笔；本次对账的差异 4 笔。',
      '新发现差异 1 笔：#9',
      '仍未解决、沿用原编号 2 笔：#1、#2',
      '本次已匹配而结清 1 笔：#4',
      '由新差异代替 1 笔：#6 → #10',
      '未达账项 #8 已到账（预计 2026-11-03），本次已匹配。',
      '余额调节表：调节后余额不符（银行 100.00 CNY，企业账 90.00 CNY）。',
      '余额调节表由“相符”变为“不符”，原因：企业账期末余额 100.00 CNY → 90.00 CNY；按未达差异调节后 银行 100.00 CNY → 100.00 CNY、企业账 100.00 CNY → 90.00 CNY；正在处理的差异不在本次对账中（#5 待审批 -10.00 CNY）。',
      '已取代第 3 次运行。',
      '未达账项仍未到账 1 笔，其中已过预计到账日 0 笔。',
      '账户现有未处理差异 3 笔、待审批 1 笔（与“对账情况”相同的口径）。',
    ]);
  });

  it('says nothing about the verdict on a first run, and names it in English', () => {
    expect(String(runSummary(result(true, null), account, 'zh-CN', 'staff', false).text)).not.toContain('余额调节表由');
    const en = String(runSummary(result(true, { bankClosing: '100.00', ledgerClosing: '80.00', adjustedBank: '100.00', adjustedLedger: '80.00', balanced: false }), account, 'en', 'staff', false).text);
    expect(en).toContain('The balance statement went from "does not agree" to "agrees" because: ledger closing 80.00 CNY → 90.00 CNY; adjusted for the differences, bank 100.00 CNY → 100.00 CNY, ledger 80.00 CNY → 100.00 CNY; differences being handled are not in this run (#5 awaiting approval -10.00 CNY).');
    expect(en).toContain('1 replaced by new differences: #6 → #10');
  });
});
