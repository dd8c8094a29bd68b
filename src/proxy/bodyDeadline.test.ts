import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Backend } from '../core/backend';
import type { BodyDeadline } from './bodyDeadline';
import { silentLogger } from '../core/logger';

const backend: Backend = { mode: 'local', handle: async (request) => ({ status: 200, body: { RetCode: 0, Action: request.Action, TaskUID: 'task-1' } }) };
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** The real app on a loopback port, with short body limits. */
async function listen(bodyDeadline: BodyDeadline): Promise<number> {
  const app = createApp({ backend, logger: silentLogger, version: 't', maxBodyMb: 32, maxConcurrentUploads: 4, bodyDeadline });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  stops.push(() => server.close());
  return (server.address() as AddressInfo).port;
}

interface SlowUpload {
  /** The raw HTTP answer, once the server has closed the connection. */
  closed: Promise<{ text: string; at: number }>;
}

/** A client that declares `declared` bytes and sends `chunk` bytes every `everyMs`. */
function slowUpload(port: number, declared: number, chunk: number, everyMs: number): SlowUpload {
  const socket = connect(port, '127.0.0.1');
  socket.write(`POST /api/picpik HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`);
  socket.write('{"Action":"RemoveBackground","RawImage":"');
  const timer = setInterval(() => socket.write('A'.repeat(chunk)), everyMs);
  stops.push(() => socket.destroy());
  let text = '';
  socket.on('data', (data) => (text += data.toString()));
  socket.on('error', () => {});
  const closed = new Promise<{ text: string; at: number }>((resolve) =>
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ text, at: Date.now() });
    }),
  );
  return { closed };
}

const jsonOf = (raw: string) => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;

describe('request bodies that arrive too slowly (BODY_TIMEOUT_S, BODY_MIN_KBPS)', () => {
  it('four uploads trickling 1 KB/s get 408 and free their slots, so a normal 10 MB submission goes through', async () => {
    const port = await listen({ timeoutMs: 20_000, minBytesPerS: 16 * 1024, graceMs: 1_000 });
    const slow = Array.from({ length: 4 }, () => slowUpload(port, 2 * 1024 * 1024, 1024, 1000));
    await new Promise((resolve) => setTimeout(resolve, 200)); // all four hold an upload slot now
    const noise = await sharp(randomBytes(1600 * 1600 * 4), { raw: { width: 1600, height: 1600, channels: 4 } }).png({ compressionLevel: 0 }).toBuffer();
    const body = JSON.stringify({ Action: 'RemoveBackground', RawImage: `data:image/png;base64,${noise.toString('base64')}` });
    expect(body.length).toBeGreaterThan(10 * 1024 * 1024);
    const response = await fetch(`http://127.0.0.1:${port}/api/picpik`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const answeredAt = Date.now();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ RetCode: 0, TaskUID: 'task-1' });

    const refused = await Promise.all(slow.map((upload) => upload.closed));
    for (const { text } of refused) {
      expect(text).toMatch(/^HTTP\/1\.1 408 /);
      expect(text.toLowerCase()).toContain('connection: close');
      expect(jsonOf(text)).toEqual({
        RetCode: 408,
        Action: '',
        Message: expect.stringMatching(/^The request body arrives too slowly: \d+ KB of 2048 KB in \d+\.\d s, below BODY_MIN_KBPS \(16 KB\/s\); the upload was stopped$/),
      });
    }
    // The submission waited for a slot that a refused upload gave up.
    expect(Math.min(...refused.map((r) => r.at))).toBeLessThanOrEqual(answeredAt);
  }, 30_000);

  it('a body that keeps a fair rate but outlasts the deadline is stopped too', async () => {
    const port = await listen({ timeoutMs: 2_000, minBytesPerS: 0, graceMs: 0 });
    const { text } = await slowUpload(port, 2 * 1024 * 1024, 4096, 50).closed;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(jsonOf(text).Message).toMatch(/^The request body did not arrive within BODY_TIMEOUT_S \(2 s\): \d+ KB of 2048 KB came; the upload was stopped$/);
  }, 30_000);
});
