/**
 * Text folding before segmentation: Unicode NFKC (full-width letters and digits), lowercase,
 * traditional to simplified Chinese (OpenCC, character level: its Taiwan phrase table
 * rewrites simplified words too, 文件 → 档案, and its `tw` table turns 么 into 幺), and 帐 → 账,
 * the variant people type for 账 in 对帐 / 帐户 that OpenCC leaves alone.
 */
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Folds a text to the form both the index and the question are compared in. */
export function fold(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  const simplified = CJK.test(nfkc) ? toSimplified(nfkc) : nfkc;
  return simplified.replace(/帐/g, '账');
}

/** True when the text contains Chinese characters (the question is then searched in Chinese). */
export function hasChinese(text: string): boolean {
  return CJK.test(text);
}
