/** The sentences of dialogs/flow/format.ts that people read: a store refusal about a difference, who acted last, a time. */
import { describe, expect, it } from 'vitest';
import { lastActorText, localTime, refusalText } from '../../dialogs/flow/format.ts';
import { Decimal } from '../../engine/money.ts';
import { writeOffProblem } from '../../dialogs/resolve/reasonForm.ts';

describe('refusal and state sentences', () => {
  it("a version conflict names the colleague who acted, and says 'you' when it was the person's own earlier action", () => {
    expect(refusalText({ code: 'conflict', by: '张敏', self: false, state: 'proposed' }, 'zh-CN', '7'))
      .toBe('差异 #7 刚刚已由 张敏 处理（当前状态：待审批），您的操作没有保存，以免覆盖。');
    expect(refusalText({ code: 'conflict', by: '王芳', self: true, state: 'closed' }, 'zh-CN', '7'))
      .toBe('差异 #7 您刚刚已经处理过了（当前状态：已结清），这次没有重复执行。');
    expect(refusalText({ code: 'conflict', by: 'Wang Fang', self: true, state: 'closed' }, 'en', '7')).not.toContain('Wang Fang');
  });

  it('who acted last: the viewer is "you", another person by name, nobody or an untouched difference is nothing', () => {
    expect(lastActorText({ version: 3, lastActor: 'u-1', lastActorName: '王芳' }, 'u-1', 'zh-CN')).toBe('（最后操作：您本人）');
    expect(lastActorText({ version: 3, lastActor: 'u-1', lastActorName: '王芳' }, 'u-2', 'zh-CN')).toBe('（最后操作：王芳）');
    expect(lastActorText({ version: 3, lastActor: null, lastActorName: null }, 'u-2', 'en')).toBe('');
    // Found by a run and not touched since: the person who ran it did not act on it.
    expect(lastActorText({ version: 1, lastActor: 'u-1', lastActorName: '王芳' }, 'u-2', 'zh-CN')).toBe('');
  });

  it('a time in the branch zone', () => {
    expect(localTime(new Date('2026-12-05T14:58:00Z'), 'Asia/Shanghai')).toBe('2026-12-05 22:58');
  });
});

describe('the write-off amount typed', () => {
  it('is repeated at the currency scale, or as typed when it has more decimals; the right amount passes', () => {
    const fee = new Decimal('-5.00');
    expect(writeOffProblem('4', fee, 'CNY', 'zh-CN')).toBe('核销金额 4.00 与差异金额 5.00 不一致，请重新输入。');
    expect(writeOffProblem('5.005', fee, 'CNY', 'zh-CN')).toBe('核销金额 5.005 与差异金额 5.00 不一致，请重新输入。');
    expect(writeOffProblem('¥5', fee, 'CNY', 'zh-CN')).toBeNull();
    // A Chinese IME's full-width digits are digits; a space inside a number is a slip, not 5.
    expect(writeOffProblem('５．００', fee, 'CNY', 'zh-CN')).toBeNull();
    expect(writeOffProblem('＋5', fee, 'CNY', 'zh-CN')).toBeNull();
    expect(writeOffProblem('1 5', new Decimal('-15'), 'CNY', 'zh-CN')).toBe('“1 5”不是有效的金额。请输入数字，例如 15.00。');
    expect(writeOffProblem('500', new Decimal('-501'), 'JPY', 'en')).toBe("The amount 500 does not equal the difference's amount 501; please enter it again.");
  });
});
