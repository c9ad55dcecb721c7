/**
 * A colleague acts on a difference while someone is confirming a proposal for it: a note (the
 * difference stays open to a proposal) is shown and the prepared proposal kept for one more
 * confirmation; a proposal of the colleague's own (now pending approval) still ends the dialog
 * with nothing saved (approval.test.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openHarness, type Harness } from './support/harness.ts';
import { walk } from './steps.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
}, 120_000);
afterAll(async () => {
  await h.close();
});

it("a colleague's note while a proposal waits for confirmation: the note is shown, the proposal kept and submitted on the next 是", async () => {
  const first = h.chat('demo-staff');
  await walk(first, [
    { say: '处理差异 1234', see: '#4' },
    { say: '#4', see: '差异 #4' },
    { say: '企业调账', see: '请输入调账凭证号' },
    { say: '记-2026-1130', see: '请输入处理原因' },
    { say: '支票已作废，冲销原分录', see: '请确认' },
  ]);
  await walk(h.chat('staff-2'), [
    { say: '处理差异 1234', see: '#4' },
    { say: '#4', see: '差异 #4' },
    { say: '备注', see: '请输入备注' },
    { say: '客户说支票已经交给供应商了，先别冲', see: '已为差异 #4 添加备注。' },
  ]);
  const again = await first.say('是');
  expect(again).toContain('您确认之前，赵磊 刚处理过差异 #4（当前状态：处理中；备注：“客户说支票已经交给供应商了，先别冲”）。您的方案还没有提交，请看过后再确认一次。');
  expect(again).toMatch(/调账凭证号：记-2026-1130[\s\S]*原因：支票已作废，冲销原分录/);
  expect((await h.db.query('SELECT 1 FROM resolutions WHERE difference_id = 4')).rows).toHaveLength(0);
  expect(await first.say('是')).toContain('已提交审批：差异 #4（企业调账）');
  const res = await h.db.query<{ proposed_by: string; entry_reference: string }>('SELECT proposed_by, entry_reference FROM resolutions WHERE difference_id = 4');
  expect(res.rows).toEqual([{ proposed_by: 'demo-staff', entry_reference: '记-2026-1130' }]);
}, 60_000);
