/**
 * Masks what could identify an account or a person before a question leaves the process (to an
 * LLM) or is kept for the knowledge-base report: long digit runs (account, card, phone and id
 * numbers), e-mail addresses and amounts. The FAQ never needs them to answer.
 */
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const LONG_NUMBER = /\d[\d\s-]{4,}\d/g;
const AMOUNT = /(?:[¥￥$]|rmb|cny|usd)\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*(?:元|块|万元|万)/gi;

/** The question with numbers, amounts and e-mail addresses replaced by `***`. */
export function redact(text: string): string {
  return text.replace(EMAIL, '***').replace(AMOUNT, '***').replace(LONG_NUMBER, (m) => (m.replace(/\D/g, '').length >= 6 ? '***' : m));
}
