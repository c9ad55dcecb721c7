/**
 * Stateless sessions: the signed-in person sealed into an encrypted, authenticated cookie (JWE,
 * dir + A256GCM) with an absolute expiry. It is sealed for one public address (the page's): an
 * instance holding the same SESSION_SECRET opens it only when it serves that same address, and ends
 * it by its own SESSION_LIFETIME_MINUTES when that is the shorter. A cookie that was altered,
 * sealed with another key or for another address, or is past its end by the server's clock opens
 * to null. The sign-in flow's state, nonce and PKCE verifier travel the same way in a second,
 * short-lived cookie between the redirect to the IdP and the callback.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { z } from 'zod';

/** How long a person has to finish signing in at the IdP. */
const FLOW_SECONDS = 10 * 60;

const SessionClaims = z.object({ sid: z.string().min(16).max(64), uid: z.string().min(1).max(128), name: z.string().max(256).nullable(), idt: z.string().nullable(), iat: z.number().int(), exp: z.number().int() });
const FlowClaims = z.object({ st: z.string().min(1), nn: z.string().min(1), cv: z.string().min(43), lang: z.enum(['', 'zh-CN', 'en']), exp: z.number().int() });

/** A signed-in person: the channel user id, a display name, the ID token (for sign-out) and the end. */
export interface Session {
  /** The session's own id: signing out records it (engine/store/chat/signedOut.ts), so every copy of the cookie stops working. */
  sid: string;
  userId: string;
  name: string | null;
  idToken: string | null;
  /** Unix seconds after which the session is over. */
  expiresAt: number;
}

/** What the callback needs to check the IdP's answer: state, nonce, PKCE verifier, the page's language. */
export interface SignInFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The page language asked for (`?lang=`), '' when none: the callback returns to that page. */
  lang: '' | 'zh-CN' | 'en';
}

function derive(secret: string, purpose: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'recon-assistant', purpose, 32));
}

export class SessionSealer {
  private readonly sessionKey: Uint8Array;
  private readonly flowKey: Uint8Array;

  private readonly sessionAudience: string;
  private readonly flowAudience: string;

  /** `address`: the page's public address (the session and flow cookies are good there only). */
  constructor(secret: string, private readonly lifetimeSeconds: number, private readonly now: () => Date, address: URL) {
    this.sessionKey = derive(secret, 'web chat session');
    this.flowKey = derive(secret, 'sign-in flow');
    this.sessionAudience = `recon:session ${address.href}`;
    this.flowAudience = `recon:signin ${address.href}`;
  }

  private nowSeconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  /** Seals a new session starting now; returns the cookie value and its lifetime in seconds. */
  async seal(person: { userId: string; name: string | null; idToken: string | null }): Promise<{ value: string; maxAge: number; session: Session }> {
    const iat = this.nowSeconds();
    const exp = iat + this.lifetimeSeconds;
    const sid = randomBytes(16).toString('base64url');
    const value = await new EncryptJWT({ sid, uid: person.userId, name: person.name, idt: person.idToken })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setAudience(this.sessionAudience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .encrypt(this.sessionKey);
    return { value, maxAge: this.lifetimeSeconds, session: { sid, ...person, expiresAt: exp } };
  }

  /** The session in a cookie value, or null when it is absent, altered, foreign (key or address) or over. */
  async open(value: string | null): Promise<Session | null> {
    const claims = await this.decrypt(value, this.sessionKey, this.sessionAudience, SessionClaims);
    if (!claims) return null;
    // Sealed by an instance allowed longer sessions: it ends here by this instance's lifetime.
    const expiresAt = Math.min(claims.exp, claims.iat + this.lifetimeSeconds);
    if (expiresAt <= this.nowSeconds()) return null;
    return { sid: claims.sid, userId: claims.uid, name: claims.name, idToken: claims.idt, expiresAt };
  }

  async sealFlow(flow: SignInFlow): Promise<{ value: string; maxAge: number }> {
    const iat = this.nowSeconds();
    const value = await new EncryptJWT({ st: flow.state, nn: flow.nonce, cv: flow.codeVerifier, lang: flow.lang })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setAudience(this.flowAudience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + FLOW_SECONDS)
      .encrypt(this.flowKey);
    return { value, maxAge: FLOW_SECONDS };
  }

  async openFlow(value: string | null): Promise<SignInFlow | null> {
    const claims = await this.decrypt(value, this.flowKey, this.flowAudience, FlowClaims);
    return claims ? { state: claims.st, nonce: claims.nn, codeVerifier: claims.cv, lang: claims.lang } : null;
  }

  private async decrypt<S extends z.ZodType>(value: string | null, key: Uint8Array, audience: string, schema: S): Promise<z.infer<S> | null> {
    if (!value) return null;
    try {
      const { payload } = await jwtDecrypt(value, key, {
        audience,
        currentDate: this.now(),
        clockTolerance: 0,
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256GCM'],
        requiredClaims: ['exp', 'iat'],
      });
      const parsed = schema.safeParse(payload);
      return parsed.success ? parsed.data : null;
    } catch {
      // Altered, foreign key, malformed or expired: all mean "not signed in".
      return null;
    }
  }
}
