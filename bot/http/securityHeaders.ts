/**
 * Headers for the Web Chat page: a Content-Security-Policy that allows scripts, connections,
 * images and fonts from this server only (the page's one inline script by its nonce; Web Chat
 * injects its styles at run time, hence 'unsafe-inline' for styles only), no framing by any
 * site (frame-ancestors and X-Frame-Options for older browsers), no MIME sniffing, no referrer.
 */
export function pageHeaders(nonce: string): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
