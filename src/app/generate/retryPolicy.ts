/**
 * When a failed Generate is sent again. Only transient failures are retried: the studio server
 * unreachable (status 0), a gateway failure (502, 503, 504) or rate limiting (429). Every
 * retry sends the same body with the same request_uuid, so the server answers a retried
 * submission with the first TaskUID instead of starting a second task.
 */
export const MAX_RETRIES = 3;
const BASE_DELAY_MS = 600;
/** A Retry-After longer than this is not waited for: the designer sees the error instead. */
export const RETRY_AFTER_CAP_MS = 20_000;

const TRANSIENT_STATUSES = new Set([0, 429, 502, 503, 504]);

export interface FailedAttempt {
  status: number;
  retryAfter?: string | null | undefined;
}

/** Retry-After as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A failure worth sending again later: the server away, a gateway failure, rate limiting. */
export function isTransientFailure(failure: FailedAttempt): boolean {
  return TRANSIENT_STATUSES.has(failure.status);
}

/**
 * Milliseconds to wait before retry number `retriesSoFar + 1`, or null when the failure must
 * be shown as it is. Backoff 0.6 s, 1.2 s, 2.4 s with ±20 % jitter (`random` in [0, 1)).
 */
export function retryDelayMs(failure: FailedAttempt, retriesSoFar: number, now = Date.now(), random = Math.random()): number | null {
  if (retriesSoFar >= MAX_RETRIES || !TRANSIENT_STATUSES.has(failure.status)) return null;
  const backoff = Math.round(BASE_DELAY_MS * 2 ** retriesSoFar * (0.8 + 0.4 * random));
  const asked = parseRetryAfter(failure.retryAfter, now);
  if (asked === undefined) return backoff;
  return asked > RETRY_AFTER_CAP_MS ? null : Math.max(asked, backoff);
}
