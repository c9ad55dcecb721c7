/**
 * Direct Line tokens: a conversation id, an optional user id and an expiry, signed with HMAC.
 * Stateless, so any instance holding the same key accepts them. The key is DIRECTLINE_SECRET when
 * set, else SESSION_SECRET (both shared by every instance); otherwise a random key of this process.
 * A token issued to a signed-in person carries the session's end (`until`): it never lives past
 * it, and no refresh extends it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const TOKEN_SECONDS = 30 * 60;
// `lang`: the page's language, so the greeting at the conversation's start is in it.
const ClaimsSchema = z.object({ conv: z.string().min(1), user: z.string().nullable(), exp: z.number().int(), until: z.number().int().optional(), sid: z.string().optional(), lang: z.enum(['zh-CN', 'en']).optional() });
export type TokenClaims = z.infer<typeof ClaimsSchema>;
/** What a token carries besides its conversation and user: the session's end and id, the page's language. */
export type TokenBinding = Pick<TokenClaims, 'until' | 'sid' | 'lang'>;

export class TokenIssuer {
  private readonly key: Buffer;

  constructor(secret: string | undefined, private readonly now: () => Date) {
    this.key = Buffer.from(secret ? `directline-token:${secret}` : randomBytes(32).toString('hex'));
  }

  /**
   * A token for one conversation (and user, when known) and its lifetime in seconds; with `until` (unix seconds, a session's end) the token
   * expires at the earlier of the two. Null once `until` has passed: nothing outlives the session. `sid` names that session (so its
   * sign-out refuses the token), `lang` the page's language.
   */
  grant(conversationId: string, userId: string | null, { until, sid, lang }: TokenBinding = {}): { token: string; expires_in: number } | null {
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    const exp = Math.min(nowSeconds + TOKEN_SECONDS, until ?? Number.MAX_SAFE_INTEGER);
    if (exp <= nowSeconds) return null;
    const claims: TokenClaims = { conv: conversationId, user: userId, exp, ...(until !== undefined ? { until } : {}), ...(sid ? { sid } : {}), ...(lang ? { lang } : {}) };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${body}.${this.sign(body)}`, expires_in: exp - nowSeconds };
  }

  /** The claims of a valid, unexpired token, else null. */
  verify(token: string): TokenClaims | null {
    const [body, sig, extra] = token.split('.');
    if (!body || !sig || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    const claims = ClaimsSchema.safeParse(json);
    if (!claims.success || claims.data.exp * 1000 <= this.now().getTime()) return null;
    return claims.data;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

/** Constant-time comparison of a presented secret with the configured one. */
export function secretMatches(presented: string, secret: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
