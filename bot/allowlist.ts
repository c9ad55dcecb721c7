/**
 * Anonymous mode (no app id) accepts unauthenticated requests, so the serviceUrl in them is
 * attacker-chosen: the bot would post its reply to any host. Replies and every proactive send go
 * only to allowlisted serviceUrls. An entry is `scheme://host[:port][/path]` and matches scheme,
 * host, port and path prefix; an entry without a port means the scheme's default port (80, 443),
 * never "any port". `scheme://host:*` says "any port" explicitly (the Bot Framework Emulator
 * picks a new port at each start).
 */

export interface AllowlistEntry {
  protocol: string;
  hostname: string;
  /** '' for the scheme's default port (as URL.port reports it), '*' for any. */
  port: string;
  path: string;
}

/** Parses one entry; null when it is not an http(s) origin with optional port and path. */
export function parseAllowlistEntry(entry: string): AllowlistEntry | null {
  const anyPort = /^(https?:\/\/[^/:]+|https?:\/\/\[[^\]]+\]):\*(\/.*)?$/.exec(entry);
  let u: URL;
  try {
    u = new URL(anyPort ? `${anyPort[1]}${anyPort[2] ?? ''}` : entry);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username !== '' || u.password !== '' || u.search !== '' || u.hash !== '') return null;
  return { protocol: u.protocol, hostname: u.hostname, port: anyPort ? '*' : u.port, path: u.pathname };
}

/** True when `serviceUrl` is on the allowlist (scheme, host, port and path prefix all match). */
export function serviceUrlAllowed(serviceUrl: string, allowlist: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (u.username !== '' || u.password !== '') return false;
  return allowlist.some((entry) => {
    const e = parseAllowlistEntry(entry);
    return (
      e !== null &&
      u.protocol === e.protocol &&
      u.hostname === e.hostname &&
      (e.port === '*' || e.port === u.port) &&
      u.pathname.startsWith(e.path)
    );
  });
}
