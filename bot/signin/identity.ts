/**
 * Who the Web Chat user is, by configuration:
 * - demo: anonymous (no MicrosoftAppId), listening on loopback, no IdP, no DIRECTLINE_SECRET. The
 *   page's `?user=` (or the Direct Line generate body) chooses the id, for trying the bot out.
 * - sign-in (OIDC_ISSUER set): the bank's IdP says who it is; `/` sends strangers there.
 * - portal (DIRECTLINE_SECRET, no IdP): the bank's portal hosts the page; its server exchanges the
 *   secret for a token with the user id set server-side. `/` is not served.
 * - guest (anything else): `/` works, but every browser gets a server-chosen guest id (a customer).
 * Outside demo mode no identity chosen by the browser is ever believed.
 */
import type { Request, Response } from 'restify';
import { messages, type Lang } from '../../engine/i18n/index.ts';
import { isLoopbackHost } from './env.ts';
import { sendLine } from './pages.ts';
import type { WebSignIn } from './webSignIn.ts';

export class WebIdentity {
  private loopback: boolean;

  constructor(
    readonly signIn: WebSignIn | null,
    readonly secret: string | undefined,
    private readonly anonymous: boolean,
    listenHost: string,
    private readonly now: () => Date,
  ) {
    this.loopback = isLoopbackHost(listenHost);
  }

  /** The address actually listened on (it may differ from the configured HOST). */
  boundTo(host: string): void {
    this.loopback = isLoopbackHost(host);
  }

  /** True when a browser may say who it is (`?user=`, the generate body, an activity's from.id). */
  get demo(): boolean {
    return this.anonymous && this.loopback && !this.signIn && !this.secret;
  }

  get mode(): 'demo' | 'signin' | 'portal' | 'guest' {
    if (this.signIn) return 'signin';
    if (this.secret) return 'portal';
    return this.demo ? 'demo' : 'guest';
  }

  nowSeconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }
}

/** Who the page at `/` is for. */
export type PageUser =
  | { mode: 'demo' }
  | { mode: 'guest' }
  | { mode: 'signin'; userId: string; name: string | null; secondsLeft: number };

/**
 * Decides what `/` serves. Answers the request itself and returns null when the page is not for
 * this request: 404 in portal mode, 400 for `?user=` outside demo mode, 302 to `/auth/login` (which
 * starts the sign-in at the IdP) when not signed in.
 */
export async function pageUser(req: Request, res: Response, identity: WebIdentity, lang: Lang, langAsked: '' | Lang): Promise<PageUser | null> {
  const t = messages(lang).signin;
  if (identity.mode === 'portal') {
    res.send(404, { code: 'ResourceNotFound', message: `${req.path()} does not exist` });
    return null;
  }
  if (req.query?.user !== undefined && !identity.demo) {
    sendLine(res, 400, lang, t.userParamRefused);
    return null;
  }
  const signIn = identity.signIn;
  if (signIn) {
    const session = await signIn.sessionOf(req);
    if (session) return { mode: 'signin', userId: session.userId, name: session.name, secondsLeft: session.expiresAt - identity.nowSeconds() };
    signIn.redirectToLogin(res, langAsked);
    return null;
  }
  return identity.demo ? { mode: 'demo' } : { mode: 'guest' };
}
