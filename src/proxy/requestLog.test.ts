import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from './app';
import { parseConfig } from './config';
import { createBackend } from './createBackend';
import { createConsoleLogger } from '../core/logger';
import { openEmbeddedStorage } from '../storage/openStorage';
import { createFakeImageHost, fakePng } from './testing/fakeImageHost';
import { createFakePicpik } from './testing/fakePicpik';
import { publicResolver } from './testing/fakeResolver';

const PRIVATE_KEY = 'sk-LOGMARKER-private-7f3a9c';
const TOKEN = 'tok-LOGMARKER-studio-51e0d2';
const WRONG_TOKEN = 'tok-LOGMARKER-wrong-88aa01';
const URL_SECRET = 'sig-LOGMARKER-result-url-0b9e';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Everything the process would print: the console logger writes through console.*. */
function captureConsole(): string[] {
  const lines: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  }
  return lines;
}

describe('request log', () => {
  it('has one line per API request with its metadata, and no key, token, image or result-URL query', async () => {
    const lines = captureConsole();
    const dataDir = mkdtempSync(join(tmpdir(), 'request-log-'));
    const archive = openEmbeddedStorage(dataDir);
    const images = createFakeImageHost('results.picpik.test');
    const upstream = createFakePicpik({ 'pk-log': PRIVATE_KEY }, { imageHost: images });
    const env = { PICPIK_PUBLIC_KEY: 'pk-log', PICPIK_PRIVATE_KEY: PRIVATE_KEY, STUDIO_TOKEN: TOKEN, PICPIK_API_URL: 'https://picpik.test/', ARCHIVE_SWEEP_S: '0', DATA_DIR: dataDir };
    const config = parseConfig(env);
    const logger = createConsoleLogger();
    const backend = createBackend(config, archive, logger, { fetch: upstream.fetch, resolveHost: publicResolver });
    const app = createApp({ backend, logger, version: 't', studioToken: config.STUDIO_TOKEN, maxBodyMb: 64, archive });
    cleanups.push(async () => {
      await archive.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const image = (await fakePng(24, 24, '#c0ffee')).toString('base64');
    const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
    const post = (body: unknown, headers: Record<string, string> = auth) => {
      const text = JSON.stringify(body);
      return app.request('/api/picpik', { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(text)) }, body: text });
    };

    const submitted = await post({ Action: 'GenerateImages', request_uuid: 'log-uuid-0001', MainModel: { ModelCode: 'PICPIK General' }, Image2Image: { ImageIndex: 0 }, ImageAndMaskList: [`data:image/png;base64,${image}`] });
    const taskUid = ((await submitted.json()) as { TaskUID: string }).TaskUID;
    upstream.finishTask(taskUid, { ImgList: [images.addFault('/out.png', 'http500') + `?Signature=${URL_SECRET}`] });
    await post({ Action: 'ListTasksDetails', TaskUIDList: [taskUid] });
    await post({ Action: 'ListModels' }, { Authorization: `Bearer ${WRONG_TOKEN}`, 'Content-Type': 'application/json' });
    await post({ Action: 'GenerateImages', Width: 99999, Prompt: PRIVATE_KEY });
    await app.request(`/api/history?page=1&note=${URL_SECRET}`, { headers: auth });
    await backend.close();

    const output = lines.join('\n');
    for (const secret of [PRIVATE_KEY, TOKEN, WRONG_TOKEN, URL_SECRET, image.slice(100, 160)]) expect(output).not.toContain(secret);

    const requests = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.event === 'request');
    expect(requests.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ['POST', '/api/picpik', 200],
      ['POST', '/api/picpik', 200],
      ['POST', '/api/picpik', 401],
      ['POST', '/api/picpik', 400],
      ['GET', '/api/history', 200],
    ]);
    expect(requests[0]).toMatchObject({ action: 'GenerateImages', retCode: 0, ip: 'unknown', ms: expect.any(Number), bytes: expect.any(Number) });
    expect(requests[1]).toMatchObject({ action: 'ListTasksDetails', retCode: 0 });
    expect(lines.some((line) => line.includes('archive-download-failed') && line.includes('https://results.picpik.test/out.png answered HTTP 500'))).toBe(true);
  });
});
