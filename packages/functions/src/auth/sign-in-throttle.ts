import type { Context } from "hono";

/**
 * Slows down password guessing on `POST /api/auth/login` (docs/security.md).
 *
 * Failures are counted per client address, per username from that address,
 * and per username from everywhere. The first two lock: after `free` failures
 * each further attempt waits twice as long as the one before (429 with
 * Retry-After). The third only delays the answer, a little, never locks: from
 * an address that has not failed, the right password always works, so nobody
 * can keep `admin` out by failing on purpose elsewhere. Counts are forgotten
 * `windowSeconds` after the last failure; a success clears its own pair.
 * Kept in memory, like the API-key rate limit: each process counts its own.
 */
export interface ThrottlePolicy {
  /** Failures allowed before waits begin. */
  free: number;
  /** The first wait; each further failure doubles it, up to `maxWaitSeconds`. */
  firstWaitSeconds: number;
  maxWaitSeconds: number;
  /** Failures older than this (after the last one) are forgotten. */
  windowSeconds: number;
  /** The most a username's failures elsewhere delay an answer. */
  maxDelayMs: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  free: 5,
  firstWaitSeconds: 2,
  maxWaitSeconds: 900,
  windowSeconds: 900,
  maxDelayMs: 2000,
};

interface Count {
  failures: number;
  last: number;
}

export function createSignInThrottle(policy: ThrottlePolicy = defaultThrottlePolicy, now: () => number = Date.now) {
  const counts = new Map<string, Count>();
  const current = (key: string): Count | undefined => {
    const count = counts.get(key);
    if (count && now() - count.last > policy.windowSeconds * 1000) {
      counts.delete(key);
      return undefined;
    }
    return count;
  };
  const waitOf = (count: Count | undefined) => {
    if (!count || count.failures < policy.free) return 0;
    const wait = Math.min(policy.maxWaitSeconds, policy.firstWaitSeconds * 2 ** (count.failures - policy.free));
    return Math.max(0, Math.ceil((count.last + wait * 1000 - now()) / 1000));
  };
  const keys = (username: string, address: string) => ({
    address: `addr:${address}`,
    pair: `pair:${username.toLowerCase()}@${address}`,
    user: `user:${username.toLowerCase()}`,
  });

  return {
    /** Before checking the password: seconds to wait (then 429), and a delay to apply to the answer. */
    check(username: string, address: string): { retryAfter: number; delayMs: number } {
      const k = keys(username, address);
      const retryAfter = Math.max(waitOf(current(k.address)), waitOf(current(k.pair)));
      const user = current(k.user);
      const delayMs =
        user && user.failures > policy.free
          ? Math.min(policy.maxDelayMs, 100 * 2 ** Math.min(user.failures - policy.free, 10))
          : 0;
      return { retryAfter, delayMs };
    },
    failed(username: string, address: string) {
      for (const key of Object.values(keys(username, address))) {
        const count = current(key) ?? { failures: 0, last: 0 };
        counts.set(key, { failures: count.failures + 1, last: now() });
      }
    },
    /** The address keeps its count: one's own account must not wash away guesses at others'. */
    succeeded(username: string, address: string) {
      counts.delete(keys(username, address).pair);
    },
  };
}
export type SignInThrottle = ReturnType<typeof createSignInThrottle>;

/** The caller's address as the platform saw it (API Gateway's sourceIp, the socket in `npm start`), never a header it could forge. */
export function clientAddress(c: Context): string {
  const env = c.env as
    | { requestContext?: { http?: { sourceIp?: string } }; incoming?: { socket?: { remoteAddress?: string } } }
    | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? "unknown";
}
