/**
 * Reading the Cookie header and writing Set-Cookie lines, for the two cookies sign-in uses. Values
 * are compact JWE strings (base64url and dots), so no escaping is needed beyond refusing anything else.
 */

/** The value of one cookie in a Cookie header, or null (first occurrence wins, as browsers send it). */
export function readCookie(header: string | string[] | undefined, name: string): string | null {
  const line = Array.isArray(header) ? header.join('; ') : header;
  if (!line) return null;
  for (const part of line.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
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
