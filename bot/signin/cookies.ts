/**
 * Reading the Cookie header and writing Set-Cookie lines, for the two cookies sign-in uses. Values
 * are compact JWE strings (base64url and dots), so no escaping is needed beyond refusing anything else.
 */

/** The name=value pairs of a Cookie header, in the order sent (browsers send one path's oldest first). */
function cookiePairs(header: string | string[] | undefined): Array<[string, string]> {
  const line = Array.isArray(header) ? header.join('; ') : header;
  if (!line) return [];
  const pairs: Array<[string, string]> = [];
  for (const part of line.split(';')) {
    const eq = part.indexOf('=');
    if (eq >= 0) pairs.push([part.slice(0, eq).trim(), part.slice(eq + 1).trim()]);
  }
  return pairs;
}

/** The value of one cookie in a Cookie header, or null (first occurrence wins, as browsers send it). */
export function readCookie(header: string | string[] | undefined, name: string): string | null {
  return cookiePairs(header).find(([n]) => n === name)?.[1] ?? null;
}

/** The names of the cookies in a Cookie header, in the order sent. */
export function cookieNames(header: string | string[] | undefined): string[] {
  return cookiePairs(header).map(([n]) => n);
}

export interface CookieOptions {
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
  path: string;
  secure: boolean;
}

/** One Set-Cookie line: HttpOnly and SameSite=Lax always (Lax lets the IdP's redirect back carry it). */
export function setCookie(name: string, value: string, o: CookieOptions): string {
  if (!/^[A-Za-z0-9._~-]*$/.test(value)) throw new Error(`cookie ${name}: value has characters a cookie cannot carry`);
  const parts = [`${name}=${value}`, `Path=${o.path}`, `Max-Age=${Math.max(0, Math.floor(o.maxAge))}`, 'HttpOnly', 'SameSite=Lax'];
  if (o.secure) parts.push('Secure');
  return parts.join('; ');
}
