import { ApiError } from '../api/http';
import { MAX_RETRIES, retryDelayMs } from './retryPolicy';

export interface RetryOptions {
  /** Called before each retry: attempt 1..MAX_RETRIES. */
  onRetry?: (attempt: number, of: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `send` until it succeeds or fails in a way retryPolicy does not retry; the last error is thrown. */
export async function sendWithRetries<T>(send: () => Promise<T>, { onRetry, sleep = wait }: RetryOptions = {}): Promise<T> {
  for (let retries = 0; ; retries++) {
    try {
      return await send();
    } catch (error) {
      const delay = error instanceof ApiError ? retryDelayMs(error, retries) : null;
      if (delay === null) throw error;
      onRetry?.(retries + 1, MAX_RETRIES);
      await sleep(delay);
    }
  }
}
