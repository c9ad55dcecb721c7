/**
 * The client's address for rate limits and logs. X-Forwarded-For is believed only from the
 * reverse proxies named in TRUST_PROXY: walking the header from the right (the hop closest to this
 * server), the first address that is not a trusted proxy is the client. Without TRUST_PROXY the
 * header is ignored, since any client can send it.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** `::ffff:10.0.0.5` → `10.0.0.5`, so IPv4 clients on a dual-stack socket compare equal to config. */
function normalise(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

export function clientAddress(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const peer = normalise(req.socket.remoteAddress ?? 'unknown');
  if (trustedProxies.length === 0) return peer;
  const trusted = new Set(trustedProxies.map(normalise));
  if (!trusted.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map(normalise).filter((h) => h.length > 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return peer; // a forged or garbled entry: stop believing the header
    if (!trusted.has(hop)) return hop;
  }
  return peer;
}
