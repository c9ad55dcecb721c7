/**
 * The answer gate: a question that shares an entry's words but asks something its answer does not
 * give is declined, not answered with the neighbouring entry; the entry's own questions still are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFaq, type Faq } from '../../dialogs/faq/answer.ts';
import { asksFor, statesIn } from '../../dialogs/faq/answerType.ts';
import { fold } from '../../dialogs/faq/fold.ts';
import { loadKnowledgeBase } from '../../dialogs/faq/load.ts';

describe('what a question asks for, and what an answer states', () => {
  it.each([
    ['短信验证码几分钟内有效', 'duration'],
    ['U盾证书有效期是几年啊', 'duration'],
    ['how long does it take to get a replacement usb key', 'duration'],
    ['U盾密码输错几次会被锁住', 'count'],
    ['is there a limit on how many users can have the permission', 'count'],
    ['补办U盾要交多少钱', 'fee'],
    ['日终对账几点开始跑', 'when'],
    ['短信验证码几分钟内有效', 'validity'],
    ['how long is the certificate valid', 'validity'],
  ])('%s → %s', (q, type) => {
    expect(asksFor(fold(q))).toContain(type);
  });

  it('an ordinary question asks for no particular kind of fact', () => {
    expect(asksFor(fold('短信验证码收不到怎么办'))).toEqual([]);
    expect(asksFor(fold('how many days ago'))).not.toContain('count');
  });

  it('an answer states a duration by a number of days, a cycle or a deadline; a count by a number', () => {
    expect(statesIn(fold('一般3个工作日内联系您。'))).toContain('duration');
    expect(statesIn(fold('按月或按季度对账，每月初生成。'))).toContain('duration');
    expect(statesIn(fold('请联系客户经理。'))).toEqual(new Set());
    expect(statesIn(fold('you can try five times'))).toContain('count');
  });

  it('waiting a minute is a duration but says nothing of how long something stays valid', () => {
    expect(statesIn(fold('等一分钟后再点“重新发送”。'))).not.toContain('validity');
    expect(statesIn(fold('证书到期前一个月会提醒。'))).toContain('validity');
  });
});

describe('the gate in the FAQ', () => {
  let gated: Faq;
  let open: Faq;
  beforeAll(async () => {
    const kb = loadKnowledgeBase();
    gated = await createFaq({}, { kb });
    open = await createFaq({}, { kb, gate: null });
  });

  // Near misses: the first two are in the near-miss set the gate is fitted on, the others are not in any set.
  it.each([
    ['短信验证码几分钟内有效', 'zh-CN'],
    // "how long does it take to get a replacement usb key" was here: since gaps-8/9 the bare score offers it as
    // a choice too (lost-usb-key or credentials-bank-rules), so it no longer shows what the gate does.
    ['how many days to get a replacement usb key', 'en'],
    ['短信验证码有效期多长', 'zh-CN'],
    ['how many times can i retry the otp', 'en'],
    // "补办U盾要交多少钱" was here until credentials-bank-rules (gaps-4.yaml) said the fee is the bank's
    // price list and whom to ask: it is answered now (below).
    // "is the receipt deadline extended on public holidays" was here. Since the field phrasings it is
    // answered with service-hours, whose answer says the bank sets holiday arrangements and where to
    // check them: under the labelling rule for pointer answers that is a borderline answer, not a near miss.
  ] as const)('does not answer %s outright with the neighbouring entry the bare score picks', async (q, lang) => {
    // Without the gate the search retrieves a neighbouring entry (answered, or since the English word
    // pairs of the gram channel offered as a choice for the two English questions).
    const bare = await open.answer(q, { lang, asker: 'customer' });
    expect(['answer', 'suggest']).toContain(bare.kind);
    const reply = await gated.answer(q, { lang, asker: 'customer' });
    // Declined, or at most offered as a choice ("did you mean"), never given as the answer.
    expect(['unknown', 'suggest']).toContain(reply.kind);
    if (reply.kind === 'unknown') expect(reply.answer).toContain(lang === 'en' ? "I don't know" : '没有把握');
    else expect(reply.sources).toEqual([]);
  });

  it.each([
    ['短信验证码收不到', 'sms-code-missing'],
    ['U盾丢了咋办', 'lost-usb-key'],
    ['回执丢了咋办', 'receipt'],
    ['调节表要保存几年', 'record-retention'],
    ['电子对账要收费吗', 'e-recon-fee'],
    ['多久对一次账', 'recon-cycle'],
    ['what are outstanding items', 'outstanding-items'],
    ['补办U盾要交多少钱', 'credentials-bank-rules'],
  ])('still answers %s with %s', async (q, id) => {
    const reply = await gated.answer(q, { lang: /[a-z]/.test(q) && !/[\u4e00-\u9fff]/.test(q) ? 'en' : 'zh-CN', asker: 'customer' });
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe(id);
  });
});

describe('the fitted weights', () => {
  it('are for the features the gate computes, in the same order (re-fit with train-gate.ts after changing them)', async () => {
    const { GATE_WEIGHTS } = await import('../../dialogs/faq/gate-weights.ts');
    const { FEATURES } = await import('../../dialogs/faq/gate.ts');
    expect(GATE_WEIGHTS.features).toEqual([...FEATURES]);
    expect(GATE_WEIGHTS.weights).toHaveLength(FEATURES.length);
  });
});
