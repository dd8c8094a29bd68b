import { afterEach, describe, expect, it } from 'vitest';
import type { PoolTestJob } from '../testing/poolTestWorker';
import { JobTimeoutError, WorkerCrashedError } from './jobErrors';
import { WorkerPool } from './workerPool';

const entry = new URL('../testing/poolTestWorker.ts', import.meta.url);
let pool: WorkerPool<PoolTestJob, number>;
afterEach(() => pool.close());

describe('worker pool limits', () => {
  it('stops a job past its time limit, and the next job gets a fresh worker', async () => {
    pool = new WorkerPool(entry, { size: 1, jobTimeoutMs: 2_000 });
    const first = await pool.run({ kind: 'answer' }).result;
    const stuck = pool.run({ kind: 'spin', ms: 60_000 }).result;
    const next = pool.run({ kind: 'answer' }).result;
    await expect(stuck).rejects.toBeInstanceOf(JobTimeoutError);
    await expect(stuck).rejects.toThrow('the job ran longer than 2 s');
    const fresh = await next;
    expect(fresh).not.toBe(first);
  }, 30_000);

  it('a job that exhausts its heap limit fails as out of memory; the pool carries on', async () => {
    pool = new WorkerPool(entry, { size: 1, heapMb: 64 });
    const error = await pool.run({ kind: 'fill-heap' }).result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashedError);
    expect((error as WorkerCrashedError).outOfMemory).toBe(true);
    expect(await pool.run({ kind: 'answer' }).result).toEqual(expect.any(Number));
  }, 30_000);

  it('a job whose onStart throws fails with that error and is never sent to a worker', async () => {
    pool = new WorkerPool(entry, { size: 1 });
    const refused = pool.run({ kind: 'spin', ms: 60_000 }, () => {
      throw new Error('attempt could not be recorded');
    });
    await expect(refused.result).rejects.toThrow('attempt could not be recorded');
    // Had the spin been sent, this would wait a minute behind it on the only worker.
    expect(await pool.run({ kind: 'answer' }).result).toEqual(expect.any(Number));
  }, 10_000);
});
