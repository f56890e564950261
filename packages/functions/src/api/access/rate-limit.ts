/**
 * A token bucket per API key: `burst` requests at once, refilled at
 * `perSecond`. Kept in memory, so each process (each Lambda instance) limits
 * on its own: the real ceiling is the limit times the running instances.
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export const defaultRateLimit: RateLimit = { perSecond: 20, burst: 40 };

export function createRateLimiter(limit: RateLimit) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  /** Takes one token for `id`: 0 when allowed, else the seconds to wait. */
  return function take(id: string, now = Date.now()): number {
    const bucket = buckets.get(id) ?? { tokens: limit.burst, at: now };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond);
    bucket.at = now;
    buckets.set(id, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond));
  };
}
