/**
 * A tiny browser for HTTP-level sign-in tests: a cookie jar per origin (Max-Age=0 deletes), manual
 * redirects, and the two forms of oidc-provider's development interactions (login, consent), so
 * the whole OpenID Connect round trip runs over real HTTP without chromium.
 */
export class Jar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(url: string): string {
    const jar = this.byOrigin.get(new URL(url).origin);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  store(url: string, res: Response): void {
    const origin = new URL(url).origin;
    const jar = this.byOrigin.get(origin) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const gone = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (gone) jar.delete(name);
      else jar.set(name, pair!.slice(eq + 1).trim());
    }
    this.byOrigin.set(origin, jar);
  }

  /** Names of the cookies held for an origin. */
  names(origin: string): string[] {
    return [...(this.byOrigin.get(origin)?.keys() ?? [])];
  }

  get(origin: string, name: string): string | undefined {
    return this.byOrigin.get(origin)?.get(name);
  }

  set(origin: string, name: string, value: string): void {
    const jar = this.byOrigin.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.byOrigin.set(origin, jar);
  }
}

export interface Step {
  url: string;
  status: number;
  location: string | null;
  text: string;
}

/** One request with the jar's cookies; no redirect followed. */
export async function request(jar: Jar, url: string, init: { method?: string; form?: Record<string, string>; json?: unknown; headers?: Record<string, string> } = {}): Promise<Step> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  const cookie = jar.header(url);
  if (cookie) headers.cookie = cookie;
  let body: string | undefined;
  if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  } else if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const res = await fetch(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
  jar.store(url, res);
  const location = res.headers.get('location');
  return { url, status: res.status, location: location ? new URL(location, url).href : null, text: await res.text() };
}

/** Follows redirects (GET) from `url` until a non-redirect answer; returns every step. */
export async function follow(jar: Jar, url: string, first: Parameters<typeof request>[2] = {}): Promise<Step[]> {
  const steps: Step[] = [await request(jar, url, first)];
  while (steps.at(-1)!.location && steps.length < 20) steps.push(await request(jar, steps.at(-1)!.location!));
  return steps;
}

function formAction(html: string, base: string): string {
  const m = /<form[^>]*action="([^"]+)"/.exec(html);
  if (!m) throw new Error(`no form in: ${html.slice(0, 300)}`);
  return new URL(m[1]!.replace(/&amp;/g, '&'), base).href;
}

/**
 * Opens `startUrl` (the bot's page, or an IdP authorization URL the bot sent) and signs in at the
 * IdP as `login` (login form, then consent when asked); returns the steps, ending on the first
 * answer from `botOrigin` that is not a redirect (the page, or whatever the bot answered).
 */
export async function signIn(jar: Jar, startUrl: string, login: string, botOrigin = new URL(startUrl).origin): Promise<Step[]> {
  let steps = await follow(jar, startUrl);
  for (let round = 0; round < 4; round++) {
    const last = steps.at(-1)!;
    if (new URL(last.url).origin === botOrigin) return steps;
    const form: Record<string, string> = last.text.includes('name="login"') ? { prompt: 'login', login, password: 'any' } : { prompt: 'consent' };
    steps = await follow(jar, formAction(last.text, last.url), { form });
  }
  throw new Error(`sign-in did not come back to the bot: ${steps.map((s) => `${s.status} ${s.url}`).join(' → ')}`);
}
