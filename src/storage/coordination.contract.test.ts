import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from './archive';
import { STORAGES } from './testing/storageBackends';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CANCELLED = { status: 'Cancelled', seed: null, files: [], errorCode: 4009, errorMessage: 'Terminated by TerminateTask' };

async function enqueue(archive: Archive, uids: string[]) {
  for (const taskUid of uids) await archive.recordSubmission({ taskUid, action: 'GenerateImages', request: {}, mode: 'local', seed: 7, enqueue: true });
}

describe.each(STORAGES)('coordination contract on $name', (storage) => {
  beforeAll(() => storage.setUp(), 60_000);
  afterEach(() => storage.reset());
  afterAll(() => storage.tearDown());

  describe('request claims', () => {
    const claim = (owner: string, fingerprint = 'f1', staleAfterMs = 60_000) => ({ mode: 'local' as const, requestUuid: 'u1', fingerprint, owner, staleAfterMs });

    it('lets exactly one of many simultaneous claimers win', async () => {
      const { index } = await storage.open();
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => index.claimRequest(claim(`server-${i}`))));
      expect(results.filter((result) => result.won)).toHaveLength(1);
      for (const lost of results.filter((result) => !result.won)) expect(lost).toMatchObject({ won: false, fingerprint: 'f1', taskUid: null });
    });

    it('gives losers the TaskUID once settled, and lets a retry claim again after a release', async () => {
      const { index } = await storage.open();
      expect(await index.claimRequest(claim('a'))).toEqual({ won: true });
      await index.settleRequest('local', 'u1', 'task-1');
      expect(await index.claimRequest(claim('b', 'f2'))).toMatchObject({ won: false, fingerprint: 'f1', taskUid: 'task-1' });
      // Another mode is another claim.
      expect(await index.claimRequest({ ...claim('b'), mode: 'picpik' })).toEqual({ won: true });

      await index.releaseRequest('picpik', 'u1', 'someone-else');
      expect(await index.claimRequest({ ...claim('c'), mode: 'picpik' })).toMatchObject({ won: false });
      await index.releaseRequest('picpik', 'u1', 'b');
      expect(await index.claimRequest({ ...claim('c'), mode: 'picpik' })).toEqual({ won: true });
    });

    it('hands an unsettled claim over once it is stale (its server died), never a settled one', async () => {
      const { index } = await storage.open();
      expect(await index.claimRequest(claim('dead'))).toEqual({ won: true });
      await sleep(30);
      expect(await index.claimRequest(claim('alive', 'f1', 10))).toEqual({ won: true });
      await index.settleRequest('local', 'u1', 'task-2');
      await sleep(30);
      expect(await index.claimRequest(claim('late', 'f1', 10))).toMatchObject({ won: false, taskUid: 'task-2' });
    });
  });

  describe('local engine queue', () => {
    it('hands out queued tasks oldest first, each to one server, and says which are running', async () => {
      const archive = await storage.open();
      await enqueue(archive, ['q1', 'q2', 'q3']);
      expect(await archive.index.queuedTaskUids()).toEqual(['q1', 'q2', 'q3']);
      expect((await archive.getTask('q1'))!.queue).toBe('Queuing');
      expect(await archive.index.claimQueued('a', 2, 60_000)).toEqual([{ taskUid: 'q1', attempts: 0 }, { taskUid: 'q2', attempts: 0 }]);
      expect(await archive.index.claimQueued('b', 5, 60_000)).toEqual([{ taskUid: 'q3', attempts: 0 }]);
      expect(await archive.index.claimQueued('b', 5, 60_000)).toEqual([]);
      // Claimed, not yet started: still Queuing for whoever polls; Running once its run is counted.
      expect((await archive.getTask('q1'))!.queue).toBe('Queuing');
      await archive.index.recordAttempt('q1', 'a');
      expect((await archive.getTask('q1'))!.queue).toBe('Running');
    });

    it('never gives one task to two servers claiming at once', async () => {
      const archive = await storage.open();
      const uids = Array.from({ length: 12 }, (_, i) => `c${i}`);
      await enqueue(archive, uids);
      const claims = await Promise.all(['a', 'b', 'c', 'd'].flatMap((owner) => [archive.index.claimQueued(owner, 2, 60_000), archive.index.claimQueued(owner, 2, 60_000)]));
      const taken = claims.flat().map((claim) => claim.taskUid);
      expect(taken.sort()).toEqual([...uids].sort());
    });

    it('completes only for the lease holder, and takes the task off the queue', async () => {
      const archive = await storage.open();
      await enqueue(archive, ['t']);
      await archive.index.claimQueued('a', 1, 60_000);
      expect(await archive.completeTask('t', { status: 'Finished', seed: 7, files: [] }, 'b')).toBe(false);
      expect(await archive.completeTask('t', { status: 'Finished', seed: 7, files: [] }, 'a')).toBe(true);
      expect(await archive.getTask('t')).toMatchObject({ status: 'Finished', queue: null });
      expect(await archive.index.queuedTaskUids()).toEqual([]);
      expect(await archive.completeTask('t', { status: 'Finished', seed: 7, files: [] }, 'a')).toBe(false);
    });

    it('gives a task whose lease ran out to another server, under the same TaskUID', async () => {
      const archive = await storage.open();
      await enqueue(archive, ['t']);
      expect(await archive.index.claimQueued('dead', 1, 50)).toEqual([{ taskUid: 't', attempts: 0 }]);
      expect(await archive.index.recordAttempt('t', 'dead')).toBe(true);
      expect(await archive.index.claimQueued('alive', 1, 60_000)).toEqual([]);
      await sleep(120);
      // The dead server's run stays counted; its lease is gone.
      expect(await archive.index.recordAttempt('t', 'dead')).toBe(false);
      expect(await archive.index.claimQueued('alive', 1, 60_000)).toEqual([{ taskUid: 't', attempts: 1 }]);
      expect(await archive.index.recordAttempt('t', 'alive')).toBe(true);
      expect((await archive.getTask('t'))!.attempts).toBe(2);
      expect(await archive.index.renewLeases('dead', ['t'], 60_000)).toEqual({ held: [], cancelRequested: [] });
      expect(await archive.completeTask('t', { status: 'Finished', seed: 7, files: [] }, 'dead')).toBe(false);
      expect(await archive.completeTask('t', { status: 'Finished', seed: 7, files: [] }, 'alive')).toBe(true);
    });

    it('keeps a renewed lease, and puts released tasks back on the queue', async () => {
      const archive = await storage.open();
      await enqueue(archive, ['t1', 't2', 't3']);
      await archive.index.claimQueued('a', 3, 80);
      for (let i = 0; i < 3; i++) {
        await sleep(40);
        // t3 is not renewed any more (say its run ended without being archived): its lease runs out.
        expect((await archive.index.renewLeases('a', ['t1', 't2'], 80)).held.sort()).toEqual(['t1', 't2']);
      }
      expect(await archive.index.claimQueued('b', 3, 60_000)).toEqual([{ taskUid: 't3', attempts: 0 }]);
      expect(await archive.index.recordAttempt('t1', 'a')).toBe(true);
      await archive.index.releaseLeases('a');
      // A graceful stop gives its counted runs back: it is no crash.
      expect(await archive.index.claimQueued('b', 2, 60_000)).toEqual([{ taskUid: 't1', attempts: 0 }, { taskUid: 't2', attempts: 0 }]);
    });

    it('cancels a queued task at once and flags a running one for its server', async () => {
      const archive = await storage.open();
      await enqueue(archive, ['running', 'waiting']);
      expect(await archive.index.claimQueued('a', 1, 60_000)).toEqual([{ taskUid: 'running', attempts: 0 }]);
      expect(await archive.index.requestCancel('waiting', CANCELLED, 5)).toBe('cancelled');
      expect(await archive.getTask('waiting')).toMatchObject({ status: 'Cancelled', errorCode: 4009, queue: null });
      expect(await archive.index.requestCancel('running', CANCELLED, 5)).toBe('signalled');
      expect(await archive.index.renewLeases('a', ['running'], 60_000)).toEqual({ held: ['running'], cancelRequested: ['running'] });
      expect(await archive.index.requestCancel('unknown', CANCELLED, 5)).toBe('none');
    });
  });

  describe('exclusive runs', () => {
    it('runs a job on one server at a time, and not again within the interval', async () => {
      const { index } = await storage.open();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let runs = 0;
      const first = index.runExclusive('sweep', 'a', 0, async () => {
        runs++;
        await gate;
      });
      await sleep(30);
      expect(await index.runExclusive('sweep', 'b', 0, async () => void runs++)).toBe(false);
      release();
      expect(await first).toBe(true);
      expect(await index.runExclusive('sweep', 'b', 60_000, async () => void runs++)).toBe(false);
      expect(await index.runExclusive('other', 'b', 60_000, async () => void runs++)).toBe(true);
      expect(await index.runExclusive('sweep', 'b', 0, async () => void runs++)).toBe(true);
      expect(runs).toBe(3);
    });
  });
});
