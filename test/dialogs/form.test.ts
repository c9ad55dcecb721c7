/**
 * Forms in one card (issue 19, item 5), under DialogTestClient over the demo store: a ledger
 * adjustment asks for the entry reference and the reason in one card, a write-off for the amount
 * and the reason; a submitted card with a problem comes back with every value kept and the problem
 * under its field; 返回 keeps what was typed; the action is stored and named without the hint its
 * button carries. Demo differences: #1 mismatch -5.00, #3 fee -25.00 (account 1234).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, openHarness, type Chat, type Harness } from './support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
}, 120_000);
afterAll(async () => {
  await h.close();
});

type Element = { type: string; id?: string; label?: string; value?: string; text?: string; color?: string };

/** The last card's body elements. */
function body(chat: Chat): Element[] {
  const card = [...chat.replies].reverse().map(cardOf).find((c) => c !== null);
  return ((card?.body ?? []) as Element[]);
}

/** The form's inputs as the card shows them: id → value, and the problem right under each. */
function fields(chat: Chat): Array<{ id: string; label: string; value: string; problem: string | null }> {
  const els = body(chat);
  return els.flatMap((e, i) => {
    if (e.type !== 'Input.Text') return [];
    const next = els[i + 1];
    return [{ id: e.id ?? '', label: e.label ?? '', value: e.value ?? '', problem: next?.type === 'TextBlock' && next.color === 'Attention' ? (next.text ?? '') : null }];
  });
}

/** Fills the card's fields and presses its submit button (Action.Submit merges the inputs into the data). */
function submitForm(chat: Chat, values: Record<string, string>): Promise<string> {
  const submit = chat.buttons().find((b) => b.title === '提交');
  if (!submit) throw new Error(`no submit button in: ${chat.buttons().map((b) => b.title).join(' | ')}`);
  return chat.submit({ ...submit.data, ...values });
}

async function resolution(id: string): Promise<Array<{ kind: string; reason: string; entry_reference: string }>> {
  return (await h.db.query<{ kind: string; reason: string; entry_reference: string }>('SELECT kind, reason, entry_reference FROM resolutions WHERE difference_id = $1', [id])).rows;
}

