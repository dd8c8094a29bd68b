import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
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

describe('studio server stop', () => {
  it('exits on SIGTERM even while a client is still uploading', async () => {
    const stopPort = port + 1000;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/server.ts'], {
      env: { ...process.env, STUDIO_ENV_FILE: 'none', PORT: String(stopPort), PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: '', DATA_DIR: `/tmp/picpik-integration-${stopPort}` },
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    for (let i = 0; i < 100 && !output.includes('PICPIK Studio on'); i++) await new Promise((r) => setTimeout(r, 100));
    // A large upload at a steady 100 KB/s: fast enough for the body deadline, minutes to finish.
    const upload = request({ host: '127.0.0.1', port: stopPort, path: '/api/picpik', method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(20 * 1024 * 1024) } });
    upload.on('error', () => undefined);
    upload.write('{"Action":"GenerateImages","Prompt":"');
    const trickle = setInterval(() => upload.write('a'.repeat(20 * 1024)), 200);
    await new Promise((r) => setTimeout(r, 1000));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    try {
      // The stop gives requests in flight a short grace, then closes their connections.
      expect(await exited).toBe(0);
    } finally {
      clearInterval(trickle);
      upload.destroy();
    }
  }, 20_000);
});
