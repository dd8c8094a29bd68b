import { parentPort, threadId } from 'node:worker_threads';

/** A worker for the pool's own tests: answers with its thread id, after spinning or filling its heap. */
export type PoolTestJob = { kind: 'answer' } | { kind: 'spin'; ms: number } | { kind: 'fill-heap' };

parentPort!.on('message', (job: PoolTestJob) => {
  if (job.kind === 'spin') {
    const end = Date.now() + job.ms;
    while (Date.now() < end);
  }
  if (job.kind === 'fill-heap') {
    // Plain JS objects live on the V8 heap, so resourceLimits applies to them.
    const kept: object[][] = [];
    for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => ({ i })));
  }
  parentPort!.postMessage({ ok: true, value: threadId });
});
