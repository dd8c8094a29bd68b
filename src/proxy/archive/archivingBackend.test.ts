import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { Logger } from '../../core/logger';
import { openEmbeddedStorage } from '../../storage/openStorage';
import { createFakeImageHost, fakePng } from '../testing/fakeImageHost';
import { createFakePicpik } from '../testing/fakePicpik';
import { publicResolver } from '../testing/fakeResolver';
import { createUpstreamBackend } from '../upstream';
import { createArchivingBackend } from './archivingBackend';

const PUBLIC_KEY = 'pk-archive-test';
const PRIVATE_KEY = 'sk-archive-secret';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function setup(options: { maxImageBytes?: number; concurrency?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'archiving-'));
  const archive = openEmbeddedStorage(dir);
  cleanups.push(async () => {
    await archive.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const images = createFakeImageHost('results.picpik.test');
  const upstream = createFakePicpik({ [PUBLIC_KEY]: PRIVATE_KEY }, { imageHost: images });
  const logs: Record<string, unknown>[] = [];
  const logger: Logger = { info: () => {}, error: (event, fields) => logs.push({ event, ...fields }) };
  const inner = createUpstreamBackend({ apiUrl: 'https://picpik.test/', publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY, timeoutMs: 2000, fetch: upstream.fetch });
  const backend = createArchivingBackend(inner, archive, { fetch: upstream.fetch, resolveHost: publicResolver, logger, timeoutMs: 2000, ...options });
  const app = createApp({ backend, logger, version: '1', maxBodyMb: 64, archive });
  const post = async (body: Record<string, unknown>) => {
    const response = await app.request('/api/picpik', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return (await response.json()) as Record<string, unknown>;
  };
  const poll = async (taskUid: string) => {
    const answer = await post({ Action: 'ListTasksDetails', TaskUIDList: [taskUid] });
    return (answer.TaskDetailList as Record<string, unknown>[])[0]!;
  };
  const history = async () => (await (await app.request('/api/history')).json()) as { items: Record<string, unknown>[]; total: number };
  return { dir, archive, images, upstream, logs, app, post, poll, history };
}

describe('archiving PICPIK results', () => {
  it('records the start, archives finished images once and rewrites ImgList to /files/ URLs', async () => {
    const { dir, images, upstream, app, post, poll, history } = setup();
    const input = await fakePng(16, 16, '#00ff00');
    const submitted = await post({
      Action: 'GenerateImages',
      request_uuid: 'aaaaaaaa-0001',
      MainModel: { ModelCode: 'PICPIK General' },
      PositivePrompts: ['a cat'],
      Seed: 99,
      Image2Image: { ImageIndex: 0, ReferStrength: 0.5 },
      ImageAndMaskList: [`data:image/png;base64,${input.toString('base64')}`],
    });
    const taskUid = submitted.TaskUID as string;
    expect(submitted.RetCode).toBe(0);
    expect((await poll(taskUid)).ImgList).toEqual([]);

    const first = await images.addPng('/out/1.png', { color: '#ff0000' });
    const second = await images.addPng('/out/2.png', { color: '#0000ff' });
    upstream.finishTask(taskUid, { ImgList: [`${first.url}?Expires=1&Signature=s`, second.url], Seed: 99 });
    const detail = await poll(taskUid);
    const urls = detail.ImgList as string[];
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/^\/files\/[0-9a-f]{64}\.png$/);
    expect(detail).toMatchObject({ TaskUID: taskUid, Status: 'Finished', Seed: 99 });
    const served = await app.request(urls[1]!);
    expect(Buffer.from(await served.arrayBuffer()).equals(second.bytes)).toBe(true);
    const hash = urls[0]!.slice(7, 71);
    expect(readFileSync(join(dir, 'files', hash.slice(0, 2), `${hash}.png`)).equals(first.bytes)).toBe(true);

    const { items } = await history();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ TaskUID: taskUid, Action: 'GenerateImages', Status: 'Finished', Seed: 99, Images: urls });
    expect(items[0]!.Params).toMatchObject({ PositivePrompts: ['a cat'], ImageAndMaskList: { Count: 1, Images: [{ Bytes: input.length }] } });
    expect(items[0]!.Inputs).toEqual([expect.stringMatching(/^\/files\/[0-9a-f]{64}\.png$/)]);

    const downloads = images.requests.length;
    expect(downloads).toBe(2);
    expect((await poll(taskUid)).ImgList).toEqual(urls);
    expect(images.requests).toHaveLength(downloads);
  });

  it('keeps the original URLs when a download fails, logs it without the query, and archives on a later poll', async () => {
    const { images, upstream, logs, poll, history } = setup();
    const png = await fakePng();
    let available = false;
    const url = images.add('/flaky.png', () => (available ? new Response(new Uint8Array(png)) : new Response('busy', { status: 503 })));
    upstream.finishTask('flaky-task', { ImgList: [`${url}?token=signed-secret`] });
    expect((await poll('flaky-task')).ImgList).toEqual([`${url}?token=signed-secret`]);
    expect(logs).toEqual([{ event: 'archive-download-failed', taskUid: 'flaky-task', message: `${url} answered HTTP 503` }]);
    expect((await history()).items[0]).toMatchObject({ TaskUID: 'flaky-task', FinishedAt: null, Images: [] });

    available = true;
    expect((await poll('flaky-task')).ImgList).toEqual([expect.stringMatching(/^\/files\/[0-9a-f]{64}\.png$/)]);
    expect((await history()).items[0]).toMatchObject({ TaskUID: 'flaky-task', Status: 'Finished', Seed: 1234 });
  });

  it('refuses a redirect to another host and oversized images, leaving the answer as PICPIK gave it', async () => {
    const { images, upstream, logs, poll } = setup({ maxImageBytes: 200 });
    const away = images.add('/away.png', () => new Response(null, { status: 302, headers: { Location: 'http://127.0.0.1:8080/admin' } }));
    const big = await images.addPng('/big.png', { width: 256, height: 256 });
    upstream.finishTask('redirected', { ImgList: [away] });
    upstream.finishTask('oversized', { ImgList: [big.url] });
    expect((await poll('redirected')).ImgList).toEqual([away]);
    expect((await poll('oversized')).ImgList).toEqual([big.url]);
    expect(logs.map((log) => log.message)).toEqual([
      expect.stringMatching(/refused a redirect from results.picpik.test to another host \(127.0.0.1:8080\)/),
      expect.stringMatching(/big.png is (larger than|\d+ bytes, more than) 200/),
    ]);
    expect(images.requests.some((request) => request.includes('127.0.0.1'))).toBe(false);
  });

  it('records failed tasks with their error and leaves running tasks alone', async () => {
    const { upstream, poll, history } = setup();
    upstream.finishTask('failed', { Status: 'Error', ErrorCode: 5, ErrorMassage: 'content rejected', ImgList: [] });
    expect(await poll('failed')).toMatchObject({ ErrorCode: 5, ImgList: [] });
    await poll('still-running');
    const { items, total } = await history();
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ TaskUID: 'failed', Status: 'Error', ErrorCode: 5, ErrorMessage: 'content rejected', Params: {} });
    expect(items[0]!.FinishedAt).toEqual(expect.any(String));
  });

  it('downloads with bounded concurrency and once per task even when polls overlap', async () => {
    const { images, upstream, poll } = setup({ concurrency: 2 });
    const png = await fakePng();
    let active = 0;
    let peak = 0;
    const urls = Array.from({ length: 6 }, (_, i) =>
      images.add(`/slow/${i}.png`, async () => {
        peak = Math.max(peak, ++active);
        await new Promise((resolve) => setTimeout(resolve, 10));
        active--;
        return new Response(new Uint8Array(png));
      }),
    );
    upstream.finishTask('many', { ImgList: urls });
    const [a, b] = await Promise.all([poll('many'), poll('many')]);
    expect(a.ImgList).toEqual(b.ImgList);
    expect(new Set(a.ImgList as string[]).size).toBe(1); // six identical images, one file
    expect(peak).toBe(2);
    expect(images.requests).toHaveLength(6);
  });

  it('stores neither key nor image bodies in the database', async () => {
    const { dir, post } = setup();
    const input = (await fakePng()).toString('base64');
    await post({ Action: 'RemoveBackground', request_uuid: 'bbbbbbbb-1', RawImage: `data:image/png;base64,${input}` });
    const database = readFileSync(join(dir, 'archive.sqlite')).toString('latin1') + (existsSync(join(dir, 'archive.sqlite-wal')) ? readFileSync(join(dir, 'archive.sqlite-wal')).toString('latin1') : '');
    expect(database).toContain('RemoveBackground');
    expect(database).not.toContain(PRIVATE_KEY);
    expect(database).not.toContain(PUBLIC_KEY);
    expect(database).not.toContain(input.slice(0, 40));
  });
});
