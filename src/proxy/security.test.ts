import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from './app';
import type { Backend } from '../core/backend';
import { PNG_1X1_BASE64 } from '../picpik/testFixtures';
import { silentLogger } from '../core/logger';
import { createTokenBuckets } from './rateLimit';

const okBackend: Backend = {
  mode: 'local',
  handle: async (request) => ({ status: 200, body: { RetCode: 0, Action: request.Action, Message: '', TaskUID: 't1' } }),
};

function setup(options: Partial<AppOptions> = {}) {
  const app = createApp({ backend: okBackend, logger: silentLogger, version: 't', maxBodyMb: 1, ...options });
  /** A POST as it arrives from the socket `ip` (app.request passes `env` as the Node bindings). */
  const post = (body: Record<string, unknown>, headers: Record<string, string> = {}, ip = '192.0.2.1') =>
    app.request(
      'http://studio.local:8787/api/picpik',
      { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) },
      { incoming: { socket: { remoteAddress: ip } } },
    );
  return { app, post };
}

describe('security headers', () => {
  const root = mkdtempSync(join(tmpdir(), 'spa-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>studio</title>');

  it.each(['/api/health', '/', '/some/client/route', '/api/nope'])('are on %s', async (path) => {
    const { app } = setup({ staticRoot: root });
    const response = await app.request(path);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "img-src 'self' data: blob:", "connect-src 'self' data:", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });
});

describe('same-origin POSTs only', () => {
  it.each([
    ['another site in Origin', { Origin: 'https://evil.example' }],
    ['another port in Origin', { Origin: 'http://studio.local:9999' }],
    ['Origin "null" (sandboxed frame, file:)', { Origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses %s with 403 in PICPIK shape, before the backend', async (_name, headers) => {
    let called = false;
    const { post } = setup({ backend: { mode: 'local', handle: async () => ((called = true), { status: 200, body: {} }) } });
    const response = await post({ Action: 'ListModels' }, headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ RetCode: 403, Message: expect.stringMatching(/Cross-site requests are refused/) });
    expect(called).toBe(false);
  });

  it.each([
    ['its own Origin', { Origin: 'http://studio.local:8787', 'Sec-Fetch-Site': 'same-origin' }],
    ['its own host behind a TLS proxy', { Origin: 'https://studio.local:8787' }],
    ['no Origin (curl, scripts)', {}],
  ])('accepts %s', async (_name, headers) => {
    const { post } = setup();
    expect((await post({ Action: 'ListModels' }, headers)).status).toBe(200);
  });

  it('lets cross-site GETs through (they change nothing; the token still guards them)', async () => {
    const { app } = setup();
    expect((await app.request('/api/health', { headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(200);
  });
});

describe('rate limits', () => {
  it('answers 429 in PICPIK shape with Retry-After once a client spent its budget, per client address', async () => {
    const { post } = setup({ rateLimits: { requestsPerMinute: 3, submitsPerMinute: 0 } });
    for (let i = 0; i < 3; i++) expect((await post({ Action: 'ListModels' })).status).toBe(200);
    const limited = await post({ Action: 'ListModels' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ RetCode: 429, Message: expect.stringMatching(/at most 3 a minute \(RATE_LIMIT_PER_MIN\); try again in \d+ s/) });
    expect((await post({ Action: 'ListModels' }, {}, '192.0.2.2')).status).toBe(200);
  });

  it('gives task submissions their own, stricter budget', async () => {
    const { post } = setup({ rateLimits: { requestsPerMinute: 100, submitsPerMinute: 2 } });
    const submit = { Action: 'RemoveBackground', RawImage: PNG_1X1_BASE64 };
    expect((await post(submit)).status).toBe(200);
    expect((await post(submit)).status).toBe(200);
    const limited = await post(submit);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ RetCode: 429, Action: 'RemoveBackground', Message: expect.stringMatching(/SUBMIT_RATE_LIMIT_PER_MIN/) });
    expect((await post({ Action: 'ListModels' })).status).toBe(200);
  });

  it('refills continuously: a token bucket', () => {
    let now = 0;
    const buckets = createTokenBuckets(60, () => now);
    for (let i = 0; i < 60; i++) expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterS: 1 });
    now += 1000;
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    now += 120_000;
    for (let i = 0; i < 60; i++) expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
  });
});
