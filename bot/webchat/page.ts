/**
 * The Web Chat page at `/`: Microsoft's Web Chat bundle (botframework-webchat's dist/webchat.js,
 * served by this server, no CDN) talking to this server's own Direct Line endpoints by polling.
 * Who the user is comes from the server (bot/signin/identity.ts): the signed-in person, or a
 * server-chosen guest id; only in demo mode does `?user=ID` choose the Web Chat user id.
 * `?lang=en` switches the page to English. Every address in it is relative, so the page works
 * behind a reverse proxy that serves it under a sub-path (https://intranet.example/recon/).
 */
import { messages, type Lang } from '../../engine/i18n/index.ts';
import type { PageUser } from '../signin/identity.ts';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * The page's HTML for one person (signed in), a guest, or the demo's `?user=`; `nonce` is the
 * Content-Security-Policy nonce of its one inline script.
 */
export function webChatPage(lang: Lang, who: PageUser, nonce: string, uploadMaxBytes: number): string {
  const t = messages(lang).bot.webchat;
  const s = messages(lang).signin;
  const settings = JSON.stringify({ lang, who, failed: t.failed, signInAgain: t.signInAgain, notPublic: t.notPublic, tooLarge: t.tooLarge, uploadMaxBytes }).replace(/</g, '\\u003c');
  const signOut = who.mode === 'signin'
    ? `<form method="post" action="auth/logout" style="display:inline;margin-left:12px"><button type="submit" id="signout">${escapeHtml(s.signOut)}</button></form>`
    : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>
  html, body { height: 100%; margin: 0; font-family: "Microsoft YaHei", "PingFang SC", sans-serif; }
  body { display: flex; flex-direction: column; }
  header { padding: 8px 16px; background: #a4002c; color: #fff; display: flex; justify-content: space-between; }
  #webchat { flex: 1; min-height: 0; }
  #error { color: #a4002c; padding: 16px; }
  #error:empty { display: none; }
</style>
</head>
<body>
<header><strong>${escapeHtml(t.title)}</strong><span><span id="who"></span>${signOut}</span></header>
<div id="error" role="alert"></div>
<div id="webchat" role="main"></div>
<script src="webchat/webchat.js"></script>
<script nonce="${escapeHtml(nonce)}">
(async function () {
  const settings = ${settings};
  const who = settings.who;
  let user;
  if (who.mode === 'demo') {
    // Demo mode only: the address chooses who you are.
    const params = new URLSearchParams(location.search);
    user = params.get('user') || sessionStorage.getItem('recon-user') || ('guest-' + Math.random().toString(36).slice(2, 10));
    sessionStorage.setItem('recon-user', user);
  } else if (who.mode === 'signin') {
    user = who.userId;
    // At the session's end, back through sign-in (the server redirects to the IdP).
    setTimeout(function () { location.reload(); }, Math.max(who.secondsLeft, 1) * 1000 + 1000);
  }
  // Back through sign-in once; if that did not help within a minute, say so instead of reloading
  // for ever (a proxy that drops the session cookie, say).
  function signInAgain() {
    const last = Number(sessionStorage.getItem('recon-reload') || 0);
    if (Date.now() - last < 60000) {
      document.getElementById('error').textContent = settings.signInAgain;
      return;
    }
    sessionStorage.setItem('recon-reload', String(Date.now()));
    location.reload();
  }
  // Files the server would refuse (over UPLOAD_MAX_BYTES together) are not sent at all: the server
  // could only answer 413, which Web Chat shows as a bare "send failed". The person is told why,
  // the files are taken out of the send box and the words typed with them stay there.
  function megabytes(n) { return (Math.round(n / 104857.6) / 10) + ' MB'; }
  function uploadGuard() {
    return window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'WEB_CHAT/SUBMIT_SEND_BOX') {
            const files = (api.getState().sendBoxAttachments || []).map(function (a) { return a.blob; }).filter(Boolean);
            const total = files.reduce(function (n, f) { return n + (f.size || 0); }, 0);
            const error = document.getElementById('error');
            if (total > settings.uploadMaxBytes) {
              const names = files.map(function (f) { return (f.name || '?') + ' (' + megabytes(f.size || 0) + ')'; }).join(', ');
              error.textContent = settings.tooLarge.replace('{files}', names).replace('{limit}', megabytes(settings.uploadMaxBytes));
              error.dataset.kind = 'upload';
              api.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX_ATTACHMENTS', payload: { attachments: [] } });
              return undefined;
            }
            // The next message that goes out takes the note away.
            if (error.dataset.kind === 'upload') { error.textContent = ''; delete error.dataset.kind; }
          }
          return next(action);
        };
      };
    });
  }
  if (user) document.getElementById('who').textContent = ${JSON.stringify(t.user)} + ': ' + (who.name ? who.name + ' (' + user + ')' : user);
  try {
    // Signed in: the session cookie goes along and the server binds the token to the person;
    // the body's user counts only in demo mode.
    const res = await fetch('v3/directline/tokens/generate', {
      method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      // The page's language goes along so the greeting is in it.
      body: JSON.stringify(user && who.mode === 'demo' ? { user: { id: user }, locale: settings.lang } : { locale: settings.lang }),
    });
    if (res.status === 403 || res.status === 421) {
      const refused = await res.json().catch(function () { return {}; });
      // This address is not one the server was told it is reached at: a setting, not the session.
      if (refused.error && refused.error.code === 'NotPublicOrigin') throw new Error(settings.notPublic);
      if (who.mode === 'signin') { signInAgain(); return; }
    }
    if (!res.ok) throw new Error('HTTP ' + res.status);
    const { token } = await res.json();
    const directLine = window.WebChat.createDirectLine({
      token, domain: new URL('v3/directline', location.href).href, webSocket: false, pollingInterval: 500,
    });
    if (who.mode === 'signin') {
      // 3 = the token expired and the refresh was refused: the session has ended.
      directLine.connectionStatus$.subscribe(function (s) { if (s === 3) signInAgain(); });
    }
    window.WebChat.renderWebChat({ directLine, store: uploadGuard(), userID: user, locale: settings.lang }, document.getElementById('webchat'));
  } catch (err) {
    document.getElementById('error').textContent = settings.failed + err.message;
  }
})();
</script>
</body>
</html>
`;
}
