/** Status questions go to the status capability, questions about the procedure to the FAQ. */
import { describe, expect, it } from 'vitest';
import { isStatusQuestion } from '../../dialogs/faq/intent.ts';

describe('isStatusQuestion', () => {
  it.each([
    '对账状态', '今天有多少差异', 'status', 'Status?', '今天对账情况', '有多少未处理差异', '账户 1234 状态', '對帳狀態',
    '今日进度', '今天的对账结果出来了吗', 'how many differences today', 'open differences', "today's reconciliation",
  ])('status: %s', (q) => expect(isStatusQuestion(q)).toBe(true));

  it.each([
    '对账流程', '对账状态是什么意思', '差异怎么处理', '未达账项有几种', '差异报告里的差异分哪几类', 'how do I check the status',
    'what does status mean', 'how do I reconcile online', '对账结果和我的账对不上怎么办', '', '   ',
  ])('FAQ: %s', (q) => expect(isStatusQuestion(q)).toBe(false));
});
