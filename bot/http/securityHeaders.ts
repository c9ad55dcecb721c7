/**
 * Headers for the Web Chat page: a Content-Security-Policy that allows scripts, connections,
 * images and fonts from this server only (the page's one inline script by its nonce; connections
 * also to the page's own blob: URLs, the files attached with the paperclip; Web Chat injects its
 * styles at run time, hence 'unsafe-inline' for styles only), no framing by any site (frame-ancestors and X-Frame-Options for older browsers), no MIME sniffing, no referrer.
 * Without a nonce (the sign-in pages and redirects under /auth/, which have no script) no inline
 * script runs at all. `formTargets`: origins a form may end up at besides this server (the sign-out
 * form's POST is redirected to the IdP's end-session endpoint, and chromium checks form-action on
 * redirects too).
 */
export function pageHeaders(nonce?: string, formTargets: readonly string[] = []): Record<string, string> {
  const csp = [
    "default-src 'self'",
    nonce === undefined ? "script-src 'self'" : `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // blob: for a file attached with the paperclip: Web Chat's Direct Line client reads it from its
    // blob: URL before it uploads it (bot/directline/upload.ts).
    "connect-src 'self' blob:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formTargets].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
