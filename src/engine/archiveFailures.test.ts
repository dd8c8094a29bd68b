import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../storage/archive';
import { discMask, photoScene } from './algorithms/testScenes';
import { ARCHIVE_FAILED, OVER_TIME_LIMIT } from './runtime/taskFailure';
import { maskDataUri, pngDataUri, startLocalStudio } from './testing/engineHarness';

const MAIN = { ModelCode: 'PICPIK General' };

/** The real archive on a disk that can fill up: writes then fail the way better-sqlite3 reports it. */
function fillableDisk() {
  const disk = { full: false };
  const wrap = (archive: Archive): Archive => {
    const write =
      <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        if (disk.full) throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
        return operation(...args);
      };
    return {
      ...archive,
      recordSubmission: write(archive.recordSubmission),
      saveInputImages: write(archive.saveInputImages),
      saveImage: write(archive.saveImage),
      completeTask: write(archive.completeTask),
      index: { ...archive.index, recordAttempt: write(archive.index.recordAttempt) },
    };
  };
  return { disk, wrap };
}

describe('local tasks when the archive cannot be written', () => {
  it('disk full as a task finishes: the task ends with a clear error, the server stays up and /api/health says so', async () => {
    const { disk, wrap } = fillableDisk();
    const studio = startLocalStudio(undefined, { storage: wrap });
    try {
      const generate = () => studio.call({ Action: 'GenerateImages', MainModel: MAIN, Seed: 4, Width: 64, Height: 64 });
      const answer = await generate();
      disk.full = true; // after the submission was recorded, before its result is stored
      const detail = await studio.waitForTask(answer.TaskUID as string);
      expect(detail).toMatchObject({ Status: 'Error', ErrorCode: ARCHIVE_FAILED, ImgList: [] });
      expect(detail.ErrorMassage).toMatch(/results archive cannot be used: disk full \(SQLITE_FULL\).*free space/);

      const health = (await (await studio.app.request('/api/health')).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ ok: false, mode: 'local', version: 'test', archive: expect.stringMatching(/^degraded: disk full \(SQLITE_FULL\)/) });
      // New work is refused while nothing can be stored; reading still works.
      const refused = await studio.app.request('/api/picpik', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ Action: 'GenerateImages', MainModel: MAIN, Width: 64, Height: 64 }) });
      expect(refused.status).toBe(503);
      expect(await refused.json()).toMatchObject({ RetCode: 503, Message: expect.stringMatching(/disk full/) });
      expect((await studio.app.request('/api/history')).status).toBe(200);

      disk.full = false; // space freed
      const again = await studio.waitForTask((await generate()).TaskUID as string);
      expect(again).toMatchObject({ Status: 'Finished' });
      expect(await (await studio.app.request('/api/health')).json()).toMatchObject({ ok: true, archive: 'ok' });
    } finally {
      await studio.close();
    }
  }, 60_000);
});

describe('a result while the archive takes it', () => {
  it('is never reported Finished without its images: slow or failing writes keep it Running until archived', async () => {
    let failures = 2;
    const slowCompletion = (archive: Archive): Archive => ({
      ...archive,
      async completeTask(...args) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        if (args[1].status === 'Finished' && failures-- > 0) throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
        return archive.completeTask(...args);
      },
    });
    const studio = startLocalStudio(undefined, { storage: slowCompletion });
    try {
      const { TaskUID } = await studio.call({ Action: 'GenerateImages', MainModel: MAIN, Seed: 4, Width: 64, Height: 64 });
      const seen: Record<string, unknown>[] = [];
      for (;;) {
        const detail = ((await studio.call({ Action: 'ListTasksDetails', TaskUIDList: [TaskUID] })).TaskDetailList as Record<string, unknown>[])[0]!;
        seen.push(detail);
        if (detail.Status !== 'Queuing' && detail.Status !== 'Running') break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(failures).toBeLessThan(0); // both failed writes happened while polls were answered
      expect(seen.at(-1)).toMatchObject({ Status: 'Finished', ImgList: [expect.stringMatching(/^\/files\//)] });
      expect(seen.filter((detail) => detail.Status === 'Running').length).toBeGreaterThan(10);
    } finally {
      await studio.close();
    }
  }, 60_000);
});

describe('local task time limit (ENGINE_TASK_TIMEOUT_S)', () => {
  it('a task running past it is stopped and fails with a clear error; the next task runs', async () => {
    const studio = startLocalStudio(undefined, { engine: { taskTimeoutMs: 3_000 } });
    try {
      const size = 2048; // a large fill, so it runs well past the 3 s limit even on a fast, idle machine
      const slow = await studio.call({
        Action: 'ModifyMaskedPixels', MainModel: MAIN, Seed: 1, Width: size, Height: size, Masked: { ImageIndex: 0, MaskIndex: 1 },
        ImageAndMaskList: [await pngDataUri(photoScene(size, size)), await maskDataUri(discMask(size, size, size / 2, size / 2, size / 3))],
      });
      const detail = await studio.waitForTask(slow.TaskUID as string);
      expect(detail).toMatchObject({ Status: 'Error', ErrorCode: OVER_TIME_LIMIT });
      expect(detail.ErrorMassage).toBe('The local engine stopped this task after 3 s, its time limit (ENGINE_TASK_TIMEOUT_S): try a smaller picture or region, or a smaller BatchSize');
      const quick = await studio.call({ Action: 'GenerateImages', MainModel: MAIN, Seed: 4, Width: 64, Height: 64 });
      expect(await studio.waitForTask(quick.TaskUID as string)).toMatchObject({ Status: 'Finished' });
    } finally {
      await studio.close();
    }
  }, 60_000);
});
