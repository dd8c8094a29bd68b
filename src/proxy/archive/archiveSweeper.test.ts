import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logger';
import { closingStudios, generateRequest, startPicpikStudio, type PicpikStudio } from '../testing/picpikStudio';
import { startArchiveSweeper } from './archiveSweeper';

const studio = closingStudios();

const detailsCalls = (s: PicpikStudio) => s.upstream.received.filter((r) => r.body.Action === 'ListTasksDetails');

describe('archive sweeper (PICPIK mode)', () => {
  it('archives a task that finished while no browser polled, and leaves running ones pending', async () => {
    const s = studio();
    const done = (await s.post(generateRequest('sweep-done-0001'))).body.TaskUID as string;
    const running = (await s.post(generateRequest('sweep-running-1'))).body.TaskUID as string;
    const png = await s.images.addPng('/swept.png');
    s.upstream.finishTask(done, { ImgList: [png.url], Seed: 5 });

    const sweeper = startArchiveSweeper({ backend: s.backend, archive: s.archive, intervalMs: 60_000, owner: 'test', logger: silentLogger });
    try {
      expect(await sweeper.sweep()).toBe(1);
    } finally {
      await sweeper.stop();
    }
    expect(await s.archive.getTask(done)).toMatchObject({ status: 'Finished', seed: 5, images: [{ bytes: png.bytes.length }] });
    expect((await s.archive.getTask(running))?.finishedAt).toBeNull();
    expect(detailsCalls(s).at(-1)!.body.TaskUIDList).toEqual([done, running]);
  });

  it('starts by itself (ARCHIVE_SWEEP_S) and picks up tasks submitted before a restart', async () => {
    const before = startPicpikStudio();
    const taskUid = (await before.post(generateRequest('sweep-restart-01'))).body.TaskUID as string;
    await before.close(false);
    const png = await before.images.addPng('/after-restart.png');
    before.upstream.finishTask(taskUid, { ImgList: [png.url] });

    const after = studio({ dataDir: before.dataDir, upstream: before.upstream, images: before.images, env: { ARCHIVE_SWEEP_S: '1' } });
    for (let i = 0; i < 100 && (await after.archive.getTask(taskUid))?.finishedAt == null; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await after.archive.getTask(taskUid)).toMatchObject({ status: 'Finished', images: [{ bytes: png.bytes.length }] });
  });

  it('skips tasks older than 24 h, whose results PICPIK has deleted', async () => {
    const s = studio();
    await s.post(generateRequest('sweep-old-00001'));
    const sweeper = startArchiveSweeper({ backend: s.backend, archive: s.archive, intervalMs: 60_000, owner: 'test', now: () => Date.now() + 25 * 3600_000 });
    await sweeper.sweep();
    await sweeper.stop();
    expect(detailsCalls(s)).toHaveLength(0);
  });

  it('asks in batches, shares a pass between concurrent calls and survives PICPIK failing', async () => {
    const s = studio();
    for (let i = 0; i < 5; i++) await s.post(generateRequest(`batch${i}-sweep`));
    const logs: string[] = [];
    const sweeper = startArchiveSweeper({
      backend: s.backend,
      archive: s.archive,
      intervalMs: 60_000,
      owner: 'test',
      batchSize: 2,
      logger: { info: () => {}, error: (event) => logs.push(event) },
    });
    await sweeper.sweep(); // the pass started at once by the timer, or this one
    const before = detailsCalls(s).length;
    await Promise.all([sweeper.sweep(), sweeper.sweep()]);
    expect(detailsCalls(s).length - before).toBe(3);
    expect(detailsCalls(s).every((call) => (call.body.TaskUIDList as string[]).length <= 2)).toBe(true);

    s.upstream.injectFaults({ kind: 'malformed' });
    expect(await sweeper.sweep()).toBe(0);
    expect(logs).toContain('archive-sweep-failed');
    await sweeper.stop();
  });

  it('runs its timed passes on one server at a time: two sweepers on one archive make one pass per interval', async () => {
    const s = studio();
    await s.post(generateRequest('sweep-shared-01'));
    const sweepers = ['server-a', 'server-b'].map((owner) => startArchiveSweeper({ backend: s.backend, archive: s.archive, intervalMs: 60_000, owner }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all(sweepers.map((sweeper) => sweeper.stop()));
    expect(detailsCalls(s)).toHaveLength(1);
  });
});
