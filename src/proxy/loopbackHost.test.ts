import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Backend } from '../core/backend';
import { silentLogger } from '../core/logger';
import { hostNameOf, isLoopbackHost } from './loopbackHost';

const backend: Backend = { mode: 'local', handle: async () => ({ status: 200, body: { RetCode: 0 } }) };

describe('isLoopbackHost parses the host as an address', () => {
  it.each(['localhost', 'LOCALHOST:8787', '127.0.0.1', '127.0.0.1:8787', '127.8.9.10:1', '[::1]', '[::1]:8787', '::1', '[::ffff:127.0.0.1]:8787', '[::ffff:7f00:1]'])(
    'accepts %s',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  );
  it.each([
    '127.attacker.example:8787',
    '127.0.0.1.nip.io',
    '127.evil.com',
    '127.0.0.1.evil.com:8787',
    'localhost.evil.com',
    'evil-localhost',
    '0.0.0.0',
    '10.0.0.1',
    '[::2]',
    '[::ffff:10.0.0.1]',
    '127.1',
    '0x7f.0.0.1',
    '127.0.0.1:port',
    '[::1',
    '',
  ])('refuses %s', (host) => expect(isLoopbackHost(host)).toBe(false));

  it('strips the port and the IPv6 brackets', () => {
    expect(hostNameOf('Studio.Test:8787')).toBe('studio.test');
    expect(hostNameOf('[::1]:8787')).toBe('::1');
    expect(hostNameOf('a:b:c')).toBe('a:b:c');
    expect(hostNameOf('x:99999999')).toBeUndefined();
  });
});

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
  it.each(['127.attacker.example:8787', '127.0.0.1.nip.io', '127.evil.com'])('refuses the Host header %s', async (host) => {
    const response = await app.request('http://127.0.0.1:8787/api/history', { headers: { Host: host } });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { Message: string }).Message).toContain(host);
  });
  it('reads the Host header the browser sent', async () => {
    expect((await app.request('http://127.0.0.1:8787/api/health', { headers: { Host: 'localhost:8787' } })).status).toBe(200);
  });
  it('applies on an IPv6 loopback listener too', async () => {
    const v6 = createApp({ backend, logger: silentLogger, version: 't', maxBodyMb: 1, listenHost: '::1' });
    expect((await v6.request('http://[::1]:8787/api/health')).status).toBe(200);
    expect((await v6.request('http://127.evil.com:8787/api/health')).status).toBe(403);
  });
  it('does not apply to a studio shared on the network', async () => {
    const shared = createApp({ backend, logger: silentLogger, version: 't', maxBodyMb: 1, listenHost: '0.0.0.0' });
    expect((await shared.request('http://studio.office.lan:8787/api/health')).status).toBe(200);
  });
});
