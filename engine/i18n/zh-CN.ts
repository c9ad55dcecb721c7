/**
 * 简体中文文案（参考语言）。每个区块对应一个功能；新增文案请加到对应区块，并在 en.ts 中加上同名键。
 */
export const zhCN = {
  kinds: {
    bank_only_credit: '银行已收、企业未收',
    bank_only_debit: '银行已付、企业未付',
    ledger_only_credit: '企业已收、银行未收',
    ledger_only_debit: '企业已付、银行未付',
    amount_mismatch: '金额不符',
    duplicate: '重复记账',
  },
  rules: {
    reference: '参考号匹配',
    amount_date: '金额+日期匹配',
    one_to_many: '一笔对多笔',
    many_to_one: '多笔对一笔',
    tolerance: '容差匹配',
    manual: '人工匹配',
  },
  errors: {
    internal: '系统内部错误，请联系技术支持（错误码 {code}）。',
  },
};
