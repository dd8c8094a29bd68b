import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { MAX_RETRIES, parseRetryAfter, RETRY_AFTER_CAP_MS, retryDelayMs } from './retryPolicy';
import { sendWithRetries } from './sendWithRetries';

const NOW = Date.parse('2025-03-14T09:00:00Z');
const MID = 0.5; // no jitter

describe('retryDelayMs', () => {
  it('retries an unreachable server and gateway failures with growing backoff, three times', () => {
    for (const status of [0, 502, 503, 504]) {
      expect([0, 1, 2].map((n) => retryDelayMs({ status }, n, NOW, MID))).toEqual([600, 1200, 2400]);
      expect(retryDelayMs({ status }, MAX_RETRIES, NOW, MID)).toBeNull();
    }
  });

  it('never retries a refusal: 4xx validation, auth, conflicts, PICPIK RetCodes (HTTP 200)', () => {
    for (const status of [400, 401, 404, 409, 413, 415, 200, 500]) expect(retryDelayMs({ status }, 0, NOW, MID)).toBeNull();
  });

  it('jitters by at most ±20 %', () => {
    expect(retryDelayMs({ status: 503 }, 1, NOW, 0)).toBe(960);
    expect(retryDelayMs({ status: 503 }, 1, NOW, 0.999)).toBe(1440);
  });

  it('honours Retry-After on 429 (seconds or a date) up to the cap, and gives up beyond it', () => {
    expect(retryDelayMs({ status: 429, retryAfter: '3' }, 0, NOW, MID)).toBe(3000);
    expect(retryDelayMs({ status: 429, retryAfter: 'Fri, 14 Mar 2025 09:00:05 GMT' }, 0, NOW, MID)).toBe(5000);
    expect(retryDelayMs({ status: 429, retryAfter: '0' }, 2, NOW, MID)).toBe(2400);
    expect(retryDelayMs({ status: 429 }, 0, NOW, MID)).toBe(600);
    expect(retryDelayMs({ status: 429, retryAfter: String(RETRY_AFTER_CAP_MS / 1000 + 1) }, 0, NOW, MID)).toBeNull();
  });

  it('reads Retry-After leniently', () => {
    expect(parseRetryAfter(' 12 ', NOW)).toBe(12_000);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('Fri, 14 Mar 2025 08:00:00 GMT', NOW)).toBe(0);
  });
});

describe('sendWithRetries', () => {
  const noSleep = async () => undefined;

  it('sends the same thing again after transient failures and reports each retry', async () => {
    const request = { request_uuid: 'u-1' };
    const sent: unknown[] = [];
    const retries: string[] = [];
    const answer = await sendWithRetries(
      async () => {
        sent.push(request);
        if (sent.length < 3) throw new ApiError('PICPIK unreachable', sent.length === 1 ? 0 : 503);
        return 'TaskUID-1';
      },
      { sleep: noSleep, onRetry: (attempt, of) => retries.push(`${attempt}/${of}`) },
    );
    expect(answer).toBe('TaskUID-1');
    expect(sent).toEqual([request, request, request]);
    expect(retries).toEqual(['1/3', '2/3']);
  });

  it('stops after three retries with the last error, and at once on a validation error', async () => {
    let calls = 0;
    await expect(sendWithRetries(async () => { calls++; throw new ApiError('Bad gateway', 502); }, { sleep: noSleep })).rejects.toThrow('Bad gateway');
    expect(calls).toBe(1 + MAX_RETRIES);
    calls = 0;
    await expect(sendWithRetries(async () => { calls++; throw new ApiError('Width must be…', 400); }, { sleep: noSleep })).rejects.toThrow('Width');
    expect(calls).toBe(1);
    await expect(sendWithRetries(async () => { throw new TypeError('bug'); }, { sleep: noSleep })).rejects.toThrow('bug');
  });
});
