/**
 * Serves the Web Chat page and the Web Chat bundle from node_modules (no CDN). Whether `/` is
 * served, and to whom, is bot/signin/identity.ts's decision (and, in Teams mode with no way to
 * know who is on the page, config.webChatExposure's: then nothing here is registered).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Request, Response, Server } from 'restify';
import { pickLang } from '../../engine/i18n/index.ts';
import { pageHeaders } from '../http/securityHeaders.ts';
import { pageUser, type WebIdentity } from '../signin/identity.ts';
import { notModified, precompressedBundle } from './bundle.ts';
import { webChatPage } from './page.ts';

const require = createRequire(import.meta.url);

export function registerWebChat(server: Server, options: { identity: WebIdentity; defaultLang: string | undefined; uploadMaxBytes: number; formTargets?: readonly string[] }): void {
  // The package's exports map hides dist/webchat.js; find the package folder from its main entry.
  const main = require.resolve('botframework-webchat');
  const bundlePath = join(main.slice(0, main.lastIndexOf('botframework-webchat') + 'botframework-webchat'.length), 'dist', 'webchat.js');
  const bundle = precompressedBundle(bundlePath);

  server.get('/', async (req: Request, res: Response) => {
    const q = req.query?.lang;
    const lang = pickLang(typeof q === 'string' ? q : options.defaultLang);
    const who = await pageUser(req, res, options.identity, lang, typeof q === 'string' ? lang : '');
    if (!who) return;
    // The page asks for the script next: compress it now, in the background.
    bundle.warm();
    const nonce = randomBytes(16).toString('base64');
    res.sendRaw(200, webChatPage(lang, who, nonce, options.uploadMaxBytes), {
      ...pageHeaders(nonce, options.formTargets),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
  });

  server.get('/webchat/webchat.js', async (req: Request, res: Response) => {
    const chosen = await bundle.pick(req.header('accept-encoding'));
    const headers: Record<string, string> = {
      'Content-Type': 'application/javascript; charset=utf-8',
      // A day without asking; after that a revalidation costs a 304.
      'Cache-Control': 'public, max-age=86400',
      ETag: chosen.etag,
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    if (notModified(req.header('if-none-match'), chosen.etag)) {
      res.sendRaw(304, '', headers);
      return;
    }
    res.sendRaw(200, chosen.body, { ...headers, ...(chosen.encoding === 'identity' ? {} : { 'Content-Encoding': chosen.encoding }) });
  });
}
