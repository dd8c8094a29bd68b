import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Backend } from './backend';
import { silentLogger } from './logger';

const backend: Backend = { mode: 'local', handle: async () => ({ status: 200, body: { RetCode: 0 } }) };

describe('loopback studios answer only loopback host names (DNS rebinding)', () => {
  const app = createApp({ backend, logger: silentLogger, version: 't', maxBodyMb: 1, listenHost: '127.0.0.1' });
  it.each(['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787'])('answers %s', async (base) => {
    expect((await app.request(`${base}/api/health`)).status).toBe(200);
  });
  it('refuses a rebinding name, naming it', async () => {
    const response = await app.request('http://attacker.example:8787/api/health');
    expect(response.status).toBe(403);
    expect(((await response.json()) as { Message: string }).Message).toMatch(/attacker\.example/);
  });
  it('does not apply to a studio shared on the network', async () => {
    const shared = createApp({ backend, logger: silentLogger, version: 't', maxBodyMb: 1, listenHost: '0.0.0.0' });
    expect((await shared.request('http://studio.office.lan:8787/api/health')).status).toBe(200);
  });
});
