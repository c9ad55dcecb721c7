/**
 * Per-client-address and per-person rate limits (rate-limiter-flexible, in memory: each instance
 * counts its own requests, so behind a load balancer of N instances a client gets up to N times the
 * limit; PostgreSQL- or Redis-backed limiters of the same library would share the count).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitSettings {
  ipPerMinute: number;
  userPerMinute: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimits {
  private readonly byIp: RateLimiterMemory;
  private readonly byUser: RateLimiterMemory;

  constructor(settings: RateLimitSettings) {
    this.byIp = new RateLimiterMemory({ keyPrefix: 'ip', points: settings.ipPerMinute, duration: 60 });
    this.byUser = new RateLimiterMemory({ keyPrefix: 'user', points: settings.userPerMinute, duration: 60 });
  }

  /** Takes one request from the client address's budget. */
  ip(address: string): Promise<RateDecision> {
    return take(this.byIp, address);
  }

  /** Takes one message from the person's budget (`channel:user id`). */
  user(key: string): Promise<RateDecision> {
    return take(this.byUser, key);
  }
}

async function take(limiter: RateLimiterMemory, key: string): Promise<RateDecision> {
  try {
    await limiter.consume(key, 1);
    return { ok: true };
  } catch (rejection) {
    // The memory limiter rejects only with RateLimiterRes; anything else is a bug, not a reason to refuse.
    if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}
