import type { Context, MiddlewareHandler } from 'hono';
import { clientAddress } from './clientAddress';
import { studioError } from './errors';
import { RET } from './retCodes';

export type Take = { ok: true } | { ok: false; retryAfterS: number };

export interface TokenBuckets {
  readonly perMinute: number;
  /** Spends one token of `key`'s bucket, or says how long until one is back. */
  take(key: string): Take;
}

/** Buckets idle this long are full again and are forgotten, so memory stays bounded. */
const PRUNE_EVERY_MS = 60_000;

/**
 * A token bucket per key (client address): `perMinute` tokens, refilled continuously, so a
 * client may burst up to a minute's budget and then gets a steady rate.
 */
export function createTokenBuckets(perMinute: number, now: () => number = () => performance.now()): TokenBuckets {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let prunedAt = now();

  function prune(time: number): void {
    prunedAt = time;
    for (const [key, bucket] of buckets) if (bucket.tokens + (time - bucket.at) * perMs >= perMinute) buckets.delete(key);
  }

  return {
    perMinute,
    take(key) {
      const time = now();
      if (time - prunedAt > PRUNE_EVERY_MS) prune(time);
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: time };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}

/** The 429 answer in PICPIK's shape, with Retry-After in seconds. */
export function tooManyRequests(c: Context, retryAfterS: number, what: string, variable: string, perMinute: number, action = '') {
  c.header('Retry-After', String(retryAfterS));
  return studioError(c, 429, RET.rateLimited, `Too many ${what} from your address: at most ${perMinute} a minute (${variable}); try again in ${retryAfterS} s`, action);
}

/** Limits every request under the mount point per client address (RATE_LIMIT_PER_MIN). */
export function rateLimit(buckets: TokenBuckets): MiddlewareHandler {
  return async (c, next) => {
    const taken = buckets.take(clientAddress(c));
    if (!taken.ok) return tooManyRequests(c, taken.retryAfterS, 'requests', 'RATE_LIMIT_PER_MIN', buckets.perMinute);
    return next();
  };
}
