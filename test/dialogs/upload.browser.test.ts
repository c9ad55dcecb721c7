/**
 * A statement sent with Web Chat's paperclip in a real browser (playwright-core driving Debian's
 * chromium, over this server's Direct Line upload endpoint): the file is attached through Web
 * Chat's file input, a few words typed with it, sent; the bot shows what the file holds, the
 * import is confirmed with the card's button, and the offered run is one tap. Saves
 * test/.tmp/webchat-upload.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addAccount } from '../../engine/service/accounts.ts';
import { launchChromium, type Browser } from '../support/chromium.ts';
import { describeNeeding } from '../support/requires.ts';
import { NOW, startBot, type RunningBot } from '../bot/support/app.ts';

const CCB = fileURLToPath(new URL('../fixtures/bank-csv/reconstructed_ccb_corporate.csv', import.meta.url));

describeNeeding('chromium', 'a statement upload in Web Chat (chromium)', () => {
  let bot: RunningBot;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot();
    // The book side of April: an opening the administrator set (a run needs both sides).
    await addAccount(bot.db, { number: '53001905038050548106', name: '建行 基本户', currency: 'CNY', cycle: 'monthly', staff: 'demo-staff', bookOpening: '448549.42', bookOpeningAsOf: '2026-04-01' }, 'system', NOW);
    browser = await launchChromium({ width: 900, height: 1600 });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('张敏 attaches the April statement with the paperclip, types a note, imports it and runs the period', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${bot.url}/?user=demo-staff`);
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 60_000 });
    await page.getByText('您好，张敏').first().waitFor({ timeout: 30_000 });
    // The paperclip's file input: Web Chat attaches the file and sends it with the typed text.
    await page.locator('input[type="file"]').setInputFiles(CCB);
    await input.fill('四月的银行对账单');
    await input.press('Enter');
    await page.getByText('收到文件 reconstructed_ccb_corporate.csv（CSV）').last().waitFor({ timeout: 30_000 });
    await page.getByText('账号 ****8106 · CNY · 2026-04-10 至 2026-04-11 · 3 笔').last().waitFor({ timeout: 30_000 });
    await page.getByText('期初加发生额等于期末，余额相符').last().waitFor({ timeout: 30_000 });
    // The typed words arrived with the file, in the transcript and in the bot's summary.
    await page.getByText('您随文件写的：“四月的银行对账单”').last().waitFor({ timeout: 30_000 });
    const importButton = page.getByRole('button', { name: /1\. 导入/ }).last();
    await importButton.click();
    await page.getByText(/已导入 reconstructed_ccb_corporate\.csv 到账户 \*\*\*\*8106 的银行对账单：新增 3 笔/).last().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '对账 2026-04' }).last().click();
    await page.getByText(/对账完成：账户 \*\*\*\*8106，期间 2026-04/).last().waitFor({ timeout: 30_000 });
    mkdirSync('test/.tmp', { recursive: true });
    await page.screenshot({ path: 'test/.tmp/webchat-upload.png', fullPage: true });
    const rows = await bot.db.query<{ n: string }>("SELECT count(*)::text AS n FROM transactions WHERE account = '53001905038050548106' AND posted_by = 'demo-staff'");
    expect(rows.rows[0]!.n).toBe('3');
  }, 240_000);

  it('a file over UPLOAD_MAX_BYTES (5 MB) is not sent: the page says why, takes the file out and keeps the typed words', async () => {
    // Six months of a busy account as one export: 6 MB of CSV rows.
    mkdirSync('test/.tmp', { recursive: true });
    const big = 'test/.tmp/half-year.csv';
    const row = '2026-05-08,500.00,CNY,INV-5,,货款,1500.00\n';
    writeFileSync(big, 'date,amount,currency,reference,counterparty,description,balance\n' + row.repeat(Math.ceil((6 * 1024 * 1024) / Buffer.byteLength(row))));
    const page = await browser.context.newPage();
    await page.goto(`${bot.url}/?user=demo-staff`);
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 60_000 });
    await page.getByText('您好，张敏').first().waitFor({ timeout: 30_000 });
    await page.locator('input[type="file"]').setInputFiles(big);
    await input.fill('上半年的对账单');
    await input.press('Enter');
    const note = page.getByRole('alert');
    await note.getByText('文件太大，没有发送：half-year.csv (6 MB)。一次发送的文件合计不能超过 5 MB').waitFor({ timeout: 30_000 });
    expect(await input.inputValue()).toBe('上半年的对账单');
    const kept = await bot.db.query<{ n: string }>("SELECT count(*)::text AS n FROM chat_uploads WHERE file_name = 'half-year.csv'");
    expect(kept.rows[0]!.n).toBe('0');
    // Sent again without the file, the words go out and the note goes away.
    await input.press('Enter');
    await page.getByText('上半年的对账单').last().waitFor({ timeout: 30_000 });
    await note.getByText('文件太大').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.getByText('收到文件 half-year.csv').count()).toBe(0);
  }, 240_000);
});
