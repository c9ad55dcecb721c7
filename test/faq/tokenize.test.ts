/** Segmentation keeps domain terms whole, folds scripts and variants, stems English lightly. */
import { describe, expect, it } from 'vitest';
import { fold } from '../../dialogs/faq/fold.ts';
import { stem } from '../../dialogs/faq/stem.ts';
import { tokenize } from '../../dialogs/faq/tokenize.ts';

describe('tokenize', () => {
  it('keeps the glossary terms whole', () => {
    const { words } = tokenize('电子对账时余额调节表里的未达账项、网银U盾和回单怎么看');
    for (const term of ['电子对账', '对账', '余额', '余额调节表', '未达账项', '网银', 'u盾', '回单']) expect(words).toContain(term);
  });

  it('folds traditional characters and the 帐 variant to the same terms', () => {
    expect(tokenize('對帳結果與我的帳對不上怎麼辦').words).toEqual(tokenize('对账结果与我的账对不上怎么办').words);
    expect(fold('ＡＢＣ１２３')).toBe('abc123');
    // OpenCC's Taiwan tables would turn 么 into 幺 and 文件 into 档案; simplified text must survive.
    expect(fold('什么文件')).toBe('什么文件');
  });

  it('maps colloquial words to the knowledge base words and drops question words', () => {
    expect(tokenize('对不上怎么办').words).toEqual(['不符']);
    expect(tokenize('网银登陆').words).toEqual(['网银', '登录']);
  });

  it('rewrites colloquial forms and common variants to the knowledge base words (issue 18)', () => {
    expect(tokenize('对帐结果和我自己账上的对不上，咋办').words).toEqual(tokenize('对账结果和我自己账上的对不上，怎么办').words);
    expect(tokenize('电子对账在网银哪点').words).toEqual(tokenize('电子对账在网银哪里').words);
    expect(tokenize('余额调解表咋整').words).toEqual(tokenize('余额调节表怎么办').words);
    expect(tokenize('U盾弄丢了').words).toContain('丢失');
    expect(tokenize('电子对账是干嘛用的').words).toContain('作用');
    // 没 is a stopword; what it negates is kept
    expect(tokenize('验证码一直没收到').words).toEqual(tokenize('验证码一直收不到').words);
    expect(tokenize('回执没寄回').words).toContain('未交回');
    expect(tokenize('回执怎么寄回').words).not.toContain('未交回');
    expect(tokenize('对账单忘了确认').words).toContain('未交回');
    expect(tokenize('两边都没记错').words).toContain('未记错');
    expect(tokenize('比我们账上少了两万').words).toContain('不符');
  });

  it('reads pinyin initials and homophone slips typed on a phone as the words they stand for', () => {
    expect(tokenize('dz是干嘛用的').words).toEqual(tokenize('对账是干嘛用的').words);
    expect(tokenize('dzdz是强制的吗').words).toEqual(tokenize('电子对账是强制的吗').words);
    expect(tokenize('yetjb咋填').words).toEqual(tokenize('余额调节表怎么填').words);
    expect(tokenize('wdzx是啥').words).toEqual(tokenize('未达账项是什么').words);
    expect(tokenize('dz回值在哪下').words).toEqual(tokenize('对账回执在哪下').words);
    expect(tokenize('ye对不上咋整').words).toEqual(tokenize('余额对不上怎么办').words);
    expect(tokenize('wy里怎么对账').words).toEqual(tokenize('网银里怎么对账').words);
    expect(tokenize('啥叫未答账项').words).toEqual(tokenize('什么叫未达账项').words);
    // English keeps its words: "ye" and "dz" only stand for Chinese beside Chinese or on their own
    expect(tokenize('yes the eye of the storm, adze').words).toEqual(['yes', 'eye', 'storm', 'adze']);
  });

  it('keeps the order of adjacent English words as gram terms (the word channel stays a bag of words)', () => {
    const { words, grams } = tokenize('balance statement, how to fill it');
    expect(grams).toContain('balanc_stat');
    expect(grams).not.toContain('stat_balanc');
    expect([...words].sort()).toEqual([...tokenize('statement balance, how to fill it').words].sort());
    expect(grams).not.toEqual(tokenize('statement balance, how to fill it').grams);
    // punctuation and Chinese break a pair; stopwords in between do not
    expect(grams).not.toContain('stat_fill');
    expect(tokenize('confirm the statement').grams).toContain('confirm_stat');
    expect(tokenize('confirm 对账单 online', 'never').grams.some((g) => g.startsWith('confirm_'))).toBe(false);
  });

  it('has character bigrams as a fallback channel', () => {
    expect(tokenize('余额调结表').grams).toEqual(expect.arrayContaining(['~余额', '~额调', '~调结', '~结表']));
  });

  it('reads common English misspellings as the words they miss', () => {
    expect(tokenize('need a stamped statment for our auditers').words).toEqual(tokenize('need a stamped statement for our auditers').words);
    expect(tokenize('can i do it on the moblie app').words).toEqual(tokenize('can i do it on the mobile app').words);
    expect(tokenize('where is the reciept of my reconcilation').words).toEqual(tokenize('where is the receipt of my reconciliation').words);
  });

  it('lowercases and stems English', () => {
    expect(tokenize('Reconciling the Statements').words).toEqual(['reconcil', 'stat']);
    expect(['reconcile', 'reconciled', 'reconciliation'].map(stem)).toEqual(['reconcil', 'reconcil', 'reconcil']);
    expect(stem('status')).toBe('status');
  });

  it('maps Taiwan and Hong Kong words to the mainland ones the knowledge base uses', () => {
    expect(tokenize('對帳時簡訊驗證碼收不到').words).toEqual(tokenize('对账时短信验证码收不到').words);
    expect(tokenize('憑證過期').words).toEqual(tokenize('证书过期').words);
    // 網路銀行 (online banking) is 网银, not 网络 (the network) followed by 银行.
    expect(tokenize('網路銀行怎麼對帳').words).toEqual(tokenize('网银怎么对账').words);
    expect(tokenize('可以匯入MT940格式嗎').words).toContain('导入');
    // 汇入 is also money coming in: left alone when no file or format follows.
    expect(tokenize('客户汇入的款项').words).not.toContain('导入');
  });

  it('reads Hong Kong and Cantonese wording (戶口, 月結單, 點算, 喺邊度, 唔夾)', () => {
    expect(tokenize('月結單同我哋嘅數唔夾點算').words).toEqual(expect.arrayContaining(['对账单', '不符']));
    expect(tokenize('網銀喺邊度對帳').words).toEqual(tokenize('网银在哪里对账').words);
    expect(tokenize('戶口').words).toEqual(['账户']);
  });

  it('reads the Cantonese copula, particles and verbs as Mandarin, without touching 系统 or 联系', () => {
    expect(tokenize('未達帳項係咩嚟㗎').words).toEqual(tokenize('未达账项是什么').words);
    expect(tokenize('調節表點睇').words).toEqual(tokenize('调节表怎么看').words);
    expect(tokenize('網銀登入咗但係搵唔到對帳嗰度').words).toEqual(tokenize('网银登录但是找不到对账那里').words);
    expect(tokenize('係咪要揀不符').words).toEqual(tokenize('是不是要选不符').words);
    expect(tokenize('系统维护').words).toContain('系统');
    expect(tokenize('联系客户经理').words).toContain('联系');
  });

  it('reads Taiwan usage: 紀錄 is 记录, 對帳摘要 the daily summary, 審計軌跡 the audit log; English words in Chinese are translated', () => {
    expect(tokenize('歷史對帳紀錄可以匯出嗎').words).toEqual(tokenize('历史对账记录可以导出吗').words);
    expect(tokenize('審計軌跡可以匯出嗎').words).toEqual(tokenize('审计日志可以导出吗').words);
    expect(tokenize('我的 role 是什么 能 export 吗').words).toEqual(expect.arrayContaining(['角色', '导出']));
  });

  it('drops English contractions and expands shorthand (stmt, rec, ebanking)', () => {
    expect(tokenize("doesn't match").words).toEqual(tokenize('does not match').words);
    expect(tokenize('didnt get a stmt').words).toEqual(tokenize('did not get a statement').words);
    expect(tokenize('bank rec in ebanking').words).toEqual(tokenize('bank reconciliation in online banking').words);
  });

  it('reads an English negation of agreeing as a mismatch ("does not match" is no match)', () => {
    expect(tokenize('does not match').words).toEqual(tokenize('mismatch').words);
    expect(tokenize("the amounts don't tally").words).toEqual(tokenize('the amounts mismatch').words);
    expect(tokenize('does not match').words).not.toEqual(tokenize('does match').words);
    // "can't sign in" is a failure, not a first login
    expect(tokenize("I can't sign in").words).toEqual(tokenize('log in failure').words);
    expect(tokenize('never got the code').words.sort()).toEqual(tokenize('code missing').words.sort());
    expect(tokenize('how do I put together a bank rec').words).toEqual(tokenize('how do I prepare a bank rec').words);
  });

  it('translates known English words of a mostly Chinese question to the Chinese terms', () => {
    expect(tokenize('哪些account不用recon').words).toEqual(tokenize('哪些账户不用对账').words);
    expect(tokenize('回执overdue了怎么办').words).toContain('逾期');
    expect(tokenize('bank rec怎么做').words).toContain('余额调节表');
    // A mostly English text keeps its English words.
    expect(tokenize('open the "电子对账" section to confirm the statement').words).toContain('confirm');
  });

  it('keeps an English word whole when a glossary word is inside it (approval is not app + roval)', () => {
    expect(tokenize('approval 通知能推到 Teams 吗').words).toContain('审批');
    expect(tokenize('approval 通知能推到 Teams 吗').words).not.toContain('手机银行');
    expect(tokenize('what happens after approval').words).toEqual(expect.arrayContaining(['happen', 'approval']));
    expect(tokenize('what happens after approval').words).not.toContain('mobil');
  });

  it('translates a mix for the Chinese index whatever its majority, and not for the English one', () => {
    const q = 'daily summary 里的 unmatched';
    expect(tokenize(q, 'always').words).toEqual(expect.arrayContaining(['每日', '汇总', '未', '匹配']));
    expect(tokenize(q, 'never').words).toEqual(expect.arrayContaining(['summary', 'unmatch']));
    expect(tokenize('statement 点了不符').words).toContain('对账单');
  });

  it('is deterministic', () => {
    const q = '开出去的支票对方一直没来兑付 cheque';
    expect(tokenize(q)).toEqual(tokenize(q));
  });
});
