/**
 * Sign-in for the Web Chat page, put together: the OpenID Provider, the sealed session cookie and
 * the short-lived flow cookies (at most MAX_PENDING_SIGNINS per browser). Cookies are HttpOnly and SameSite=Lax always, Secure (and
 * `__Host-`/`__Secure-` prefixed) when the public address (OIDC_REDIRECT_URI) is https. Each
 * sign-in in progress has its own flow cookie, named after its state, so several tabs sent to the
 * IdP at once (all reloading at a session's end, say) each come back signed in.
 */
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { Db } from '../../engine/store/db.ts';
import { isSignedOut as signedOutInStore, markSignedOut } from '../../engine/store/chat/signedOut.ts';
import type { SignInSettings } from './env.ts';
import { pageHeaders } from '../http/securityHeaders.ts';
import { cookieNames, readCookie, setCookie } from './cookies.ts';
import { OidcSignIn } from './oidc.ts';
import { SessionSealer, type Session, type SignInFlow } from './session.ts';

/** openid-client's randomState(): 32 random bytes, base64url. */
const STATE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Sign-ins one browser may have in progress at once. Every unfinished one leaves a flow cookie for
 * ten minutes, and each is sent with the callback: without a cap, a few dozen (a page that opens
 * the sign-in over and over, another site's links included) make the callback's Cookie header too
 * large to be read (431), and nobody in that browser can sign in.
 */
export const MAX_PENDING_SIGNINS = 8;

export class WebSignIn {
  readonly oidc: OidcSignIn;
  readonly sealer: SessionSealer;
  /** True when the page is served over https (judged by OIDC_REDIRECT_URI). */
  readonly secure: boolean;
  readonly sessionCookie: string;
  readonly flowCookie: string;
  /** The page's public address (`/` behind any path prefix of the redirect URI). */
  readonly home: URL;
  /** Where the IdP sends the browser after signing out at the IdP. */
  readonly signedOut: URL;
  /** Where `/` sends a person who is not signed in: `/auth/login` starts a sign-in at the IdP. */
  readonly login: URL;
  /** The path of the flow cookies: the sign-in routes' folder (`/auth/`), so login sees them and the callback gets them. */
  readonly flowPath: string;
  /** The IdP's origin: the sign-out form's POST ends there (its end-session endpoint). */
  readonly idpOrigin: string;

  constructor(settings: SignInSettings, private readonly now: () => Date, logger: Logger, private readonly db: Db) {
    this.oidc = new OidcSignIn(settings, logger);
    this.home = new URL('../', settings.redirectUri);
    this.sealer = new SessionSealer(settings.sessionSecret, settings.sessionSeconds, now, this.home);
    this.secure = settings.redirectUri.protocol === 'https:';
    this.sessionCookie = this.secure ? '__Host-recon_session' : 'recon_session';
    this.flowCookie = this.secure ? '__Secure-recon_signin' : 'recon_signin';
    this.login = new URL('login', settings.redirectUri);
    this.flowPath = new URL('./', settings.redirectUri).pathname;
    this.idpOrigin = settings.issuer.origin;
    this.signedOut = new URL('signed-out', settings.redirectUri);
  }

  /** The signed-in person of a request, or null (no cookie, altered, foreign key, expired, signed out). */
  async sessionOf(req: Request): Promise<Session | null> {
    const session = await this.sealer.open(readCookie(req.headers.cookie, this.sessionCookie));
    return session && !(await this.isSignedOut(session.sid)) ? session : null;
  }

  /** True when the session `sid` was signed out (on any instance). */
  isSignedOut(sid: string): Promise<boolean> {
    return signedOutInStore(this.db, sid);
  }

  /**
   * Ends a session for good: its id is kept in the store until its natural end, so a copy of the
   * cookie, and every Direct Line token issued under it, is refused from now on, on every instance.
   */
  signOut(session: Session): Promise<void> {
    return markSignedOut(this.db, session.sid, new Date(session.expiresAt * 1000), this.now());
  }

  /** The flow cookie of the sign-in the callback's `state` names, opened (null: none, or not valid). */
  async flowOf(req: Request): Promise<SignInFlow | null> {
    const state = req.query?.state;
    if (typeof state !== 'string' || !STATE.test(state)) return null;
    const flow = await this.sealer.openFlow(readCookie(req.headers.cookie, this.flowCookieFor(state)));
    return flow?.state === state ? flow : null;
  }

  private flowCookieFor(state: string): string {
    return `${this.flowCookie}_${state}`;
  }

  /** Sends the browser to `/auth/login` (302), which starts the sign-in; `lang` is the page's. */
  redirectToLogin(res: Response, lang: SignInFlow['lang']): void {
    const to = new URL(this.login);
    if (lang) to.searchParams.set('lang', lang);
    redirect(res, to.href, []);
  }

  /**
   * Sends the browser to the IdP (302) with a fresh state, nonce and PKCE verifier kept in the flow
   * cookie, deleting the oldest of this browser's unfinished sign-ins beyond MAX_PENDING_SIGNINS
   * (browsers send cookies of one path oldest first). False when the IdP cannot be reached (the
   * caller answers 503).
   */
  async redirectToIdp(req: Request, res: Response, lang: SignInFlow['lang']): Promise<boolean> {
    const begun = await this.oidc.begin(lang);
    if (!begun) return false;
    const flow = await this.sealer.sealFlow(begun.flow);
    const pending = this.pendingStates(req.headers.cookie);
    const dropped = pending.slice(0, Math.max(0, pending.length - (MAX_PENDING_SIGNINS - 1)));
    redirect(res, begun.url.href, [
      ...dropped.flatMap((state) => this.clearFlow(state)),
      setCookie(this.flowCookieFor(begun.flow.state), flow.value, { maxAge: flow.maxAge, path: this.flowPath, secure: this.secure }),
    ]);
    return true;
  }

  /** The states of the flow cookies in a Cookie header, in the order sent. */
  private pendingStates(header: string | string[] | undefined): string[] {
    const prefix = `${this.flowCookie}_`;
    return cookieNames(header)
      .filter((name) => name.startsWith(prefix) && STATE.test(name.slice(prefix.length)))
      .map((name) => name.slice(prefix.length));
  }

  /** Set-Cookie for a new session. */
  async sessionSetCookie(person: { userId: string; name: string | null; idToken: string | null }): Promise<string> {
    const sealed = await this.sealer.seal(person);
    return setCookie(this.sessionCookie, sealed.value, { maxAge: sealed.maxAge, path: '/', secure: this.secure });
  }

  clearSession(): string {
    return setCookie(this.sessionCookie, '', { maxAge: 0, path: '/', secure: this.secure });
  }

  /** Set-Cookie deleting the flow cookie of `state` (none when the state is not one we make). */
  clearFlow(state: unknown): string[] {
    return typeof state === 'string' && STATE.test(state) ? [setCookie(this.flowCookieFor(state), '', { maxAge: 0, path: this.flowPath, secure: this.secure })] : [];
  }
}

/** A 302 that no cache keeps, with the given Set-Cookie lines. */
export function redirect(res: Response, location: string, cookies: string[]): void {
  res.setHeader('Set-Cookie', cookies);
  res.sendRaw(302, '', {
    ...pageHeaders(),
    Location: location,
    'Cache-Control': 'no-store',
    'Content-Type': 'text/plain; charset=utf-8',
  });
}
