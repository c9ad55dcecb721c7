import { expect, it } from 'vitest';
import { zeroAmountNotice } from '../../engine/service/import.ts';

it('names camt.053 entries as entries, and lists five places at most', () => {
  expect(zeroAmountNotice([2], true, 'zh-CN')).toBe('注意：有 1 笔金额为 0（第 2 笔）。它们不改变余额，但找不到对应记录时会在对账中列为差异，请核对文件。');
  expect(zeroAmountNotice([3, 5, 8, 9, 10, 12, 40], false, 'zh-CN')).toContain('有 7 笔金额为 0（第 3、5、8、9、10 行等）');
  expect(zeroAmountNotice([3, 5, 8, 9, 10, 12], true, 'en')).toContain('6 line(s) have amount 0 (entry 3, 5, 8, 9, 10 and more)');
});
