import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app';
import { parseConfig } from '../config';
import { createBackend } from '../createBackend';
import type { Logger } from '../../core/logger';
import { openEmbeddedStorage } from '../../storage/openStorage';
import { createFakeImageHost, type FakeImageHost } from './fakeImageHost';
import { createFakePicpik, type FakePicpik } from './fakePicpik';
import { publicResolver } from './fakeResolver';
import type { HostResolver } from '../archive/privateHosts';

export const TEST_PUBLIC_KEY = 'pk-studio-test';
export const TEST_PRIVATE_KEY = 'sk-studio-test-secret';

export interface StudioTestOptions {
  /** Extra environment (UPSTREAM_TIMEOUT_S, ARCHIVE_ALLOW_PRIVATE_HOSTS, …); the sweeper is off unless set. */
  env?: Record<string, string>;
  /** Reuse an archive folder, as a restarted server would. */
  dataDir?: string;
  /** Reuse the stand-ins, as a restarted server would. */
  upstream?: FakePicpik;
  images?: FakeImageHost;
  resolveHost?: HostResolver;
}

/**
 * The studio in PICPIK mode, wired by the real composition (config → archive → createBackend
 * → app) against the fake PICPIK and image host; for tests only. `logs` collects log lines.
 */
export function startPicpikStudio(options: StudioTestOptions = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'picpik-studio-'));
  const archive = openEmbeddedStorage(dataDir);
  const images = options.images ?? createFakeImageHost('results.picpik.test');
  const upstream = options.upstream ?? createFakePicpik({ [TEST_PUBLIC_KEY]: TEST_PRIVATE_KEY }, { imageHost: images });
  const logs: Record<string, unknown>[] = [];
  const logger: Logger = {
    info: (event, fields) => logs.push({ level: 'info', event, ...fields }),
    error: (event, fields) => logs.push({ level: 'error', event, ...fields }),
  };
  const config = parseConfig({
    PICPIK_PUBLIC_KEY: TEST_PUBLIC_KEY,
    PICPIK_PRIVATE_KEY: TEST_PRIVATE_KEY,
    PICPIK_API_URL: 'https://picpik.test/',
    UPSTREAM_TIMEOUT_S: '1',
    ARCHIVE_SWEEP_S: '0',
    DATA_DIR: dataDir,
    ...options.env,
  });
  const backend = createBackend(config, archive, logger, { fetch: upstream.fetch, resolveHost: options.resolveHost ?? publicResolver });
  const app = createApp({ backend, logger, version: 'test', maxBodyMb: config.MAX_BODY_MB, archive });

  async function post(body: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await app.request('/api/picpik', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function poll(taskUid: string): Promise<Record<string, unknown>> {
    const answer = await post({ Action: 'ListTasksDetails', TaskUIDList: [taskUid] });
    return (answer.body.TaskDetailList as Record<string, unknown>[])[0]!;
  }

  /** Closes the server side; `remove` also deletes the archive folder. */
  async function close(remove = true) {
    await backend.close();
    await archive.close();
    if (remove) rmSync(dataDir, { recursive: true, force: true });
  }

  return { app, archive, backend, upstream, images, logs, dataDir, post, poll, close };
}

export type PicpikStudio = ReturnType<typeof startPicpikStudio>;

/** A GenerateImages request with one small inline image. */
export function generateRequest(requestUuid: string, prompt = 'a red chair'): Record<string, unknown> {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  return {
    Action: 'GenerateImages',
    request_uuid: requestUuid,
    MainModel: { ModelCode: 'PICPIK General' },
    PositivePrompts: [prompt],
    Seed: 7,
    Image2Image: { ImageIndex: 0, ReferStrength: 0.5 },
    ImageAndMaskList: [`data:image/png;base64,${png}`],
  };
}

/**
 * For a test file: returns a `startPicpikStudio` whose studios are all closed after each test.
 * Call it at the top level of the file (it registers an afterEach hook).
 */
export function closingStudios(): (options?: StudioTestOptions) => PicpikStudio {
  const studios: PicpikStudio[] = [];
  afterEach(async () => {
    for (const studio of studios.splice(0)) await studio.close();
  });
  return (options = {}) => {
    const studio = startPicpikStudio(options);
    studios.push(studio);
    return studio;
  };
}
