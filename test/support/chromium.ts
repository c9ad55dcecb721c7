/**
 * Debian's chromium under playwright-core for the Web Chat tests: one place for the path, the
 * flags this closed network needs, and a fresh profile that is removed afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM } from './requires.ts';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless chromium with a new empty profile (zh-CN, the given viewport). */
export async function launchChromium(viewport: { width: number; height: number }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'recon-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: 'zh-CN',
    viewport,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Web Chat's send box on a page. */
export function sendBox(page: Page): Locator {
  return page.locator('[data-id="webchat-sendbox-input"]');
}

/** Types `text` into Web Chat's send box and sends it. */
export async function typeInWebChat(page: Page, text: string): Promise<void> {
  const input = sendBox(page);
  await input.fill(text);
  await input.press('Enter');
}

/** Opens this server's Web Chat page as `user`; the milliseconds until the send box takes input. */
export async function openWebChat(page: Page, baseUrl: string, user: string): Promise<number> {
  const start = Date.now();
  await page.goto(`${baseUrl}/?user=${user}`);
  const input = sendBox(page);
  await input.waitFor({ timeout: 60_000 });
  for (let i = 0; !(await input.isEditable()); i++) {
    if (i >= 600) throw new Error('the send box never took input');
    await page.waitForTimeout(100);
  }
  return Date.now() - start;
}
