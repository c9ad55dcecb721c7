/**
 * The bank's OpenID Provider through openid-client: authorization code flow with PKCE (S256), state
 * and nonce; the person is the configured claim of the ID token (or of UserInfo when the IdP keeps
 * profile claims out of the ID token, as oidc-provider and some others do for the code flow).
 * Discovery happens on first use and is retried after a failure, so a bot started while the IdP is
 * down comes good without a restart.
 */
import * as client from 'openid-client';
import type { Logger } from 'pino';
import type { SignInSettings } from './env.ts';
import type { SignInFlow } from './session.ts';

/** Seconds openid-client waits for each IdP request. */
const IDP_TIMEOUT_SECONDS = 10;

/** Why a sign-in did not complete; each maps to one line for the person (engine/i18n signin). */
export type SignInFailure = 'unreachable' | 'refused' | 'noClaim' | 'badClaim';

export type SignInOutcome =
  | { ok: true; userId: string; name: string | null; idToken: string | null }
  | { ok: false; reason: SignInFailure; detail: string };

/**
 * A claim value usable as a channel user id, used as sent: a non-empty string of at most 128
 * characters (numbers as their digits). A value with whitespace or an invisible character at either
 * end, or a control character anywhere, is refused rather than trimmed: the IdP keeps
 * `"demo-staff-1 "` and `demo-staff-1` apart, so trimming would make one person another.
 */
function claimValue(v: unknown): string | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (typeof v !== 'string') return null;
  if (v.length === 0 || v.length > 128) return null;
  if (/^[\s\p{Cf}]|[\s\p{Cf}]$|\p{Cc}/u.test(v)) return null;
  return v;
}

export class OidcSignIn {
  private discovered: Promise<client.Configuration> | null = null;

  constructor(private readonly settings: SignInSettings, private readonly logger: Logger) {}

  private configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      const { issuer, clientId, clientSecret } = this.settings;
      const auth = clientSecret ? client.ClientSecretBasic(clientSecret) : client.None();
      // Plain http is accepted by the config schema only on loopback (tests, a developer's IdP).
      // The ID token's signature is checked against the issuer's keys even though it comes straight
      // from the token endpoint (OIDC Core would allow skipping that over TLS): a TLS-intercepting
      // proxy between the bank and its IdP must not be able to choose who signs in.
      const execute = [client.enableNonRepudiationChecks, ...(issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [])];
      this.discovered = client.discovery(issuer, clientId, undefined, auth, { execute, timeout: IDP_TIMEOUT_SECONDS });
      this.discovered.catch((err: unknown) => {
        this.logger.error({ err, issuer: issuer.href }, 'sign-in: OpenID Provider discovery failed');
        this.discovered = null;
      });
    }
    return this.discovered;
  }

  /** Where to send the browser to sign in, and the flow to remember until the callback. */
  async begin(lang: SignInFlow['lang']): Promise<{ url: URL; flow: SignInFlow } | null> {
    let config: client.Configuration;
    try {
      config = await this.configuration();
    } catch {
      return null;
    }
    const flow: SignInFlow = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier(), lang };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri.href,
      scope: this.settings.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flow };
  }

  /** Checks the IdP's redirect (`query` is the callback's query string) and redeems the code. */
  async finish(query: string, flow: SignInFlow): Promise<SignInOutcome> {
    let config: client.Configuration;
    try {
      config = await this.configuration();
    } catch (err) {
      return { ok: false, reason: 'unreachable', detail: String(err) };
    }
    const current = new URL(this.settings.redirectUri.href);
    current.search = query;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      // The IdP said no (access_denied, invalid_grant ...) or its answer did not check out (state,
      // issuer, nonce, signature): refused. Could not talk to it at all: unreachable.
      return { ok: false, reason: unreachable(err) ? 'unreachable' : 'refused', detail: describe(err) };
    }
    const idClaims = tokens.claims();
    if (!idClaims) return { ok: false, reason: 'refused', detail: 'no ID token' };
    const claim = this.settings.userClaim;
    let claims: Record<string, unknown> = idClaims;
    if (claimValue(idClaims[claim]) === null && config.serverMetadata().userinfo_endpoint) {
      try {
        claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims };
      } catch (err) {
        return { ok: false, reason: unreachable(err) ? 'unreachable' : 'refused', detail: `userinfo: ${describe(err)}` };
      }
    }
    const sent = claims[claim];
    const userId = claimValue(sent);
    if (userId === null) {
      // Sent but unusable (too long, blank or invisible characters at an end, control characters) is
      // not the same trouble for the administrator as not sent at all.
      const unusable = (typeof sent === 'string' && sent.length > 0) || typeof sent === 'number';
      return unusable
        ? { ok: false, reason: 'badClaim', detail: `claim ${claim} is not usable as an id (${typeof sent === 'string' ? `${sent.length} characters` : 'a number that is not a safe integer'})` }
        : { ok: false, reason: 'noClaim', detail: `claim ${claim} missing or not a string` };
    }
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 256) : null;
    return { ok: true, userId, name, idToken: tokens.id_token ?? null };
  }

  /** The IdP's end-session URL (RP-initiated logout), or null when it offers none or is unreachable. */
  async logoutUrl(idToken: string | null, postLogout: URL): Promise<URL | null> {
    let config: client.Configuration;
    try {
      config = await this.configuration();
    } catch {
      return null;
    }
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, {
      post_logout_redirect_uri: postLogout.href,
      ...(idToken ? { id_token_hint: idToken } : {}),
    });
  }
}

/** openid-client's codes for a request that timed out or was aborted. */
const GAVE_UP = new Set(['OAUTH_TIMEOUT', 'OAUTH_ABORT']);

/**
 * The IdP could not be asked or was not able to answer: fetch failed (refused, DNS, TLS), the
 * request timed out, or it answered with a server error (5xx, with or without an OAuth error body),
 * as opposed to an answer that said no or did not check out. The person is told to try later (503).
 */
function unreachable(err: unknown): boolean {
  if (err instanceof TypeError && /fetch failed/i.test(err.message)) return true;
  if (!(err instanceof Error)) return false;
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return true;
  const code = 'code' in err ? err.code : undefined;
  if (typeof code === 'string' && GAVE_UP.has(code)) return true;
  // ResponseBodyError carries the status; "unexpected HTTP response status code" carries the Response as its cause.
  const status = 'status' in err && typeof err.status === 'number' ? err.status : err.cause instanceof Response ? err.cause.status : 0;
  return status >= 500;
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = 'code' in err && typeof err.code === 'string' ? `${err.code}: ` : '';
    const oauth = 'error' in err && typeof err.error === 'string' ? ` (${err.error})` : '';
    return `${code}${err.message}${oauth}`;
  }
  return String(err);
}
