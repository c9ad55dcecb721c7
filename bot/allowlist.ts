/**
 * Anonymous mode (no app id) accepts unauthenticated requests, so the serviceUrl in them is
 * attacker-chosen: the bot would post its reply to any host. Replies go only to allowlisted
 * origins (loopback by default). Entries match on scheme, host, port (when given) and path prefix.
 */
export function serviceUrlAllowed(serviceUrl: string, allowlist: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(serviceUrl);
  } catch {
    return false;
  }
  return allowlist.some((entry) => {
    const e = new URL(entry);
    return (
      u.protocol === e.protocol &&
      u.hostname === e.hostname &&
      (e.port === '' || e.port === u.port) &&
      u.pathname.startsWith(e.pathname) &&
      u.username === '' &&
      u.password === ''
    );
  });
}
