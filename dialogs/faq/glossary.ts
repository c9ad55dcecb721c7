/**
 * Domain vocabulary for the segmenter. `TERMS` are added to jieba so they stay whole (a general
 * dictionary splits 余额调节表 or U盾). `SYNONYMS` maps what people type to the word the knowledge
 * base uses, applied to both the entries and the question, so "对不上" finds "不符". Keys and
 * values are in folded form (simplified, lowercase).
 */
export const TERMS: readonly string[] = [
  '电子对账', '对账', '对账单', '余额对账单', '交易对账单', '对账周期', '日终对账', '定期对账', '银企对账', '内部对账',
  '余额', '余额调节表', '调节表', '调节后余额', '未达账项', '差异报告', '差异', '回执', '回单', '网银', '企业网银', '手机银行',
  '网上银行', 'u盾', '验证码', '短信验证码', '银行存款日记账', '日记账', '相符', '不符', '对不上', '不一致', '对不齐',
  '日终', '银行已收', '银行已付', '企业已收', '企业已付', '企业未收', '企业未付', '银行未收', '银行未付', '金额不符', '重复记账',
  '手续费', '久悬', '久悬账户', '保证金', '保证金账户', '验资', '验资账户', '免对账', '双人复核', '审批', '柜员', '记账柜员',
  '技术支持', '帮助中心', '审计日志', '匹配规则', '参考号', '流水号', '容差', '登录', '登不上', '进不去', '登不进',
  '打不开', '支票', '在途', '兑付', '备份', '培训', '公共wifi', '钓鱼网站', '数据延迟', '初始密码', '忘记密码',
  '未交回', '收不到', '找不到', '未记错',
];

export const ZH_SYNONYMS: Readonly<Record<string, string>> = {
  // 户 is short for 账户 (验资户, 保证金户)
  户: '账户',
  // disagreeing
  对不上: '不符', 不一致: '不符', 不相符: '不符', 对不齐: '不符', 不对: '不符', 不平: '不符',
  // agreeing
  一致: '相符', 符合: '相符', 对得上: '相符', 对上了: '相符',
  // "what is the difference between"
  不同: '区别', 差别: '区别',
  // online banking channels
  网上银行: '网银', 企业网银: '网银', 网银系统: '网银', 手机app: '手机银行', app: '手机银行',
  // logging in
  登陆: '登录', 登入: '登录', 登不上: '登录', 登不进: '登录', 进不去: '登录',
  // starting a run
  开始: '执行', 启动: '执行', 发起: '执行', 跑: '执行',
  // settings
  配置: '设置', 第一次: '首次', 头一次: '首次', 锁住: '锁定', 锁了: '锁定', 冻结: '锁定',
  // keeping records
  归档: '存档', 保存: '存档', 留存: '存档',
  // receiving and computing
  收到: '收', 到账: '入账', 算: '计算', 编制: '计算', 编: '计算', 升级: '更新',
  // procedure
  步骤: '流程', 环节: '流程', 操作步骤: '流程', 几步: '流程',
  // statements and slips
  流水: '交易明细', 明细: '交易明细', 账单: '对账单', 调节表: '余额调节表', 回执单: '回执', 电子回单: '回单',
  // fees
  费用: '手续费', 服务费: '手续费', 扣费: '手续费',
  // words people use for the knowledge base's terms
  回函: '回执', 回条: '回执', 电子银行: '网银', 掌上银行: '手机银行', 口令: '密码', 动态码: '验证码', 校验码: '验证码',
  短信码: '验证码', 调整表: '余额调节表', 余额调整表: '余额调节表', 未达账: '未达账项', 未达项: '未达账项', 核账: '对账',
  配对: '匹配', 配上: '匹配', 配起来: '匹配',
  户头: '账户', 临柜: '柜台', 前年: '以前', 去年: '以前', 之前: '以前', 往期: '以前', 历史: '以前', 网银盾: 'u盾', 证书盾: 'u盾',
  // leaking
  外泄: '泄露', 泄漏: '泄露', 被盗: '泄露',
  // faults
  故障: '报错', 错误: '报错', 出错: '报错', 崩溃: '报错', 崩: '报错', 宕机: '报错', 挂了: '报错', 坏了: '报错', 用不了: '报错',
  // people
  客服: '客服热线', 人工客服: '客服热线', 人工服务: '客服热线',
};

/**
 * English shorthand people type, expanded before stemming (ebanking → online banking, stmt →
 * statement, rec → reconciliation).
 */
