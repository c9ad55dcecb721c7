/**
 * The lists and cards of issue 19 at a phone's width (390 px) and a desktop's (1280 px), in Web
 * Chat in chromium over this server's Direct Line: the list of differences and the approver's
 * list, one compact row each. Measured in the page: nothing overflows sideways, every amount is
 * wholly inside the viewport and not clipped by its card, the rows are buttons that open the
 * difference, and 批准/驳回 carry the positive/destructive styles. Screenshots are saved in the
 * test's temporary folder (its path is printed).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { propose } from '../../engine/service/resolve.ts';
import { launchChromium, typeInWebChat, type Browser } from '../support/chromium.ts';
import { describeNeeding } from '../support/requires.ts';
import { NOW, startBot, type RunningBot } from '../bot/support/app.ts';

const WIDTHS = [390, 1280] as const;
/**
 * Runs in the page (plain JavaScript: the tests are type-checked without the DOM's types). In the
 * last card, the leaf element showing each text: its left and right edge, and whether it is
 * clipped (its text wider than its box, or sticking out of the card); and the page's sideways overflow.
 */
const MEASURE = `(wanted) => {
  const doc = document.documentElement;
  const cards = [...document.querySelectorAll('.ac-adaptiveCard')];
  const card = cards[cards.length - 1];
  const all = card ? [...card.querySelectorAll('p, div, span')] : [];
  const boxes = wanted.map((text) => {
    const el = all.find((e) => e.children.length === 0 && (e.textContent || '').trim() === text);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    const clipped = el.scrollWidth > el.clientWidth + 1 || r.left < c.left - 1 || r.right > c.right + 1;
    return { text, left: r.left, right: r.right, clipped };
  });
  return { overflow: Math.max(doc.scrollWidth - doc.clientWidth, document.body.scrollWidth - document.body.clientWidth), boxes };
}`;

interface Measured {
  overflow: number;
  boxes: Array<{ text: string; left: number; right: number; clipped: boolean } | null>;
}

const AMOUNTS = ['-5.00 CNY', '12.34 CNY', '-25.00 CNY', '-8,000.00 CNY', '-15,000.00 CNY'];

describeNeeding('chromium', 'lists and cards at 390 px and 1280 px (chromium)', () => {
  let bot: RunningBot;
  let browser: Browser;
  const shots = mkdtempSync(join(tmpdir(), 'recon-screens-'));

  beforeAll(async () => {
    bot = await startBot();
    // One proposal waiting, so the approver's list has a row.
    await propose(bot.db, { differenceId: '4', actor: 'demo-staff', at: NOW, resolution: { kind: 'pending_customer', reason: '已电话联系南京建安装饰，支票下周兑付' } });
    browser = await launchChromium({ width: 1280, height: 1000 });
    console.log(`screenshots: ${shots}`);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  async function open(user: string, width: number): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 1000 });
    await page.goto(`${bot.url}/?user=${user}`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 60_000 });
    return page;
  }


  /** Sideways overflow of the page, and where each text sits against the viewport and its card. */
  async function measure(page: Page, texts: readonly string[]): Promise<Measured> {
    return page.evaluate<Measured>(`(${MEASURE})(${JSON.stringify(texts)})`);
  }

  for (const width of WIDTHS) {
    it(`the list of differences at ${width} px: one row each, amounts whole and aligned, no sideways scroll; a row opens its difference`, async () => {
      const page = await open('demo-staff', width);
      await typeInWebChat(page, '处理差异');
      await page.getByText('待处理差异（第 1–4 笔，共 4 笔）').last().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      const m = await measure(page, AMOUNTS.filter((a) => a !== '-8,000.00 CNY'));
      expect(m.overflow).toBeLessThanOrEqual(0);
      for (const b of m.boxes) {
        expect(b, 'amount shown').not.toBeNull();
        expect(b!.left).toBeGreaterThanOrEqual(0);
        expect(b!.right).toBeLessThanOrEqual(width);
        expect(b!.clipped, b!.text).toBe(false);
      }
      // Right-aligned in one column: every amount ends at the same x.
      const rights = m.boxes.map((b) => Math.round(b!.right));
      expect(Math.max(...rights) - Math.min(...rights)).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(shots, `resolve-list-${width}.png`), fullPage: true });
      await page.getByRole('button', { name: /#1 \*\*\*\*1234 · 金额不符/ }).last().click();
      await page.getByText('差异 #1：金额不符').last().waitFor({ timeout: 30_000 });
      expect((await measure(page, [])).overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(shots, `resolve-detail-${width}.png`), fullPage: true });
      await page.close();
    }, 240_000);

    it(`the approver's list and decision at ${width} px: the proposer's name and the amount visible; 批准 positive, 驳回 destructive`, async () => {
      const page = await open('demo-approver', width);
      await typeInWebChat(page, '审批');
      await page.getByText('待您审批的方案（1 笔）').last().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      const m = await measure(page, ['-8,000.00 CNY', '提交人：张敏']);
      expect(m.overflow).toBeLessThanOrEqual(0);
      for (const b of m.boxes) {
        expect(b, 'shown').not.toBeNull();
        expect(b!.right).toBeLessThanOrEqual(width);
        expect(b!.clipped, b!.text).toBe(false);
      }
      await page.screenshot({ path: join(shots, `approval-list-${width}.png`), fullPage: true });
      await page.getByRole('button', { name: /#4/ }).last().click();
      await page.getByText('待审批：差异 #4').last().waitFor({ timeout: 30_000 });
      const approve = page.getByRole('button', { name: /批准/ }).last();
      const reject = page.getByRole('button', { name: /驳回/ }).last();
      expect(await approve.getAttribute('class')).toContain('style-positive');
      expect(await reject.getAttribute('class')).toContain('style-destructive');
      expect((await measure(page, [])).overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(shots, `approval-decide-${width}.png`), fullPage: true });
      await page.close();
    }, 240_000);
  }
});
