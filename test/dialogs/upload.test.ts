/**
 * Statement upload in chat over /api/messages, as a channel sends files: the message carries an
 * attachment whose contentUrl the channel serves (the local connector here, as the Emulator does).
 * Real files from test/fixtures; the bot reads them with the engine's readers, shows what they
 * hold, asks what the file does not say, imports through the import service (idempotent, audited,
 * posted by the sender) and offers the run. PGlite always; PostgreSQL when DATABASE_URL is set.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addAccount, updateAccountSettings } from '../../engine/service/accounts.ts';
import { activity, post, replyText, startBot, NOW, type RunningBot } from '../bot/support/app.ts';
import { startConnector, type FakeConnector } from '../bot/support/connector.ts';
import { describeEngines } from '../support/requires.ts';

type Act = Record<string, unknown>;

const fixture = (path: string): Uint8Array => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const CCB = 'reconstructed_ccb_corporate.csv';
const KINGDEE = 'constructed_kingdee_journal_gbk.csv';
const INVALID = 'self-provided_invalid_statement.sta';

function buttons(a: Act | undefined): Array<{ title: string; data: Record<string, unknown> }> {
  const atts = (a?.attachments ?? []) as Array<{ content?: { actions?: Array<{ title: string; data: Record<string, unknown> }> } }>;
  return atts.flatMap((x) => x.content?.actions ?? []);
}

describeEngines('statement upload over /api/messages (%s)', (engine) => {
  let bot: RunningBot;
  let conn: FakeConnector;

  beforeAll(async () => {
    conn = await startConnector();
    bot = await startBot({ engine });
    // The account the CCB export names (its title block: 账号:53001905038050548106).
    await addAccount(bot.db, { number: '53001905038050548106', name: '建行 基本户', currency: 'CNY', cycle: 'monthly', staff: 'demo-staff' }, 'system', NOW);
    conn.files.set(CCB, fixture(`bank-csv/${CCB}`));
    conn.files.set(KINGDEE, fixture(`journal/${KINGDEE}`));
    conn.files.set(INVALID, fixture(`mt940/${INVALID}`));
    conn.files.set('bank.xlsx', fixture(`bank-csv/${CCB}`));
    conn.files.set('zipped.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    // May exported twice: the second export lacks a 100.00 payment and ends lower on 05-10.
    const may = (rows: string): Uint8Array => new TextEncoder().encode(`id,date,amount,currency,reference,counterparty,description,balance\n${rows}`);
    conn.files.set('may-first.csv', may('M1,2026-05-08,500.00,CNY,INV-5,,货款,1500.00\nM2,2026-05-10,-100.00,CNY,PAY-5,,付款,1400.00\n'));
    conn.files.set('may-second.csv', may('M1,2026-05-08,500.00,CNY,INV-5,,货款,1500.00\nM3,2026-05-10,-120.00,CNY,PAY-6,,付款,1380.00\n'));
    conn.files.set('zero.csv', new TextEncoder().encode('id,date,amount,currency,reference,counterparty,description,balance\nZ1,2026-10-08,500.00,CNY,INV-9,,货款,500.00\nZ2,2026-10-09,0.00,CNY,,,结息,500.00\n'));
  }, 180_000);
  afterAll(async () => {
    await bot.close();
    await conn.close();
  });

  /** Posts one message in `conversation` as `from` (text, a card value, or files); returns the replies it produced. */
  async function send(from: string, conversation: string, fields: { text?: string; value?: unknown; files?: string[]; locale?: string }): Promise<Act[]> {
    const before = conn.repliesTo(conversation).length;
    const a: Act = activity(conn.url, { from, conversation, ...(fields.locale ? { locale: fields.locale } : {}), ...(fields.text !== undefined ? { text: fields.text } : {}), ...(fields.value !== undefined ? { value: fields.value } : {}) });
    if (fields.files) a.attachments = fields.files.map((name) => ({ contentType: 'text/csv', name, contentUrl: `${conn.url}/files/${encodeURIComponent(name)}` }));
    const res = await post(`${bot.url}/api/messages`, a);
    expect(res.status).toBe(200);
    return conn.repliesTo(conversation).slice(before);
  }
  /** The replies as a person reads them (Markdown escapes of file names undone). */
  const text = (replies: Act[]): string => replies.map(replyText).join('\n').replace(/\\([\\`*_[\]<>~])/g, '$1');

  async function count(sql: string, params: unknown[] = []): Promise<number> {
    return Number((await bot.db.query<{ n: string }>(sql, params)).rows[0]!.n);
  }

  it('a bank export: shows what it found, asks the side, imports it posted by the sender, says the journal is still needed; a re-import adds nothing', async () => {
    const first = await send('demo-staff', 'conv-up-1', { files: [CCB] });
    const card = text(first);
    expect(card).toContain(`收到文件 ${CCB}（CSV）`);
    expect(card).toContain('账号 ****8106 · CNY · 2026-04-10 至 2026-04-11 · 3 笔');
    expect(card).toContain('期初 448,549.42 CNY，期末 418,561.59 CNY：期初加发生额等于期末，余额相符');
    // 借方发生额（支取）/贷方发生额（收入） read the same on both sides: the file does not say which side it is.
    expect(card).toContain('这份文件是银行对账单，还是企业的银行存款日记账？');
    const confirm = text(await send('demo-staff', 'conv-up-1', { text: '银行对账单' }));
    expect(confirm).toContain('导入到：账户 ****8106 的银行对账单');
    const done = await send('demo-staff', 'conv-up-1', { text: '导入' });
    expect(text(done)).toContain(`已导入 ${CCB} 到账户 ****8106 的银行对账单：新增 3 笔，已存在 0 笔。`);
    // The bank side alone cannot be reconciled: no run button, the file still needed is named.
    const offer = done.at(-1)!;
    expect(replyText(offer)).toBe('要对 2026-04 对账，还需要企业日记账：请把它也发过来，导入后就可以对账。');
    expect(offer.suggestedActions).toBeUndefined();

    expect(await count("SELECT count(*)::text AS n FROM transactions WHERE account = '53001905038050548106' AND side = 'bank' AND posted_by = 'demo-staff'")).toBe(3);
    expect(await count("SELECT count(*)::text AS n FROM audit_log WHERE action = 'import' AND actor = 'demo-staff'")).toBe(1);

    // The same file again, with the side in the words sent along: nothing new, said so.
    const again = text(await send('demo-staff', 'conv-up-1', { text: '建行的银行对账单，四月的', files: [CCB] }));
    expect(again).toContain('您随文件写的：“建行的银行对账单，四月的”');
    expect(again).toContain('导入到：账户 ****8106 的银行对账单');
    expect(text(await send('demo-staff', 'conv-up-1', { text: '是' }))).toContain(`${CCB} 的 3 笔此前都已导入，这次没有新增。`);
    expect(await count("SELECT count(*)::text AS n FROM transactions WHERE account = '53001905038050548106'")).toBe(3);
    // Imported, the file is not kept in the chat's store (the import keeps its sha256).
    expect(await count("SELECT count(*)::text AS n FROM chat_uploads WHERE conversation_id = 'conv-up-1'")).toBe(0);

    // Typed anyway, the run is refused and nothing is stored.
    expect(text(await send('demo-staff', 'conv-up-1', { text: '对账 8106 2026-04' }))).toContain('到 2026-04 为止只导入了银行对账单，没有账务流水，也没有设置账面期初余额，暂时不能对账');
    expect(await count("SELECT count(*)::text AS n FROM runs WHERE account = '53001905038050548106'")).toBe(0);
  }, 120_000);

  it('once the book side is there (an opening set by the administrator), the same import offers the run and the run goes through', async () => {
    await updateAccountSettings(bot.db, '53001905038050548106', { bookOpening: '448549.42', bookOpeningAsOf: '2026-04-01' }, 'admin', NOW);
    await send('demo-staff', 'conv-up-3', { text: '银行对账单', files: [CCB] });
    const done = await send('demo-staff', 'conv-up-3', { text: '导入' });
    expect(text(done)).toContain(`${CCB} 的 3 笔此前都已导入，这次没有新增。`);
    const offer = done.at(-1)!;
    expect(replyText(offer)).toContain('可以对 2026-04 对账：点下面的按钮，或输入“对账 8106 2026-04”。');
    expect((offer.suggestedActions as { actions: Array<{ value: string }> }).actions[0]!.value).toBe('对账 8106 2026-04');
    const run = text(await send('demo-staff', 'conv-up-3', { text: '对账 8106 2026-04' }));
    expect(run).toContain('对账完成：账户 ****8106，期间 2026-04');
    expect(run).toContain('银行 3 笔、企业账 0 笔');
  }, 120_000);

  it('a second export whose closing contradicts the first is imported, and the reply names the day, both figures and the first file', async () => {
    // The file names no account: the sender picks 建行 基本户 (the first CNY account), then imports.
    async function upload(conversation: string, file: string, words: string[], locale?: string): Promise<string> {
      const card = text(await send('demo-staff', conversation, { text: words[0]!, files: [file], ...(locale ? { locale } : {}) }));
      expect(card).toMatch(/1\. 建行 基本户 ?[（(]\*{4}8106[）)]/);
      await send('demo-staff', conversation, { text: '1', ...(locale ? { locale } : {}) });
      return text(await send('demo-staff', conversation, { text: words[1]!, ...(locale ? { locale } : {}) }));
    }
    const first = await upload('conv-up-may', 'may-first.csv', ['银行对账单', '导入']);
    expect(first).toContain('已导入 may-first.csv 到账户 ****8106 的银行对账单：新增 2 笔，已存在 0 笔。');
    expect(first).not.toContain('日终余额');
    const second = await upload('conv-up-may', 'may-second.csv', ['银行对账单', '导入']);
    expect(second).toContain('已导入 may-second.csv 到账户 ****8106 的银行对账单：新增 1 笔，已存在 1 笔。');
    expect(second).toContain('注意：may-second.csv 所载 2026-05-10 日终余额 1,380.00，与此前导入的 may-first.csv 所载 1,400.00 不同。请向银行核实哪一份正确；弄清之前，含这一天的对账结果不能作为依据。');
    // In English for an English speaker, the same sentence.
    const again = await upload('conv-up-may-en', 'may-second.csv', ['bank statement', 'import'], 'en-US');
    expect(again).toContain('Note: may-second.csv states a balance of 1,380.00 at the end of 2026-05-10; may-first.csv, imported before, states 1,400.00.');
  }, 120_000);

  it('the same file sent again while its card waits starts that upload over instead of stacking a second one (probe M2/M3)', async () => {
    expect(text(await send('demo-staff', 'conv-up-twice', { files: [CCB] }))).toContain('这份文件是银行对账单，还是企业的银行存款日记账？');
    const again = text(await send('demo-staff', 'conv-up-twice', { text: '银行对账单', files: [CCB] }));
    expect(again).toContain(`又收到 ${CCB}：按这次发的重新开始，前一次的不再等待确认。`);
    expect(again).not.toContain('先处理这个文件');
    expect(again).toContain('导入到：账户 ****8106 的银行对账单');
    const done = text(await send('demo-staff', 'conv-up-twice', { text: '导入' }));
    expect(done).toContain(CCB);
    // Nothing of the first upload comes back afterwards.
    expect(done).not.toContain('回到刚才的操作');
    expect(text(await send('demo-staff', 'conv-up-twice', { text: '取消' }))).not.toContain('这份文件是银行对账单');
  }, 120_000);

  it('a file with a zero-amount line says which line before anything is imported; a file without one says nothing of it', async () => {
    const first = text(await send('demo-staff', 'conv-up-zero', { files: ['zero.csv'] }));
    expect(first).toContain('注意：有 1 笔金额为 0（第 3 行）。它们不改变余额，但找不到对应记录时会在对账中列为差异，请核对文件。');
    expect(text(await send('demo-staff', 'conv-up-zero', { text: '取消' }))).not.toContain('已导入');
    expect(await count("SELECT count(*)::text AS n FROM transactions WHERE ext_id = 'Z2'")).toBe(0);
    expect(text(await send('demo-staff', 'conv-up-zero2', { files: [CCB] }))).not.toContain('金额为 0');
    await send('demo-staff', 'conv-up-zero2', { text: '取消' });
  }, 120_000);

  it('a journal without an account: the side is the one whose balances add up, the account is asked, 返回 goes back', async () => {
    const first = text(await send('demo-staff', 'conv-up-2', { files: [KINGDEE] }));
    expect(first).toContain('文件未写账号 · CNY · 2026-11-01 至 2026-11-25 · 5 笔');
    expect(first).toContain('期初 100,000.00 CNY，期末 12,185.00 CNY：期初加发生额等于期末，余额相符');
    expect(first).toContain('导入到哪个账户？');
    const confirm = text(await send('demo-staff', 'conv-up-2', { text: '5678' }));
    expect(confirm).toContain('导入到：账户 ****5678 的企业日记账');
    expect(text(await send('demo-staff', 'conv-up-2', { text: '返回' }))).toContain('导入到哪个账户？');
    const picked = await send('demo-staff', 'conv-up-2', { text: '5678' });
    const yes = buttons(picked.at(-1)).find((b) => b.title.includes('导入'))!.data;
    expect(text(await send('demo-staff', 'conv-up-2', { value: yes }))).toContain(`已导入 ${KINGDEE} 到账户 ****5678 的企业日记账：新增 5 笔，已存在 0 笔。`);
    expect(await count("SELECT count(*)::text AS n FROM transactions WHERE account = '6222020200025678' AND side = 'ledger' AND posted_by = 'demo-staff' AND date >= '2026-11-01'")).toBe(5);
  }, 120_000);

  it('an MT940 file with two statements: the bank side and the account it names need no question', async () => {
    await addAccount(bot.db, { number: 'NL20INGB0001234567', name: 'ING EUR', currency: 'EUR', cycle: 'monthly', staff: 'demo-staff' }, 'system', NOW);
    conn.files.set('reconstructed_dialects.sta', fixture('mt940/reconstructed_dialects.sta'));
    const first = text(await send('demo-staff', 'conv-up-6', { files: ['reconstructed_dialects.sta'] }));
    expect(first).toContain('收到文件 reconstructed_dialects.sta（MT940）');
    expect(first).toMatch(/账号 \*\*\*\*4567 · EUR · [^\n]* · 3 笔[\s\S]*期初 500\.00 EUR，期末 980\.00 EUR：期初加发生额等于期末，余额相符/);
    expect(first).toContain('共 2 份对账单、4 笔。');
    expect(first).toContain('导入到：账户 ****4567 的银行对账单');
    expect(text(await send('demo-staff', 'conv-up-6', { text: '1' }))).toContain('新增 4 笔，已存在 0 笔。');
    // A camt.053 statement in EUR naming an account that is not registered: nothing to import into.
    conn.files.set('camt.xml', fixture('camt053/reconstructed_camt053-v08-dates.xml'));
    // A yen export naming no account, and no account in yen.
    conn.files.set('yen.csv', new TextEncoder().encode('id,date,amount,currency,reference,counterparty,description\nY1,2026-11-02,1000,JPY,,,fee\n'));
    expect(text(await send('demo-staff', 'conv-up-6', { files: ['yen.csv'] }))).toBe('yen.csv：没有币种为 JPY 的已登记账户，没有导入。请管理员先登记账户。');
    expect(text(await send('demo-staff', 'conv-up-6', { files: ['camt.xml'] }))).toBe('camt.xml 中的账号 ****3000 不是已登记的账户，没有导入。请管理员先登记该账户，或检查文件。');
  }, 60_000);

  it("a bad file gets the reader's one line (file, line, reason) and nothing is stored; other kinds of file are refused", async () => {
    const imports = await count('SELECT count(*)::text AS n FROM imports');
    const bad = text(await send('demo-staff', 'conv-up-3', { text: '帮我导入这个', files: [INVALID] }));
    expect(bad).toContain(`没有导入（没有保存任何内容）：${INVALID} 第 1 行：不是 MT940 文件`);
    expect(await count('SELECT count(*)::text AS n FROM imports')).toBe(imports);
    expect(await count("SELECT count(*)::text AS n FROM chat_uploads WHERE conversation_id = 'conv-up-3'")).toBe(0);
    // In English on an English page.
    expect(text(await send('demo-staff', 'conv-up-3', { files: [INVALID], locale: 'en-US' }))).toContain(`Not imported (nothing was stored): ${INVALID}`);
    expect(text(await send('demo-staff', 'conv-up-3', { files: ['bank.xlsx'] }))).toContain('bank.xlsx：只能导入 CSV');
    expect(text(await send('demo-staff', 'conv-up-3', { files: ['zipped.csv'] }))).toContain('zipped.csv：只能导入 CSV');
    // A link the bot may not fetch (not on the allowlist) is not fetched.
    const a: Act = activity(conn.url, { from: 'demo-staff', conversation: 'conv-up-3' });
    a.attachments = [{ contentType: 'text/csv', name: 'far.csv', contentUrl: 'http://192.0.2.1/far.csv' }];
    await post(`${bot.url}/api/messages`, a);
    expect(replyText(conn.repliesTo('conv-up-3').at(-1)!)).toBe('无法读取附件 far.csv，没有导入任何内容。请重新发送。');
  }, 120_000);

  it("only accounts in the file's currency are offered; the store's refusal (a bank id stored with other content) is one line, nothing stored", async () => {
    await addAccount(bot.db, { number: '6222020200098888', name: '美元户', currency: 'USD', cycle: 'monthly', staff: 'demo-staff' }, 'system', NOW);
    // A CNY journal: the USD account named in the words is not among the accounts that fit, so the bot asks.
    const asked = text(await send('demo-staff', 'conv-up-5', { text: '8888 的日记账', files: [KINGDEE] }));
    expect(asked).toContain('导入到哪个账户？');
    expect(asked).not.toContain('****8888');
    await send('demo-staff', 'conv-up-5', { text: '取消' });

    // The April export again, one amount changed under a bank id already stored (13524).
    const altered = new TextDecoder().decode(fixture(`bank-csv/${CCB}`)).replace('0,12000.00,419812.09', '0,12500.00,420312.09');
    conn.files.set('ccb-april-altered.csv', new TextEncoder().encode(altered));
    const lines = await count('SELECT count(*)::text AS n FROM transactions');
    const imports = await count('SELECT count(*)::text AS n FROM imports');
    expect(text(await send('demo-staff', 'conv-up-5', { text: '银行对账单', files: ['ccb-april-altered.csv'] }))).toContain('导入到：账户 ****8106 的银行对账单');
    expect(text(await send('demo-staff', 'conv-up-5', { text: '导入' }))).toContain(
      '没有导入（没有保存任何内容）：ccb-april-altered.csv:5：流水号 13524 已存在但内容不同（日期、金额或参考号），未导入任何内容。',
    );
    expect(await count('SELECT count(*)::text AS n FROM transactions')).toBe(lines);
    expect(await count('SELECT count(*)::text AS n FROM imports')).toBe(imports);
  }, 60_000);

  it("a Teams file (file.download.info with its download link) is read the same way", async () => {
    // Teams sends the file as a link to the user's OneDrive; here the link is on the loopback connector
    // (anonymous mode fetches only from BOT_SERVICE_URL_ALLOWLIST; with an app id only https SharePoint links).
    const a: Act = activity(conn.url, { from: 'demo-staff', conversation: 'conv-up-8', text: '银行对账单' });
    a.channelId = 'msteams';
    a.attachments = [
      { contentType: 'application/vnd.microsoft.teams.file.download.info', name: CCB, content: { downloadUrl: `${conn.url}/files/${CCB}`, uniqueId: 'u-1', fileType: 'csv' } },
      { contentType: 'text/html', content: '<p>银行对账单</p>' },
    ];
    expect((await post(`${bot.url}/api/messages`, a)).status).toBe(200);
    const replies = text(conn.repliesTo('conv-up-8'));
    expect(replies).toContain(`收到文件 ${CCB}（CSV）`);
    expect(replies).toContain('导入到：账户 ****8106 的银行对账单');
  }, 60_000);

  it('a file sent in the middle of another dialog is taken at once, and that dialog comes back afterwards', async () => {
    const list = await send('demo-staff', 'conv-up-7', { text: '处理差异 1234' });
    expect(text(list)).toContain('账户 ****1234 待处理差异');
    // The row of #3: a whole row is the card's button (its selectAction).
    const rows = JSON.stringify(list.at(-1)).match(/"selectAction":\{"type":"Action.Submit","title":"#3 [^"]*","data":(\{[^}]*\})/);
    const row = rows ? { data: JSON.parse(rows[1]!) as Record<string, unknown> } : undefined;
    expect(row).toBeDefined();
    const taken = text(await send('demo-staff', 'conv-up-7', { text: '银行对账单', files: [CCB] }));
    expect(taken).toContain('先处理这个文件，刚才的操作保留着，处理完会回到那里。');
    expect(taken).toContain(`收到文件 ${CCB}（CSV）`);
    // A button of the paused list is not "expired": it says the list waits, and changes nothing.
    const early = text(await send('demo-staff', 'conv-up-7', { value: row!.data }));
    expect(early).toContain('这张卡片属于刚才暂停的操作，它还保留着');
    expect(early).not.toContain('已过期');
    const back = text(await send('demo-staff', 'conv-up-7', { text: '不导入' }));
    expect(back).toContain('好的，没有导入。');
    expect(back).toMatch(/回到刚才的操作[\s\S]*账户 \*\*\*\*1234 待处理差异/);
    // And afterwards the same button works.
    expect(text(await send('demo-staff', 'conv-up-7', { value: row!.data }))).toContain('差异 #3：');
  }, 60_000);

  it('values submitted on a paused form are kept: after the file, the form comes back with them and submits', async () => {
    await send('demo-staff', 'conv-up-9', { text: '处理差异 1234' });
    await send('demo-staff', 'conv-up-9', { text: '#3' });
    const form = await send('demo-staff', 'conv-up-9', { text: '企业调账' });
    const submit = buttons(form.at(-1)).find((b) => b.title === '提交');
    expect(submit).toBeDefined();
    expect(text(await send('demo-staff', 'conv-up-9', { text: '银行对账单', files: [CCB] }))).toContain('先处理这个文件，刚才的操作保留着');
    const filled = { ...submit!.data, f_entryReference: '记-2026-1130', f_reason: '跨行手续费，已补记账' };
    const kept = text(await send('demo-staff', 'conv-up-9', { value: filled }));
    expect(kept).toContain('已保留：您在那张卡片上填的内容已为暂停的操作记下');
    expect(kept).not.toContain('已过期');
    // The upload is declined: the form is back with both values in its fields.
    const back = await send('demo-staff', 'conv-up-9', { text: '不导入' });
    const inputs = JSON.stringify(back.at(-1)).match(/"Input\.Text","id":"f_\w+"[^}]*?"value":"[^"]*"/g) ?? [];
    expect(inputs.join('\n')).toContain('"value":"记-2026-1130"');
    expect(inputs.join('\n')).toContain('"value":"跨行手续费，已补记账"');
    // Submitted from the card as it came back: the confirmation, with the values.
    const again = buttons(back.at(-1)).find((b) => b.title === '提交');
    const confirm = text(await send('demo-staff', 'conv-up-9', { value: { ...again!.data, f_entryReference: '记-2026-1130', f_reason: '跨行手续费，已补记账' } }));
    expect(confirm).toContain('请确认提交以下处理方案');
    expect(confirm).toContain('调账凭证号：记-2026-1130');
  }, 60_000);

  it('files sent one after another on top of open operations stop stacking at three: the next is refused and nothing is read', async () => {
    await send('demo-staff', 'conv-up-10', { text: '处理差异 1234' });
    // Two different files (the same file sent again starts its upload over instead).
    for (const file of [CCB, 'zero.csv']) expect(text(await send('demo-staff', 'conv-up-10', { text: '银行对账单', files: [file] }))).toContain('先处理这个文件');
    const stored = await count("SELECT count(*)::text AS n FROM chat_uploads WHERE conversation_id = 'conv-up-10'");
    const refused = text(await send('demo-staff', 'conv-up-10', { text: '银行对账单', files: ['may-first.csv'] }));
    expect(refused).toContain('已经有几项操作暂停着在等您，这次没有再叠加新的操作');
    // The file was neither fetched nor kept.
    expect(await count("SELECT count(*)::text AS n FROM chat_uploads WHERE conversation_id = 'conv-up-10'")).toBe(stored);
    // The running operation is shown again, and cancelling it brings back the one beneath.
    expect(refused).toContain('导入到哪个账户？');
    expect(text(await send('demo-staff', 'conv-up-10', { text: '取消' }))).toMatch(/回到刚才的操作/);
  }, 60_000);

  it('a customer is refused politely (audited), and the words sent with the file are still answered', async () => {
    const replies = await send('customer-1', 'conv-up-4', { text: '怎么进行电子对账', files: [CCB] });
    expect(replyText(replies[0]!)).toContain('导入对账单文件仅向本行工作人员开放');
    expect(replies.length).toBe(2);
    expect(await count("SELECT count(*)::text AS n FROM audit_log WHERE action = 'bot.refused' AND actor = 'customer-1'")).toBe(1);
  }, 60_000);
});
