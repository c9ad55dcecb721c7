/**
 * Who is calling a Direct Line endpoint, and whose id a token and an activity carry. The rule: a
 * user id is believed only from the IdP (the session cookie), from the holder of DIRECTLINE_SECRET
 * (the bank portal's server, which sets it server-side, as on Azure's Direct Line), or, in demo
 * mode only, from the browser. A token always pins its user; an activity's `from.id` never
 * overrides it.
 */
import { randomBytes } from 'node:crypto';
import type { Request } from 'restify';
import type { Session } from '../signin/session.ts';
import type { WebIdentity } from '../signin/identity.ts';
import { secretMatches, type TokenClaims, type TokenIssuer } from './tokens.ts';

export type Caller =
  /** The bank portal's server (or any server-side client holding DIRECTLINE_SECRET). */
  | { kind: 'secret' }
  /** A client holding a token this server issued. */
  | { kind: 'token'; claims: TokenClaims }
  /** A browser signed in through the IdP, on this server's page (no bearer, the session cookie). */
  | { kind: 'session'; session: Session }
  /** No credentials, where that is allowed: demo mode, or guest mode (server-chosen ids). */
  | { kind: 'open'; demo: boolean };

function bearer(req: Request): string | null {
  const h = req.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer\s+(.+)$/i.exec(h.trim()) : null;
  return m?.[1] ?? null;
}

/** Identifies the caller; null when the credentials are wrong or missing where they are required. */
export async function identifyCaller(req: Request, identity: WebIdentity, tokens: TokenIssuer): Promise<Caller | null> {
  const presented = bearer(req);
  if (presented !== null) {
    if (identity.secret && secretMatches(presented, identity.secret)) return { kind: 'secret' };
    const claims = tokens.verify(presented);
    // A token issued under a session that has since been signed out is refused with it.
    if (claims?.sid && identity.signIn && (await identity.signIn.isSignedOut(claims.sid))) return null;
    return claims ? { kind: 'token', claims } : null;
  }
  if (identity.signIn) {
    const session = await identity.signIn.sessionOf(req);
    return session ? { kind: 'session', session } : null;
  }
  return identity.secret ? null : { kind: 'open', demo: identity.demo };
}

/** A server-chosen id for someone nobody vouches for (a customer, by the users table). */
function guestId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

/**
 * The user a new conversation's token is bound to. `requested` is the id in the generate body:
 * kept for the portal's server and in demo mode, ignored otherwise.
 */
export function tokenUser(caller: Caller, requested: string | undefined): string | null {
  switch (caller.kind) {
    case 'session':
      return caller.session.userId;
    case 'secret':
      return requested ?? guestId();
    case 'token':
      return caller.claims.user;
    case 'open':
      return caller.demo ? (requested ?? null) : guestId();
  }
}

/** The end (unix seconds) no token of this caller may outlive: the session's, when there is one. */
export function tokenUntil(caller: Caller): number | undefined {
  if (caller.kind === 'session') return caller.session.expiresAt;
  if (caller.kind === 'token') return caller.claims.until;
  return undefined;
}

/** The session a caller's tokens are issued under (its id, for sign-out), when there is one. */
export function tokenSession(caller: Caller): string | undefined {
  if (caller.kind === 'session') return caller.session.sid;
  if (caller.kind === 'token') return caller.claims.sid;
  return undefined;
}

/**
 * Whose message a posted activity is, or null when this caller may not post (a signed-in browser
 * posts with the token it was given; a post without credentials is refused, demo mode included).
 */
export function speaker(caller: Caller, postedFrom: string | undefined): string | null {
  switch (caller.kind) {
    case 'token':
      // A token without a user exists only in demo mode (and from before user binding).
      return caller.claims.user ?? postedFrom ?? 'anonymous';
    case 'secret':
      return postedFrom ?? 'anonymous';
    case 'open': // no credentials reach a conversation (mayUseConversation), demo mode included
    case 'session':
      return null;
  }
}

/**
 * True when the caller may read or write conversation `id`'s activities: the token issued for it,
 * or the portal's secret. Nobody without credentials, not even in demo mode, where anyone may
 * start a conversation as anyone but must then use that conversation's token: a conversation id
 * alone opens nothing.
 */
export function mayUseConversation(caller: Caller, id: string): boolean {
  if (caller.kind === 'token') return caller.claims.conv === id;
  return caller.kind === 'secret';
}
