/** 简体中文：通用词汇（差异类型、匹配规则、通用错误）。 */
export const common = {
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
    /** A file or folder the command was given or configured with (FAQ_KB_DIR, RECON_DATA_DIR ...). */
    file: {
      ENOENT: '找不到 {path}：文件或文件夹不存在',
      EACCES: '无权访问 {path}',
      EPERM: '无权访问 {path}',
      EISDIR: '{path} 是文件夹，这里需要文件',
      ENOTDIR: '{path} 不是文件夹',
      ENOSPC: '{path} 所在磁盘已满',
      EROFS: '{path} 所在磁盘为只读',
      other: '无法读写 {path}（{code}）',
    },
    /** The PostgreSQL server went away during the command. */
    connectionLost: '数据库连接中断（{reason}），本次操作未保存任何内容，请稍后重试',
  },
};
