/**
 * The sign-in endpoints: `/auth/login` (starts a sign-in at the IdP), `/auth/callback` (the IdP's redirect back: checks state, PKCE and nonce,
 * redeems the code, sets the session cookie, returns to the page), `/auth/logout` (POST: ends the
 * session and, when the IdP offers an end_session_endpoint, signs out there too; GET asks to confirm) and
 * `/auth/signed-out` (where the IdP sends the browser afterwards).
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { fill, messages, pickLang, type Lang } from '../../engine/i18n/index.ts';
import { sendConfirm, sendLine } from './pages.ts';
import { redirect, type WebSignIn } from './webSignIn.ts';

const FAILURE_STATUS = { unreachable: 503, refused: 401, noClaim: 403, badClaim: 403 } as const;

export function registerSignIn(server: Server, deps: { signIn: WebSignIn; defaultLang: string | undefined; userClaim: string; logger: Logger }): void {
  const { signIn, logger } = deps;
  const langOf = (req: Request): Lang => {
    const q = req.query?.lang;
    return pickLang(typeof q === 'string' ? q : deps.defaultLang);
  };
  const homeFor = (lang: '' | Lang): string => (lang ? `${signIn.home.href}?lang=${lang}` : signIn.home.href);

  // Where `/` sends a person who is not signed in: starts a sign-in at the IdP (the flow cookies
  // live under /auth/, so this route sees the browser's unfinished ones and keeps them few).
  server.get('/auth/login', async (req: Request, res: Response) => {
    const q = req.query?.lang;
    const asked = typeof q === 'string' ? pickLang(q) : '';
    if (await signIn.sessionOf(req)) return redirect(res, homeFor(asked), []);
    if (!(await signIn.redirectToIdp(req, res, asked))) {
      const lang = langOf(req);
      sendLine(res, 503, lang, messages(lang).signin.unreachable);
    }
  });

  server.get('/auth/callback', async (req: Request, res: Response) => {
    const flow = await signIn.flowOf(req);
    const lang = flow?.lang || pickLang(deps.defaultLang);
    const t = messages(lang).signin;
    const again = { href: homeFor(flow?.lang ?? ''), text: t.signInAgain };
    const clearFlow = signIn.clearFlow(req.query?.state);
    if (!flow) return sendLine(res, 400, lang, t.flowLost, again, clearFlow);
    const outcome = await signIn.oidc.finish(new URL(req.url ?? '/', 'http://callback').search, flow);
    if (!outcome.ok) {
      logger.warn({ req: req.id(), reason: outcome.reason, detail: outcome.detail }, 'sign-in failed');
      const line = outcome.reason === 'noClaim' || outcome.reason === 'badClaim' ? fill(t[outcome.reason], { claim: deps.userClaim }) : t[outcome.reason];
      return sendLine(res, FAILURE_STATUS[outcome.reason], lang, line, again, clearFlow);
    }
    const session = await signIn.sessionSetCookie(outcome);
    logger.info({ req: req.id(), user: outcome.userId }, 'signed in');
    redirect(res, homeFor(flow.lang), [session, ...clearFlow]);
  });

  const logout = async (req: Request, res: Response): Promise<void> => {
    const session = await signIn.sessionOf(req);
    const atIdp = await signIn.oidc.logoutUrl(session?.idToken ?? null, signIn.signedOut);
    if (session) {
      await signIn.signOut(session);
      logger.info({ req: req.id(), user: session.userId }, 'signed out');
    }
    redirect(res, atIdp?.href ?? signIn.signedOut.href, [signIn.clearSession()]);
  };
  // Only the POST signs out (the page's button; the edge checks its Origin). A GET, which any site
  // can make with a link or an image, asks to confirm with that same button.
  server.get('/auth/logout', async (req: Request, res: Response) => {
    const lang = langOf(req);
    const t = messages(lang).signin;
    if (!(await signIn.sessionOf(req))) return sendLine(res, 200, lang, t.signedOut, { href: signIn.home.href, text: t.signInAgain }, [signIn.clearSession()]);
    sendConfirm(res, lang, t.confirmSignOut, { action: 'logout', button: t.signOut }, [signIn.idpOrigin]);
  });
  server.post('/auth/logout', logout);

  server.get('/auth/signed-out', async (req: Request, res: Response) => {
    const lang = langOf(req);
    const t = messages(lang).signin;
    sendLine(res, 200, lang, t.signedOut, { href: signIn.home.href, text: t.signInAgain }, [signIn.clearSession()]);
  });
}
