/** The one-line pages sign-in answers with (signed out, refused, IdP unreachable, confirm sign-out), in the person's language. */
import type { Response } from 'restify';
import { messages, type Lang } from '../../engine/i18n/index.ts';
import { pageHeaders } from '../http/securityHeaders.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A small HTML page: one sentence and, when given, a link (e.g. "sign in again" to the page). */
export function sendLine(res: Response, status: number, lang: Lang, line: string, link?: { href: string; text: string }, cookies: string[] = []): void {
  const a = link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : '';
  sendPage(res, status, lang, line, a, cookies, pageHeaders());
}

/**
 * A small HTML page asking to confirm an action: one sentence and a button that POSTs `action`
 * (a link alone must never change anything, so another site cannot do it with an <img> or a link).
 * `formTargets`: where the POST may be redirected (the IdP's end-session endpoint).
 */
export function sendConfirm(res: Response, lang: Lang, line: string, form: { action: string; button: string }, formTargets: readonly string[]): void {
  const body = `<form method="post" action="${escapeHtml(form.action)}"><button type="submit" id="confirm">${escapeHtml(form.button)}</button></form>`;
  sendPage(res, 200, lang, line, body, [], pageHeaders(undefined, formTargets));
}

function sendPage(res: Response, status: number, lang: Lang, line: string, rest: string, cookies: string[], headers: Record<string, string>): void {
  const title = messages(lang).bot.webchat.title;
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family: 'Microsoft YaHei', 'PingFang SC', sans-serif; padding: 16px"><p id="line">${escapeHtml(line)}</p>${rest}</body></html>
`;
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  res.sendRaw(status, html, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}
