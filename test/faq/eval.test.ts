/**
 * Quality gate on the labelled set (eval-set.yaml): hit@1 ≥ 0.90 and false-accept ≤ 0.05. Latency
 * is reported by `npm run eval:faq`, not asserted here (timings depend on the machine).
 */
import { describe, expect, it } from 'vitest';
import { createFaq } from '../../dialogs/faq/answer.ts';
import { evaluate, loadEvalSet } from './evaluate.ts';

describe('FAQ evaluation', () => {
  const items = loadEvalSet();

  it('the labelled set is big and varied enough', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.filter((i) => i.expect === null).length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => !/[\u4e00-\u9fff]/.test(i.q)).length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => /[對帳麼區處網銀餘額調節]/.test(i.q)).length).toBeGreaterThanOrEqual(8);
  });

  it('meets hit@1 ≥ 0.90 and false-accept ≤ 0.05', async () => {
    const r = await evaluate(await createFaq(), items);
    expect(r.hitAt1).toBeGreaterThanOrEqual(0.9);
    expect(r.falseAccept).toBeLessThanOrEqual(0.05);
  });
});
