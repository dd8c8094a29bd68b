import type { Context } from 'hono';

export interface BodyDeadline {
  /** Longest time a body may take to arrive once the server reads it (BODY_TIMEOUT_S). */
  timeoutMs: number;
  /** Slowest average rate accepted after the grace period, in bytes a second (BODY_MIN_KBPS); 0 = none. */
  minBytesPerS: number;
  /** Time a body may take to get going before the rate counts. */
  graceMs: number;
}

export const DEFAULT_BODY_DEADLINE: BodyDeadline = { timeoutMs: 120_000, minBytesPerS: 32 * 1024, graceMs: 5_000 };

/** The body came too slowly; `message` says which limit passed and how much had arrived. */
export class BodyTooSlowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BodyTooSlowError';
  }
}

const kb = (bytes: number) => Math.round(bytes / 1024);

/**
 * Replaces the request's body by one that fails with BodyTooSlowError when the deadline or the
 * minimum rate passes (the clock starts at the first read). The caller answers with the error
 * returned by `failure()`; the connection itself is left open for that answer.
 */
export function guardRequestBody(c: Context, limits: BodyDeadline): { failure(): BodyTooSlowError | null } {
  const source = c.req.raw.body;
  let failure: BodyTooSlowError | null = null;
  if (!source) return { failure: () => failure };
  const reader = source.getReader();
  const declared = Number(c.req.header('Content-Length') ?? NaN);
  let received = 0;
  let started = 0;
  let timer: NodeJS.Timeout | undefined;
  let output!: ReadableStreamDefaultController<Uint8Array>;

  const fail = (message: string) => {
    failure = new BodyTooSlowError(message);
    output.error(failure);
  };
  const check = () => {
    const elapsed = Date.now() - started;
    const of = Number.isFinite(declared) ? ` of ${kb(declared)} KB` : '';
    if (elapsed >= limits.timeoutMs) {
      return fail(`The request body did not arrive within BODY_TIMEOUT_S (${limits.timeoutMs / 1000} s): ${kb(received)} KB${of} came; the upload was stopped`);
    }
    const rate = limits.minBytesPerS;
    if (rate > 0 && received < (rate * (elapsed - limits.graceMs)) / 1000) {
      const seconds = (elapsed / 1000).toFixed(1);
      return fail(`The request body arrives too slowly: ${kb(received)} KB${of} in ${seconds} s, below BODY_MIN_KBPS (${kb(rate)} KB/s); the upload was stopped`);
    }
    // Sleep until the earliest moment a limit could pass at the bytes received so far.
    const untilRateFails = rate > 0 ? limits.graceMs + (received / rate) * 1000 - elapsed : Infinity;
    timer = setTimeout(check, Math.max(10, Math.min(limits.timeoutMs - elapsed, untilRateFails)));
  };

  const guarded = new ReadableStream<Uint8Array>({
    start(controller) {
      output = controller;
    },
    async pull(controller) {
      if (!started) {
        started = Date.now();
        check();
      }
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        clearTimeout(timer);
        throw error;
      }
      if (failure) return;
      const { done, value } = chunk;
      if (done) {
        clearTimeout(timer);
        controller.close();
      } else {
        received += value.byteLength;
        controller.enqueue(value);
      }
    },
    cancel(reason) {
      clearTimeout(timer);
      return reader.cancel(reason);
    },
  });
  c.req.raw = new Request(c.req.raw, { body: guarded, duplex: 'half' } as RequestInit);
  return {
    failure: () => {
      if (failure) clearTimeout(timer);
      return failure;
    },
  };
}
