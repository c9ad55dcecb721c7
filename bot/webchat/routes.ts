/**
 * Serves the Web Chat page and the Web Chat bundle from node_modules (no CDN). Whether `/` is
 * served, and to whom, is bot/signin/identity.ts's decision (and, in Teams mode with no way to
 * know who is on the page, config.webChatExposure's: then nothing here is registered).
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Request, Response, Server } from 'restify';
import { pickLang } from '../../engine/i18n/index.ts';
import { pageHeaders } from '../http/securityHeaders.ts';
import { pageUser, type WebIdentity } from '../signin/identity.ts';
import { webChatPage } from './page.ts';

const require = createRequire(import.meta.url);

export function registerWebChat(server: Server, options: { identity: WebIdentity; defaultLang: string | undefined; formTargets?: readonly string[] }): void {
  let bundle: Promise<Buffer> | undefined;
  // The package's exports map hides dist/webchat.js; find the package folder from its main entry.
  const main = require.resolve('botframework-webchat');
  const bundlePath = join(main.slice(0, main.lastIndexOf('botframework-webchat') + 'botframework-webchat'.length), 'dist', 'webchat.js');

  server.get('/', async (req: Request, res: Response) => {
    const q = req.query?.lang;
    const lang = pickLang(typeof q === 'string' ? q : options.defaultLang);
    const who = await pageUser(req, res, options.identity, lang, typeof q === 'string' ? lang : '');
    if (!who) return;
    const nonce = randomBytes(16).toString('base64');
    res.sendRaw(200, webChatPage(lang, who, nonce), {
      ...pageHeaders(nonce, options.formTargets),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
  });

  server.get('/webchat/webchat.js', async (_req: Request, res: Response) => {
    bundle ??= readFile(bundlePath);
    res.sendRaw(200, await bundle, {
      'Content-Type': 'application/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    });
  });
}
