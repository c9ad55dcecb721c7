/**
 * A short customer question the shipped FAQ answers with "did you mean" (two choices or more), for
 * the chat tests of picking a choice. Which short question is ambiguous moves when the reranker and
 * the gate are re-fitted (余额调节, then 调节, became answers), so the tests take the first of these
 * that still is; none of them → the tests fail, and the list needs a new one.
 */
import { createFaq, type Faq } from '../../dialogs/faq/answer.ts';

const CANDIDATES = ['账户', 'U盾', '确认', '余额', '对账单在哪', '调节', '余额调节'];

export async function ambiguousQuestion(faq?: Faq): Promise<string> {
  const f = faq ?? (await createFaq());
  for (const q of CANDIDATES) {
    const r = await f.answer(q, { lang: 'zh-CN', asker: 'customer' });
    if (r.kind === 'suggest' && r.suggestionIds.length >= 2) return q;
  }
  throw new Error(`none of ${CANDIDATES.join(' ')} gets "did you mean" any more: add a short question that does`);
}
