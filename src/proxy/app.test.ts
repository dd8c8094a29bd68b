import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Backend } from '../core/backend';
import { silentLogger } from '../core/logger';
import { createFakePicpik } from './testing/fakePicpik';
import { createUpstreamBackend } from './upstream';

const PUBLIC_KEY = 'pk-test';
const PRIVATE_KEY = 'sk-secret-never-shown';

function setup(options: { token?: string; maxBodyMb?: number; timeoutMs?: number; fetch?: typeof fetch } = {}) {
  const upstream = createFakePicpik({ [PUBLIC_KEY]: PRIVATE_KEY });
  const backend: Backend = createUpstreamBackend({
    apiUrl: 'https://picpik.test/',
    publicKey: PUBLIC_KEY,
    privateKey: PRIVATE_KEY,
    timeoutMs: options.timeoutMs ?? 2000,
    fetch: options.fetch ?? upstream.fetch,
  });
  const app = createApp({ backend, logger: silentLogger, version: '9.9.9', studioToken: options.token, maxBodyMb: options.maxBodyMb ?? 64 });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/api/picpik', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, upstream, post };
}

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('POST /api/picpik with keys', () => {
  it('signs and forwards, adding PublicKey, request_uuid and Signature', async () => {
    const { post, upstream } = setup();
    const response = await post({ Action: 'ListModels' });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Record<string, unknown>;
    expect(answer.RetCode).toBe(0);
    expect(answer.MainModels).toBeDefined();
    const sent = upstream.received[0]!.body;
    expect(sent.PublicKey).toBe(PUBLIC_KEY);
    expect(sent.request_uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.Signature).toMatch(/^[0-9a-f]{40}$/);
    expect(JSON.stringify(answer)).not.toContain(PRIVATE_KEY);
  });

  it('keeps a given request_uuid and replaces client credentials', async () => {
    const { post, upstream } = setup();
    await post({ Action: 'GetCreditBalance', request_uuid: 'my-uuid', PublicKey: 'someone-else', Signature: 'forged' });
    const sent = upstream.received[0]!.body;
    expect(sent.request_uuid).toBe('my-uuid');
    expect(sent.PublicKey).toBe(PUBLIC_KEY);
    expect(sent.Signature).not.toBe('forged');
  });

  it('forwards a generation request unchanged in meaning', async () => {
    const { post, upstream } = setup();
    const request = {
      Action: 'ModifyMaskedPixels',
      MainModel: { ModelCode: 'PICPIK General', InferenceParams: { Steps: 10 }, CustomVendorField: 'kept' },
      PositivePrompts: ['一只猫', 'sofa'],
      Seed: 42,
      Width: 512,
      Height: 512,
      Masked: { ImageIndex: 0, MaskIndex: 1, MaskBlur: 8, ReferStrength: 1.5 },
      ImageAndMaskList: [PNG, PNG],
    };
    const response = await post(request);
    expect(await response.json()).toMatchObject({ RetCode: 0, TaskUID: expect.any(String) });
    const { PublicKey: _p, Signature: _s, request_uuid: _u, ...sent } = upstream.received[0]!.body;
    expect(sent).toEqual(request);
  });

  it('builds outgoing headers from scratch: no cookies, no Authorization', async () => {
    const { post, upstream } = setup({ token: 'team-token' });
    await post({ Action: 'ListModels' }, { Authorization: 'Bearer team-token', Cookie: 'session=abc', 'X-Custom': '1' });
    const headers = upstream.received[0]!.headers;
    expect(headers.get('authorization')).toBeNull();
    expect(headers.get('cookie')).toBeNull();
    expect(headers.get('x-custom')).toBeNull();
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('passes RetCode errors from PICPIK through as they are', async () => {
    const { post, upstream } = setup();
    upstream.respondWith(() => Response.json({ RetCode: 153, Action: 'ListModels', Message: 'rate limited' }));
    const response = await post({ Action: 'ListModels' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ RetCode: 153, Action: 'ListModels', Message: 'rate limited' });
  });
});

describe('POST /api/picpik error paths', () => {
  const cases: [string, () => Response | Promise<Response>, number, RegExp][] = [
    ['invalid field names field and range', () => setup().post({ Action: 'GenerateImages', MainModel: { ModelCode: 'x' }, Width: 5000 }), 400, /Width.*64.*2560/],
    ['missing required field', () => setup().post({ Action: 'GenerateImages' }), 400, /MainModel/],
    ['index outside the image list', () => setup().post({ Action: 'ModifyMaskedPixels', MainModel: { ModelCode: 'x' }, Masked: { ImageIndex: 0, MaskIndex: 3 }, ImageAndMaskList: [PNG, PNG] }), 400, /MaskIndex/],
    ['unknown action', () => setup().post({ Action: 'DeleteAccount' }), 400, /DeleteAccount/],
    ['missing action', () => setup().post({ Width: 5 }), 400, /Action/],
    ['not JSON content type', () => setup().post('Action=ListModels', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, /JSON/],
    ['malformed JSON', () => setup().post('{"Action": ', {}), 400, /not valid JSON/],
    ['body over MAX_BODY_MB', () => setup({ maxBodyMb: 1 }).post({ Action: 'ListModels', Pad: 'x'.repeat(1_200_000) }), 413, /MAX_BODY_MB \(1 MB\)/],
    ['missing token', () => setup({ token: 't0ken' }).post({ Action: 'ListModels' }), 401, /access token/],
    ['wrong token', () => setup({ token: 't0ken' }).post({ Action: 'ListModels' }, { Authorization: 'Bearer nope' }), 401, /wrong/],
    ['upstream unreachable', () => setup({ fetch: async () => { throw new TypeError('fetch failed'); } }).post({ Action: 'ListModels' }), 502, /cannot be reached/],
    ['upstream 5xx', () => setup({ fetch: async () => new Response('oops', { status: 503 }) }).post({ Action: 'ListModels' }), 502, /HTTP 503/],
    ['upstream not JSON', () => setup({ fetch: async () => new Response('<html>', { status: 200 }) }).post({ Action: 'ListModels' }), 502, /not JSON/],
    [
      'upstream too slow',
      () =>
        setup({
          timeoutMs: 50,
          fetch: (_url, init) =>
            new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason))),
        }).post({ Action: 'ListModels' }),
      504,
      /did not answer within 0.05 s/,
    ],
  ];
  it.each(cases)('%s', async (_name, run, status, message) => {
    const { upstream } = setup();
    const response = await run();
    expect(response.status).toBe(status);
    const body = (await response.json()) as { RetCode: number; Message: string };
    expect(body.RetCode).not.toBe(0);
    expect(body.Message).toMatch(message);
    expect(upstream.received).toHaveLength(0);
  });

  it('forwards nothing for an unknown action', async () => {
    const { post, upstream } = setup();
    await post({ Action: 'DeleteAccount' });
    expect(upstream.received).toHaveLength(0);
  });
});

describe('GET /api/health', () => {
  it('reports the mode and version', async () => {
    const { app } = setup();
    const response = await app.request('/api/health');
    expect(await response.json()).toEqual({ ok: true, mode: 'picpik', version: '9.9.9' });
  });
  it('needs the token when one is set', async () => {
    const { app } = setup({ token: 'abc' });
    expect((await app.request('/api/health')).status).toBe(401);
    expect((await app.request('/api/health', { headers: { Authorization: 'Bearer abc' } })).status).toBe(200);
  });
});
