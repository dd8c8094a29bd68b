import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { encodePng } from '../algorithms/codec';
import type { Mask, Raster } from '../algorithms/raster';
import { rasterFromMask } from '../algorithms/raster';
import { silentLogger } from '../../core/logger';
import { createApp } from '../../proxy/app';
import type { Archive } from '../../storage/archive';
import { withArchiveHealth } from '../../storage/archiveHealth';
import { openEmbeddedStorage } from '../../storage/openStorage';
import { createLocalEngine, type LocalEngineOptions } from '../localBackend';

export interface LocalStudioOptions {
  /** Wraps the archive as opened, e.g. to make its disk "full" in fault tests. */
  storage?: (archive: Archive) => Archive;
  /** Engine limits (task time, memory). */
  engine?: Pick<LocalEngineOptions, 'taskTimeoutMs' | 'taskMemoryMb'>;
}

/** The real studio app in local mode (real workers, a temporary archive), wired like server.ts, for tests and benchmarks. */
export function startLocalStudio(dataDir = mkdtempSync(join(tmpdir(), 'picpik-engine-')), options: LocalStudioOptions = {}) {
  const opened = openEmbeddedStorage(dataDir);
  const archive = withArchiveHealth(options.storage ? options.storage(opened) : opened, silentLogger);
  const engine = createLocalEngine({ archive, logger: silentLogger, concurrency: 2, ...options.engine });
  const app = createApp({ backend: engine, logger: silentLogger, version: 'test', maxBodyMb: 256, archive, archiveHealth: archive });

  async function call(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const response = await app.request('/api/picpik', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return (await response.json()) as Record<string, unknown>;
  }

  /** Polls ListTasksDetails until the task is final; returns its TaskDetail. */
  async function waitForTask(taskUid: string, timeoutMs = 120_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer = await call({ Action: 'ListTasksDetails', TaskUIDList: [taskUid] });
      const detail = (answer.TaskDetailList as Record<string, unknown>[])[0]!;
      if (['Finished', 'Error', 'Cancelled'].includes(detail.Status as string)) return detail;
      if (Date.now() > deadline) throw new Error(`task ${taskUid} still ${String(detail.Status)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Downloads a result from the studio server and decodes it to RGBA. */
  async function fetchImage(url: string): Promise<Raster> {
    const response = await app.request(url);
    if (response.status !== 200) throw new Error(`GET ${url} → ${response.status}`);
    const { data, info } = await sharp(Buffer.from(await response.arrayBuffer())).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data: new Uint8ClampedArray(data) };
  }

  async function close() {
    await engine.close();
    await archive.close();
  }

  return { app, archive, engine, dataDir, call, waitForTask, fetchImage, close };
}

export async function pngDataUri(image: Raster): Promise<string> {
  return `data:image/png;base64,${(await encodePng(image)).toString('base64')}`;
}

export async function maskDataUri(mask: Mask): Promise<string> {
  return pngDataUri(rasterFromMask(mask));
}
