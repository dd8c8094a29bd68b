import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { parseConfig } from './config';
import { createBackend } from './createBackend';
import { silentLogger } from '../core/logger';
import { openEmbeddedStorage } from '../storage/openStorage';
import { closingStudios, generateRequest, startPicpikStudio, type PicpikStudio } from './testing/picpikStudio';

const picpikStudio = closingStudios();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const submissions = (studio: PicpikStudio) => studio.upstream.received.filter((r) => r.body.Action === 'GenerateImages');

describe('idempotent submission, PICPIK mode', () => {
  it('answers a repeated request_uuid with the first TaskUID and calls PICPIK once', async () => {
    const studio = picpikStudio();
    const first = await studio.post(generateRequest('uuid-repeat-0001'));
    const again = await studio.post(generateRequest('uuid-repeat-0001'));
    expect(first).toMatchObject({ status: 200, body: { RetCode: 0, TaskUID: expect.any(String) } });
    expect(again).toEqual({ status: 200, body: { RetCode: 0, Action: 'GenerateImages', Message: '', request_uuid: 'uuid-repeat-0001', TaskUID: first.body.TaskUID } });
    expect(submissions(studio)).toHaveLength(1);
  });

  it('joins concurrent submits with the same request_uuid onto one upstream call', async () => {
    const studio = picpikStudio();
    studio.upstream.delayAnswers(50);
    const answers = await Promise.all(Array.from({ length: 5 }, () => studio.post(generateRequest('uuid-concurrent-1'))));
    expect(new Set(answers.map((answer) => answer.body.TaskUID)).size).toBe(1);
    expect(answers.every((answer) => answer.status === 200 && answer.body.RetCode === 0)).toBe(true);
    expect(submissions(studio)).toHaveLength(1);
  });

  it('refuses the same request_uuid with a different body: 409 in PICPIK shape, nothing sent', async () => {
    const studio = picpikStudio();
    studio.upstream.delayAnswers(30);
    const [first, racing] = await Promise.all([studio.post(generateRequest('uuid-conflict-1', 'a cat')), studio.post(generateRequest('uuid-conflict-1', 'a dog'))]);
    const later = await studio.post(generateRequest('uuid-conflict-1', 'a horse'));
    expect(first.body.RetCode).toBe(0);
    for (const refused of [racing, later]) {
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ RetCode: 409, Action: 'GenerateImages', request_uuid: 'uuid-conflict-1' });
      expect(refused.body.Message).toMatch(/request_uuid uuid-conflict-1 was already used for a different request/);
    }
    expect(submissions(studio)).toHaveLength(1);
  });

  it('remembers request_uuids across a restart (the archive is the memory)', async () => {
    const before = startPicpikStudio();
    const first = await before.post(generateRequest('uuid-restart-01'));
    await before.close(false);
    const after = picpikStudio({ dataDir: before.dataDir, upstream: before.upstream, images: before.images });
    expect((await after.post(generateRequest('uuid-restart-01'))).body.TaskUID).toBe(first.body.TaskUID);
    expect(submissions(after)).toHaveLength(1);
  });

  it('submits again when the first try was refused, since no task was started', async () => {
    const studio = picpikStudio();
    studio.upstream.injectFaults({ kind: 'retCode', retCode: 153, message: 'rate limited' });
    expect((await studio.post(generateRequest('uuid-refused-01'))).body).toMatchObject({ RetCode: 153 });
    expect((await studio.post(generateRequest('uuid-refused-01'))).body).toMatchObject({ RetCode: 0, TaskUID: expect.any(String) });
    expect(submissions(studio)).toHaveLength(2);
  });

  it('makes one task when two servers on one storage get the same request_uuid at once (the claim decides)', async () => {
    const first = picpikStudio();
    first.upstream.delayAnswers(50);
    const config = parseConfig({ PICPIK_PUBLIC_KEY: 'pk-studio-test', PICPIK_PRIVATE_KEY: 'sk-studio-test-secret', PICPIK_API_URL: 'https://picpik.test/', UPSTREAM_TIMEOUT_S: '1', ARCHIVE_SWEEP_S: '0' });
    const second = createBackend(config, first.archive, silentLogger, { fetch: first.upstream.fetch });
    cleanups.push(() => second.close());
    const request = generateRequest('uuid-two-servers');
    const [fromFirst, fromSecond] = await Promise.all([first.post(request), second.handle(request as never)]);
    expect(fromFirst.body.TaskUID).toEqual(expect.any(String));
    expect(fromSecond.body).toMatchObject({ RetCode: 0, TaskUID: fromFirst.body.TaskUID });
    expect(submissions(first)).toHaveLength(1);
  });

  it('leaves requests without request_uuid and queries alone', async () => {
    const studio = picpikStudio();
    const { request_uuid: _uuid, ...anonymous } = generateRequest('unused');
    await studio.post(anonymous);
    await studio.post(anonymous);
    expect(submissions(studio)).toHaveLength(2);
  });
});

describe('idempotent submission, local engine', () => {
  function localStudio() {
    const dataDir = mkdtempSync(join(tmpdir(), 'idempotent-local-'));
    const archive = openEmbeddedStorage(dataDir);
    const backend = createBackend(parseConfig({ DATA_DIR: dataDir }), archive, silentLogger);
    const app = createApp({ backend, logger: silentLogger, version: 'test', maxBodyMb: 64, archive });
    cleanups.push(async () => {
      await backend.close();
      await archive.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const post = async (body: Record<string, unknown>) => {
      const response = await app.request('/api/picpik', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    return { archive, post };
  }

  it('creates one task for repeated and concurrent submits with the same request_uuid', async () => {
    const { archive, post } = localStudio();
    const answers = await Promise.all(Array.from({ length: 4 }, () => post(generateRequest('local-uuid-0001'))));
    const again = await post(generateRequest('local-uuid-0001'));
    const uids = new Set([...answers, again].map((answer) => answer.body.TaskUID));
    expect(uids.size).toBe(1);
    expect(again.body).toMatchObject({ RetCode: 0, request_uuid: 'local-uuid-0001' });
    expect((await archive.listHistory({ page: 1, pageSize: 10 })).total).toBe(1);
  });

  it('refuses the same request_uuid with a different body', async () => {
    const { archive, post } = localStudio();
    await post(generateRequest('local-uuid-0002', 'green hills'));
    const refused = await post(generateRequest('local-uuid-0002', 'blue sea'));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ RetCode: 409, Action: 'GenerateImages' });
    expect((await archive.listHistory({ page: 1, pageSize: 10 })).total).toBe(1);
  });
});
