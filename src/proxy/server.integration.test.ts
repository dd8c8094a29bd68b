import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from './sign';

// The real server process, with keys, pointed at a stand-in PICPIK on loopback.
const PRIVATE_KEY = 'integration-private-key';
let upstream: Server;
let studio: ChildProcess;
let studioOutput = '';
const received: Record<string, unknown>[] = [];
const port = 18000 + Math.floor(Math.random() * 1000);

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      received.push(body);
      const valid = signRequest(body, PRIVATE_KEY) === body.Signature;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(valid ? { RetCode: 0, Action: body.Action, TotalCredits: 300, UsedCredits: 1 } : { RetCode: 171, Action: body.Action, Message: 'bad signature' }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const upstreamPort = (upstream.address() as AddressInfo).port;
  studio = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/server.ts'], {
    env: {
      ...process.env,
      STUDIO_ENV_FILE: 'none',
      PORT: String(port),
      PICPIK_PUBLIC_KEY: 'integration-public',
      PICPIK_PRIVATE_KEY: PRIVATE_KEY,
      PICPIK_API_URL: `http://127.0.0.1:${upstreamPort}/`,
      DATA_DIR: `/tmp/picpik-integration-${port}`,
    },
  });
  studio.stdout!.on('data', (chunk) => (studioOutput += chunk));
  studio.stderr!.on('data', (chunk) => (studioOutput += chunk));
  for (let i = 0; i < 100 && !studioOutput.includes('PICPIK Studio on'); i++) await new Promise((r) => setTimeout(r, 100));
});

afterAll(async () => {
  studio?.kill('SIGTERM');
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

describe('studio server with keys', () => {
  it('reports PICPIK mode', async () => {
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, mode: 'picpik' });
  });

  it('delivers correctly signed requests to PICPIK_API_URL', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/picpik`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Action: 'GetCreditBalance' }),
    });
    expect(await response.json()).toMatchObject({ RetCode: 0, TotalCredits: 300 });
    expect(received.at(-1)).toMatchObject({ Action: 'GetCreditBalance', PublicKey: 'integration-public' });
  });

  it('never prints the private key', () => {
    expect(studioOutput).toContain('PICPIK Studio on');
    expect(studioOutput).not.toContain(PRIVATE_KEY);
  });
});

describe('studio server start-up', () => {
  it('exits with a clear error on bad configuration', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/server.ts'], {
      env: { ...process.env, STUDIO_ENV_FILE: 'none', PORT: 'eighty', PICPIK_PUBLIC_KEY: 'only-one' },
    });
    let output = '';
    child.stderr!.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/PORT must be a number from 0 to 65535/);
    expect(output).toMatch(/PICPIK_PRIVATE_KEY/);
  });
});
