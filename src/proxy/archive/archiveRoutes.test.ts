import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../core/backend';
import { silentLogger } from '../../core/logger';
import type { Archive } from '../../storage/archive';
import { newDesignerToken, tokenHash } from '../../storage/designerTokens';
import { openEmbeddedStorage } from '../../storage/openStorage';
import { createApp } from '../app';
import { fakePng } from '../testing/fakeImageHost';

const backend: Backend = { mode: 'local', handle: async () => ({ status: 200, body: { RetCode: 0 } }) };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function setup(options: { token?: string; now?: () => number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'archive-routes-'));
  const archive = openEmbeddedStorage(dir, { now: options.now });
  cleanups.push(async () => {
    await archive.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const app = createApp({ backend, logger: silentLogger, version: '1', studioToken: options.token, maxBodyMb: 1, archive });
  return { app, archive };
}

async function seedTask(archive: Archive, taskUid: string, image: Buffer, designer: string | null = null) {
  const input = await archive.saveInputImages([`data:image/png;base64,${image.toString('base64')}`]);
  await archive.recordSubmission({ taskUid, action: 'GenerateImages', request: { PositivePrompts: [taskUid] }, mode: 'picpik', designer, inputs: input });
  const saved = await archive.saveImage(image);
  await archive.completeTask(taskUid, { status: 'Finished', seed: 77, files: [saved] });
  return { saved, input };
}

describe('GET /files/:name', () => {
  it('serves an archived file with its type and a forever cache, without the API token', async () => {
    const { app, archive } = setup({ token: 'secret-token' });
    const png = await fakePng();
    const { url, hash } = await archive.saveImage(png);
    const response = await app.request(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('ETag')).toBe(`"${hash}"`);
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
  });

  it.each([
    ['unknown hash', `/files/${'a'.repeat(64)}.png`],
    ['wrong extension for the file', 'WRONG_EXT'],
    ['upper-case hex', 'UPPER'],
    ['encoded traversal', '/files/..%2Farchive.sqlite'],
    ['dot-dot encoded', '/files/%2e%2e%2farchive.sqlite'],
    ['database name', '/files/archive.sqlite'],
    ['nested path', '/files/ab/abc.png'],
    ['NUL byte', 'NUL'],
    ['unknown extension', 'SVG'],
  ])('answers 404 JSON for %s', async (_name, path) => {
    const { app, archive } = setup();
    const { hash } = await archive.saveImage(await fakePng());
    const resolved = { WRONG_EXT: `/files/${hash}.jpg`, UPPER: `/files/${hash.toUpperCase()}.png`, NUL: `/files/${hash}.png%00`, SVG: `/files/${hash}.svg` }[path] ?? path;
    const response = await app.request(resolved);
    expect(response.status).toBe(404);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.json()).toMatchObject({ RetCode: 404, Message: expect.stringMatching(/No archived file/) });
  });
});

describe('GET /api/history', () => {
  it('lists tasks newest first with params, seed, result and input URLs', async () => {
    let clock = Date.UTC(2030, 0, 1);
    const { app, archive } = setup({ now: () => (clock += 1000) });
    const older = await seedTask(archive, 'older', await fakePng(4, 4, '#000000'), 'Ada');
    await seedTask(archive, 'newer', await fakePng(4, 4, '#ffffff'));
    const response = await app.request('/api/history?page=2&pageSize=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: Record<string, unknown>[] };
    expect(body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(body.items).toEqual([
      {
        TaskUID: 'older',
        Action: 'GenerateImages',
        Mode: 'picpik',
        Status: 'Finished',
        Seed: 77,
        ErrorCode: null,
        ErrorMessage: null,
        Designer: 'Ada',
        CreatedAt: '2030-01-01T00:00:02.000Z',
        FinishedAt: expect.stringMatching(/^2030-01-01T00:00:0\d\.000Z$/),
        Params: { PositivePrompts: ['older'] },
        Images: [older.saved.url],
        Inputs: [older.input[0]!.url],
      },
    ]);
    const first = (await (await app.request('/api/history')).json()) as { items: { TaskUID: string }[]; pageSize: number };
    expect(first.pageSize).toBe(20);
    expect(first.items.map((item) => item.TaskUID)).toEqual(['newer', 'older']);
  });

  it.each([
    ['pageSize=0', /pageSize must be a whole number from 1 to 100 \(got "0"\)/],
    ['pageSize=101', /pageSize must be a whole number from 1 to 100/],
    ['pageSize=abc', /pageSize.*got "abc"/],
    ['page=0', /page must be a whole number from 1 to/],
    ['page=1.5', /page must be a whole number/],
    ['page=', /page must be a whole number/],
  ])('answers 400 for %s', async (query, message) => {
    const { app } = setup();
    const response = await app.request(`/api/history?${query}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { Message: string }).Message).toMatch(message);
  });

  it("filters a designer's own tasks with mine=true", async () => {
    const { app, archive } = setup({ token: 'shared' });
    const ada = newDesignerToken();
    await archive.index.addDesigner('Ada', tokenHash(ada), 1);
    await seedTask(archive, 'hers', await fakePng(4, 4, '#000000'), 'Ada');
    await seedTask(archive, 'shared-one', await fakePng(4, 4, '#ffffff'));
    const get = async (query: string, token: string) => {
      const response = await app.request(`/api/history?${query}`, { headers: { Authorization: `Bearer ${token}` } });
      return { status: response.status, body: (await response.json()) as { items?: { TaskUID: string }[]; total?: number; Message?: string } };
    };
    expect((await get('mine=true', ada)).body).toMatchObject({ total: 1, items: [{ TaskUID: 'hers' }] });
    expect((await get('mine=false', ada)).body.total).toBe(2);
    expect(await get('mine=true', 'shared')).toMatchObject({ status: 400, body: { Message: expect.stringMatching(/mine=true needs a designer token/) } });
    expect(await get('mine=yes', ada)).toMatchObject({ status: 400, body: { Message: 'mine must be true or false (got "yes")' } });
  });

  it('needs the API token when one is set', async () => {
    const { app } = setup({ token: 'tok' });
    expect((await app.request('/api/history')).status).toBe(401);
    expect((await app.request('/api/history', { headers: { Authorization: 'Bearer tok' } })).status).toBe(200);
  });

  it('is absent when the app has no archive', async () => {
    const app = createApp({ backend, logger: silentLogger, version: '1', maxBodyMb: 1 });
    expect((await app.request('/api/history')).status).toBe(404);
    expect((await app.request(`/files/${'a'.repeat(64)}.png`)).status).toBe(404);
  });
});