export const EN_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  ebanking: ['online', 'banking'], netbanking: ['online', 'banking'], ibanking: ['online', 'banking'],
  internetbanking: ['online', 'banking'], onlinebanking: ['online', 'banking'], ebank: ['online', 'banking'],
  mbanking: ['mobile', 'banking'], rec: ['reconciliation'], recs: ['reconciliation'], recon: ['reconciliation'],
  recons: ['reconciliation'], erecon: ['electronic', 'reconciliation'], ereconciliation: ['electronic', 'reconciliation'],
  stmt: ['statement'], stmts: ['statement'], acct: ['account'], accts: ['account'], txn: ['transaction'],
  txns: ['transaction'], amt: ['amount'], bal: ['balance'], diff: ['difference'], diffs: ['difference'],
  pwd: ['password'], passwd: ['password'], pw: ['password'], otp: ['verification', 'code'], info: ['information'],
  eod: ['day', 'end'], mgr: ['manager'], admin: ['administrator'], sysadmin: ['administrator'],
  // common misspellings of the knowledge base's words (the gram channel catches some, not these)
  statment: ['statement'], statemnt: ['statement'], stament: ['statement'], statments: ['statement'], statemnts: ['statement'],
  reconcilation: ['reconciliation'], reconciliaton: ['reconciliation'], reconsiliation: ['reconciliation'], reconcillation: ['reconciliation'],
  reconcle: ['reconcile'], reconsile: ['reconcile'], reciept: ['receipt'], receit: ['receipt'], reciepts: ['receipt'],
  recieve: ['receive'], recive: ['receive'], recieved: ['received'], ballance: ['balance'], balence: ['balance'],
  acount: ['account'], accout: ['account'], acounts: ['account'], confrim: ['confirm'], confim: ['confirm'], comfirm: ['confirm'],
  diffrence: ['difference'], differnce: ['difference'], diffrences: ['difference'], pasword: ['password'], passowrd: ['password'],
  passward: ['password'], moblie: ['mobile'], mobil: ['mobile'], aproval: ['approval'], approvel: ['approval'], aprove: ['approve'],
  suport: ['support'], supervisior: ['supervisor'], supervsor: ['supervisor'], transcation: ['transaction'], transacton: ['transaction'],
  adjusment: ['adjustment'], ajustment: ['adjustment'], outstandng: ['outstanding'], ledgr: ['ledger'], leger: ['ledger'],
};

/**
 * English words in a Chinese question ("回执overdue了怎么办", "哪些account不用recon"), keyed by
 * stem after EN_SYNONYMS, to the Chinese word the knowledge base uses: such a question is searched
 * in the Chinese index, where the English word would be unknown.
 */
export const EN_TO_ZH: Readonly<Record<string, string>> = {
  reconcil: '对账', statement: '对账单', receipt: '回执', balanc: '余额', account: '账户', overdu: '逾期',
  deadlin: '截止', bot: '机器人', upload: '上传', import: '导入', export: '导出', log: '登录', password: '密码',
  usbkey: 'u盾', sms: '短信', code: '验证码', bank: '银行', onlin: '网银', mobil: '手机银行', disagre: '不符',
  agre: '相符', differ: '差异', outstand: '未达账项', audit: '审计', approv: '审批', backup: '备份', charg: '手续费',
  cycl: '周期', monthly: '月度', daily: '每日', report: '报告', confirm: '确认', format: '格式', fil: '文件',
  contact: '联系', support: '技术支持', network: '网络', error: '报错', updat: '更新', train: '培训', rul: '规则',
  procedur: '流程', archiv: '存档', past: '历史', setting: '设置', setup: '设置', check: '核对', submit: '提交',
  duplicat: '重复', adjust: '调节', manual: '手工', hotlin: '客服热线', phon: '电话', lost: '丢失', lose: '丢失',
  deposit: '存款', cheque: '支票', fee: '手续费', system: '系统', button: '按钮', menu: '菜单',
  role: '角色', rol: '角色', permission: '权限', user: '用户', reset: '重置', status: '状态', rerun: '重跑',
  generat: '生成', auto: '自动', docu: '材料', checker: '复核', maker: '经办', reject: '退回', return: '退回',
  download: '下载', print: '打印', summary: '汇总', transit: '在途', regulatory: '监管', phish: '钓鱼', email: '邮件',
  link: '链接', scam: '诈骗', fraud: '诈骗', templat: '模板', encod: '编码', garbl: '乱码', stamp: '盖章', seal: '公章',
  chop: '盖章', toleranc: '容差', limit: '限额', supervisor: '主管', branch: '网点', counter: '柜台', holiday: '节假日',
  weekend: '周末', maintenanc: '维护', upgrad: '升级', timeout: '超时', expir: '过期', certificat: '证书', renew: '续期',
  lock: '锁定', unlock: '解锁', undo: '撤销', cancel: '取消', modify: '修改', edit: '修改', delet: '删除', approval: '审批',
  // the stems stem.ts really makes of statement(s), daily, setting(s), cheque(s)
  stat: '对账单', dai: '每日', set: '设置', chequ: '支票',
  // finance words people mix in; several words when the segmenter splits the Chinese (未匹配 → 未 匹配)
  unmatch: '未 匹配', payroll: '代发 工资', access: '权限', review: '复核', escalat: '上报', remark: '备注', cutoff: '截止',
  interest: '利息', amount: '金额', referenc: '参考号', evidenc: '凭证', attach: '附件', cashier: '出纳', clerk: '柜员',
  operator: '操作员', notific: '通知', transaction: '交易',
};

/** English synonyms, keyed by stem (see stem.ts), applied after stemming. */
export const EN_SYNONYMS: Readonly<Record<string, string>> = {
  login: 'log', signin: 'log', sign: 'log', logon: 'log',
  mismatch: 'disagre', differ: 'disagre', wrong: 'disagre', match: 'agre',
  fee: 'charg',
  usb: 'usbkey', token: 'usbkey', ukey: 'usbkey',
  wifi: 'network', internet: 'network', connect: 'network', connection: 'network',
  last: 'past', previous: 'past', old: 'past', earlier: 'past', history: 'past',
  app: 'mobil', call: 'contact', start: 'run', kick: 'run', launch: 'run', execut: 'run',
  step: 'procedur', process: 'procedur', workflow: 'procedur',
  quit: 'depart', resign: 'depart', discrepancy: 'disagre', varianc: 'disagre', dongl: 'usbkey', helpdesk: 'contact', acknowledg: 'receipt', slip: 'receipt',
};
