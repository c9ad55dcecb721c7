/**
 * Direct Line tokens: a conversation id, an optional user id and an expiry, signed with HMAC.
 * Stateless, so any instance holding the same key accepts them. The key is DIRECTLINE_SECRET when
 * set (shared by every instance); otherwise a random key of this process.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const TOKEN_SECONDS = 30 * 60;
const ClaimsSchema = z.object({ conv: z.string().min(1), user: z.string().nullable(), exp: z.number().int() });
export type TokenClaims = z.infer<typeof ClaimsSchema>;

export class TokenIssuer {
  private readonly key: Buffer;

  constructor(secret: string | undefined, private readonly now: () => Date) {
    this.key = Buffer.from(secret ? `directline-token:${secret}` : randomBytes(32).toString('hex'));
  }

  get expiresIn(): number {
    return TOKEN_SECONDS;
  }

  /** A token for one conversation (and user, when known). */
  issue(conversationId: string, userId: string | null): string {
    const claims: TokenClaims = { conv: conversationId, user: userId, exp: Math.floor(this.now().getTime() / 1000) + TOKEN_SECONDS };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${this.sign(body)}`;
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
