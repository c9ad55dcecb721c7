/**
 * The Web Chat page at `/`: Microsoft's Web Chat bundle (botframework-webchat's dist/webchat.js,
 * served by this server, no CDN) talking to this server's own Direct Line endpoints by polling.
 * `?user=ID` chooses the Web Chat user id, so a staff member on premises is recognised by role;
 * `?lang=en` switches the page to English.
 */
import { messages, type Lang } from '../../engine/i18n/index.ts';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * The page's HTML; `secretRequired` makes it ask for the Direct Line secret once per tab; `nonce`
 * is the Content-Security-Policy nonce of its one inline script.
 */
export function webChatPage(lang: Lang, secretRequired: boolean, nonce: string): string {
  const t = messages(lang).bot.webchat;
  const settings = JSON.stringify({ lang, secretRequired, secretPrompt: t.secretPrompt, failed: t.failed }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>
  html, body { height: 100%; margin: 0; font-family: "Microsoft YaHei", "PingFang SC", sans-serif; }
  header { padding: 8px 16px; background: #a4002c; color: #fff; display: flex; justify-content: space-between; }
  #webchat { height: calc(100% - 40px); }
  #error { color: #a4002c; padding: 16px; }
</style>
</head>
<body>
<header><strong>${escapeHtml(t.title)}</strong><span id="who"></span></header>
<div id="webchat" role="main"></div>
<div id="error"></div>
<script src="/webchat/webchat.js"></script>
<script nonce="${escapeHtml(nonce)}">
(async function () {
  const settings = ${settings};
  const params = new URLSearchParams(location.search);
  const user = params.get('user') || sessionStorage.getItem('recon-user') || ('guest-' + Math.random().toString(36).slice(2, 10));
  sessionStorage.setItem('recon-user', user);
  document.getElementById('who').textContent = ${JSON.stringify(t.user)} + ': ' + user;
  const headers = { 'Content-Type': 'application/json' };
  if (settings.secretRequired) {
    let secret = sessionStorage.getItem('recon-dl-secret');
    if (!secret) { secret = prompt(settings.secretPrompt) || ''; sessionStorage.setItem('recon-dl-secret', secret); }
    headers.Authorization = 'Bearer ' + secret;
  }
  try {
    const res = await fetch('/v3/directline/tokens/generate', { method: 'POST', headers, body: JSON.stringify({ user: { id: user } }) });
    if (!res.ok) throw new Error('HTTP ' + res.status);
    const { token } = await res.json();
    const directLine = window.WebChat.createDirectLine({
      token, domain: location.origin + '/v3/directline', webSocket: false, pollingInterval: 500,
    });
    window.WebChat.renderWebChat({ directLine, userID: user, locale: settings.lang }, document.getElementById('webchat'));
  } catch (err) {
    sessionStorage.removeItem('recon-dl-secret');
    document.getElementById('error').textContent = settings.failed + err.message;
  }
})();
</script>
</body>
</html>
`;
}
