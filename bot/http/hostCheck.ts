/**
 * DNS rebinding and cross-site requests: the Web Chat page and Direct Line answer only when the
 * Host header names one of the public origins (a rebound name such as evil.example:3978 pointing
 * at 127.0.0.1 carries its own name in Host), and, when the browser sends an Origin header, only
 * when that origin is one of them too.
 */
import type { IncomingMessage } from 'node:http';

export class PublicOrigins {
  private hosts = new Set<string>();
  private origins = new Set<string>();

  /** Sets the allowed origins (`https://recon.bank.example`, `http://localhost:3978`). */
  set(origins: readonly string[]): void {
    const urls = origins.map((o) => new URL(o));
    this.origins = new Set(urls.map((u) => u.origin));
    // URL.host drops a default port; a Host header may carry it (recon.bank.example:443): accept both.
    this.hosts = new Set(urls.flatMap((u) => [u.host, u.port === '' ? `${u.hostname}:${u.protocol === 'https:' ? 443 : 80}` : u.host]));
  }

  list(): string[] {
    return [...this.origins];
  }

  /** Null when the request may proceed, else why not (for the log). */
  refusal(req: IncomingMessage): string | null {
    const host = (req.headers.host ?? '').trim().toLowerCase();
    if (!this.hosts.has(host)) return `Host ${host || '(none)'} is not a public origin`;
    const origin = req.headers.origin;
    if (origin !== undefined && !this.origins.has(origin.trim().toLowerCase())) return `Origin ${origin} is not a public origin`;
    return null;
  }
}