describe('forms in one card', () => {
  it('a ledger adjustment: reference and reason in one card, a problem shown under its field with the values kept, 返回 keeps them', async () => {
    const chat = h.chat('demo-staff');
    await chat.say('处理差异 1234');
    await chat.say('#3');
    await chat.press('企业调账');
    expect(fields(chat)).toEqual([
      { id: 'f_entryReference', label: '调账凭证号', value: '', problem: null },
      { id: 'f_reason', label: '处理原因', value: '', problem: null },
    ]);
    expect(chat.buttons().map((b) => b.title)).toEqual(['提交', '返回', '取消']);

    // The reason left out: the same card again, the reference kept, the problem under the reason.
    const again = await submitForm(chat, { f_entryReference: '记-2026-1107', f_reason: '' });
    expect(again).toContain('请输入处理原因');
    expect(fields(chat)).toEqual([
      { id: 'f_entryReference', label: '调账凭证号', value: '记-2026-1107', problem: null },
      { id: 'f_reason', label: '处理原因', value: '', problem: '原因不能为空，请简要说明。' },
    ]);

    const confirm = await submitForm(chat, { f_entryReference: '记-2026-1107', f_reason: '跨行汇款手续费，已补记账' });
    expect(confirm).toContain('请确认提交以下处理方案');
    expect(confirm).toContain('调账凭证号：记-2026-1107');
    expect(confirm).not.toContain('需填写');

    // 返回 from the confirmation: the form with everything that was typed.
    await chat.say('返回');
    expect(fields(chat).map((f) => [f.value, f.problem])).toEqual([['记-2026-1107', null], ['跨行汇款手续费，已补记账', null]]);
    // Back to the difference, the same action again: still there.
    await chat.say('返回');
    await chat.press('企业调账');
    expect(fields(chat).map((f) => f.value)).toEqual(['记-2026-1107', '跨行汇款手续费，已补记账']);
    await submitForm(chat, { f_entryReference: '记-2026-1107', f_reason: '跨行汇款手续费，已补记账' });
    expect(await chat.press('确认提交')).toContain('已提交审批：差异 #3（企业调账）。');
    expect(await resolution('3')).toEqual([{ kind: 'ledger_adjustment', reason: '跨行汇款手续费，已补记账', entry_reference: '记-2026-1107' }]);
  });

  it('a write-off: a wrong amount and an empty reason are both marked at once; the amount typed stays in its field', async () => {
    const chat = h.chat('demo-staff');
    await chat.say('处理差异 1234');
    await chat.say('#1');
    await chat.press('核销');
    expect(fields(chat).map((f) => f.label)).toEqual(['核销金额（须等于差异金额 5.00）', '核销原因']);
    await submitForm(chat, { f_writeOffAmount: '4.00', f_reason: '' });
    expect(fields(chat)).toEqual([
      { id: 'f_writeOffAmount', label: '核销金额（须等于差异金额 5.00）', value: '4.00', problem: '核销金额 4.00 与差异金额 5.00 不一致，请重新输入。' },
      { id: 'f_reason', label: '核销原因', value: '', problem: '原因不能为空，请简要说明。' },
    ]);
    expect(chat.text()).toContain('请按提示修改后再提交，已填写的内容都保留着。');
    // Answering by typing works too: the first field still wrong, then the next.
    expect(await chat.say('5.00')).toContain('请输入核销原因');
    expect(fields(chat).map((f) => [f.value, f.problem])).toEqual([['5.00', null], ['', '原因不能为空，请简要说明。']]);
    expect(await chat.say('手续费差额，金额小，按规定核销')).toContain('请确认提交以下处理方案');
    await chat.say('取消');
    expect(await resolution('1')).toEqual([]);
  });

  it("setup's book opening: the amount and its date in one card, both problems marked at once, kept on 返回", async () => {
    const chat = h.chat('demo-admin');
    await chat.say('设置 1234');
    await chat.press('日记账期初余额');
    expect(fields(chat).map((f) => f.id)).toEqual(['f_amount', 'f_asOf']);
    expect(chat.buttons().map((b) => b.title)).toEqual(['提交', '跳过（保持不变）', '返回', '取消']);
    await submitForm(chat, { f_amount: '十万', f_asOf: '2026-02-30' });
    expect(fields(chat).map((f) => [f.value, f.problem])).toEqual([
      ['十万', '“十万”不是有效的金额（最多两位小数），例如 100000.00。'],
      ['2026-02-30', '“2026-02-30”不是有效的日期，请写成 2026-11-01 这样。'],
    ]);
    const confirm = await submitForm(chat, { f_amount: '100000.00', f_asOf: '2026-11-01' });
    expect(confirm).toMatch(/日记账期初余额：[^\n]* → 100,000\.00 CNY（截至 2026-11-01）/);
    await chat.say('返回');
    expect(fields(chat).map((f) => f.value)).toEqual(['100000.00', '2026-11-01']);
    // The skip button on the same card is a choice, not a submit of the form.
    expect(await chat.press('跳过')).toContain('没有改动');
    await chat.say('取消');
  });

  it('where cards do not render, the form is the filled fields, the problems and the next question', async () => {
    const chat = h.chat('demo-staff', 'sms');
    await chat.say('处理差异 1234');
    await chat.say('#2');
    await chat.say('企业调账');
    const text = await chat.say('记-2026-1120');
    // A text-only channel: no card, the form in words.
    expect(chat.replies.map(cardOf)).toEqual([null]);
    expect(text).toMatch(/请输入处理原因[\s\S]*调账凭证号：记-2026-1120/);
    await chat.say('取消');
  });
});
