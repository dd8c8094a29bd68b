import type { Logger } from '../../core/logger';
import type { Archive } from '../../storage/archive';
import type { TaskOutcome } from '../../storage/records';
import type { QueueClaim } from '../../storage/taskIndex';
import { inputImagesOf } from '../../storage/requestParams';
import type { EngineJob } from '../actions/job';
import { resolveSeed } from '../actions/seeds';
import type { EngineCatalog } from '../catalog';
import { rebuildRequest } from './rebuildRequest';
import { toDetail, type LocalStatus, type TaskDetail } from './taskDetail';
import { CANCELLED, INTERRUPTED, INTERRUPTED_MESSAGE, QUARANTINED, QUARANTINED_MESSAGE, UNKNOWN_TASK, failureOf } from './taskFailure';
import { newTaskUid } from './taskUid';
import type { JobHandle, WorkerPool } from './workerPool';

type EngineRequest = Record<string, unknown> & { Action: string };

export interface QueueOptions {
  /** This server's name on the queue (host/pid/random). */
  owner: string;
  /** A claimed task is this server's while it renews the lease; unrenewed (the server died) it goes to another. */
  leaseMs: number;
  /** How often to renew leases, pick up cancellations and look for queued or abandoned tasks. */
  pollMs: number;
  /** Tasks run at once here (the worker pool's size). */
  slots: number;
}

/** A task this server has claimed and runs. */
interface Run {
  uid: string;
  seed: number | null;
  handle?: JobHandle<Uint8Array[]>;
  /** TerminateTask arrived before the job started. */
  cancelled?: boolean;
  /** Not to be archived: the server is stopping, or another server took the task over. */
  abandoned?: boolean;
  /** How it ended, while the archive cannot take it (disk full, database down): polls here answer from it. */
  outcome?: TaskOutcome;
}

/** Interrupted tasks older than this are not run again (PICPIK keeps results 24 h too). */
const RESUME_WINDOW_MS = 24 * 60 * 60_000;
/**
 * Runs started (each counted in the archive before it starts) without the task finishing and
 * without a graceful stop: the server died under it, e.g. killed for using too much memory.
 * After this many the task is not run again, so one bad task cannot crash server after server.
 */
const MAX_CRASHED_RUNS = 2;
/** Requests submitted here are kept for their own start this long; after that the archive rebuilds them. */
const KEEP_SUBMITTED_MS = 10 * 60_000;
const CANCELLED_OUTCOME = { status: 'Cancelled', seed: null, files: [], errorCode: CANCELLED, errorMessage: 'Terminated by TerminateTask', credits: 0 };

/**
 * The local engine's tasks on the queue in the archive: submit → Queuing → Running (claimed by
 * one server, under a lease it renews) → Finished/Error/Cancelled, results archived. Any server on
 * the same storage runs queued tasks, answers for all of them, and takes over those whose server
 * died, under the same TaskUID and seed, from their archived request and inputs.
 */
export class LocalTasks {
  private readonly runs = new Map<string, Run>();
  private readonly submitted = new Map<string, { request: EngineRequest; at: number }>();
  private claiming: Promise<void> | null = null;
  private claimAgain = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: WorkerPool<EngineJob, Uint8Array[]>,
    private readonly archive: Archive,
    private readonly catalog: EngineCatalog,
    private readonly logger: Logger,
    private readonly queue: QueueOptions,
  ) {
    this.kick();
    this.schedule();
  }

  async submit(request: EngineRequest, designer: string | null): Promise<{ taskUid: string; seed: number }> {
    const taskUid = newTaskUid();
    const seed = resolveSeed(request.Seed);
    // Inputs are archived too: History recalls them, and any server can run the task from them.
    const inputs = await this.archive.saveInputImages(inputImagesOf(request));
    this.submitted.set(taskUid, { request, at: Date.now() });
    try {
      await this.archive.recordSubmission({ taskUid, action: request.Action, request, mode: 'local', requestUuid: request.request_uuid as string | undefined, seed, designer, inputs, enqueue: true });
    } catch (error) {
      this.submitted.delete(taskUid);
      throw error;
    }
    this.kick();
    return { taskUid, seed };
  }

  async details(uids: readonly string[]): Promise<TaskDetail[]> {
    const tasks = await this.archive.getTasks(uids);
    return uids.map((uid) => {
      const task = tasks.get(uid);
      const base = { uid, action: task?.action ?? '', seed: task?.seed ?? 0, images: [] as string[], errorCode: 0, errorMessage: '' };
      const ended = this.runs.get(uid)?.outcome;
      // A result not archived yet has no URLs to show: still "Running" until the archive takes it.
      if (ended?.status === 'Finished') return toDetail({ ...base, status: 'Running' });
      if (ended) return toDetail({ ...base, status: ended.status as LocalStatus, errorCode: ended.errorCode ?? 0, errorMessage: ended.errorMessage ?? '' });
      if (task?.mode === 'local' && task.finishedAt !== null) {
        return toDetail({ ...base, status: task.status as LocalStatus, images: task.images.map((file) => file.url), errorCode: task.errorCode ?? 0, errorMessage: task.errorMessage ?? '' });
      }
      if (task?.mode === 'local' && task.queue) return toDetail({ ...base, status: task.queue });
      return toDetail({ ...base, status: 'Error', errorCode: UNKNOWN_TASK, errorMessage: task ? 'The task was lost when the studio server restarted' : 'Unknown TaskUID' });
    });
  }

  /** Every local task queued or running, on any server. */
  running(): Promise<string[]> {
    return this.archive.index.queuedTaskUids();
  }

  /** Cancels a queued or running task, here or on another server; false when there is no such unfinished task. */
  async terminate(uid: string): Promise<boolean> {
    const run = this.runs.get(uid);
    if (run) {
      run.cancelled = true;
      run.handle?.cancel();
      return true;
    }
    return (await this.archive.index.requestCancel(uid, CANCELLED_OUTCOME, Date.now())) !== 'none';
  }

  /**
   * A graceful stop: no more claims; the tasks running here go back on the queue (another server,
   * or the next start, runs them again) and their cancellation by the pool is not archived.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.claiming;
    for (const run of this.runs.values()) run.abandoned = true;
    await this.archive.index.releaseLeases(this.queue.owner).catch((error: Error) => this.logger.error('engine-queue-release-failed', { message: error.message }));
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.tick().finally(() => this.stopped || this.schedule());
    }, this.queue.pollMs);
    // The queue alone never keeps the process alive.
    this.timer.unref();
  }

  /** Renews the leases of the tasks running here, applies cancellations from other servers, claims more. */
  private async tick(): Promise<void> {
    const cutoff = Date.now() - KEEP_SUBMITTED_MS;
    for (const [uid, { at }] of this.submitted) if (at < cutoff) this.submitted.delete(uid);
    const uids = [...this.runs.keys()];
    try {
      const { held, cancelRequested } = await this.archive.index.renewLeases(this.queue.owner, uids, this.queue.leaseMs);
      for (const uid of uids.filter((u) => !held.includes(u))) {
        // This server was too slow to renew and another took the task over: its result is theirs to archive.
        const run = this.runs.get(uid);
        if (run) Object.assign(run, { abandoned: true }).handle?.cancel();
        this.logger.error('engine-task-lease-lost', { taskUid: uid });
      }
      for (const uid of cancelRequested) this.runs.get(uid)?.handle?.cancel();
    } catch (error) {
      this.logger.error('engine-queue-unavailable', { message: (error as Error).message });
    }
    for (const run of [...this.runs.values()]) if (run.outcome) await this.settle(run, run.outcome);
    this.kick();
  }

  /** Claims queued (or abandoned) tasks while worker slots are free; calls made meanwhile run once more after. */
  private kick(): void {
    if (this.stopped) return;
    if (this.claiming) {
      this.claimAgain = true;
      return;
    }
    this.claiming = this.claimFree()
      .catch((error: Error) => this.logger.error('engine-queue-unavailable', { message: error.message }))
      .finally(() => {
        this.claiming = null;
        if (this.claimAgain) {
          this.claimAgain = false;
          this.kick();
        }
      });
  }

  private async claimFree(): Promise<void> {
    // A run waiting only for the archive to take its outcome holds no worker.
    const free = this.queue.slots - [...this.runs.values()].filter((run) => !run.outcome).length;
    if (free <= 0) return;
    for (const claim of await this.archive.index.claimQueued(this.queue.owner, free, this.queue.leaseMs)) {
      const run: Run = { uid: claim.taskUid, seed: null };
      this.runs.set(run.uid, run);
      void this.start(run, claim);
    }
  }

  private async start(run: Run, claim: QueueClaim): Promise<void> {
    try {
      const task = await this.archive.getTask(run.uid);
      if (!task) return this.end(run);
      run.seed = task.seed;
      if (claim.attempts >= MAX_CRASHED_RUNS) {
        this.logger.error('engine-task-quarantined', { taskUid: run.uid, action: task.action, attempts: claim.attempts });
        return await this.settle(run, { status: 'Error', seed: task.seed, files: [], errorCode: QUARANTINED, errorMessage: QUARANTINED_MESSAGE, credits: 0 });
      }
      const own = this.submitted.get(run.uid)?.request;
      // Not submitted here, or run before: rebuilt from the archive, with the seed chosen at submit.
      const request = own ?? (task.createdAt >= Date.now() - RESUME_WINDOW_MS ? ((await rebuildRequest(task, this.archive)) as EngineRequest | null) : null);
      if (!own) this.logger.info('engine-task-taken-over', { taskUid: run.uid, crashedRuns: claim.attempts, resumed: Boolean(request) });
      if (!request) return await this.settle(run, { status: 'Error', seed: task.seed, files: [], errorCode: INTERRUPTED, errorMessage: INTERRUPTED_MESSAGE, credits: 0 });
      if (run.cancelled) return await this.settle(run, { ...CANCELLED_OUTCOME, seed: task.seed });
      const seed = task.seed ?? resolveSeed(request.Seed);
      run.seed = seed;
      // Durably counted before a worker gets it: if this run takes the whole process down, the next
      // claim knows (quarantine). A failed write fails the task instead of running it uncounted.
      if (!(await this.archive.index.recordAttempt(run.uid, this.queue.owner))) return this.end(run);
      run.handle = this.pool.run({ action: task.action, request, seed, catalog: this.catalog });
      run.handle.result.then(
        (pngs) => this.finish(run, pngs),
        (error: Error) => this.fail(run, error),
      );
    } catch (error) {
      await this.fail(run, error as Error);
    }
  }

  /** Stores the results and marks the task finished; when the archive cannot, the task ends with that error. */
  private async finish(run: Run, pngs: Uint8Array[]): Promise<void> {
    if (run.abandoned) return this.end(run);
    try {
      const files = [];
      for (const png of pngs) files.push(await this.archive.saveImage(png, 'image/png'));
      await this.settle(run, { status: 'Finished', seed: run.seed, files: files.map((f) => ({ hash: f.hash, bytes: f.bytes })), credits: 0 });
    } catch (error) {
      await this.fail(run, error as Error);
    }
  }

  private async fail(run: Run, error: Error): Promise<void> {
    if (run.abandoned) return this.end(run);
    const failure = failureOf(error);
    if (failure.serverSide) this.logger.error('engine-task-failed', { taskUid: run.uid, code: failure.code, message: failure.message });
    await this.settle(run, { status: failure.status, seed: run.seed, files: [], errorCode: failure.code, errorMessage: failure.message, credits: 0 });
  }

  /**
   * Archives the outcome while this server holds the task. These writes happen outside any request:
   * when the archive cannot take it, the outcome stays here (polls to this server answer from it,
   * the lease is kept) and every tick tries again. While the write is in flight polls still answer
   * from the archive ("Running"): an outcome kept here has no image URLs, so answering from it then
   * would say "Finished" with an empty ImgList.
   */
  private async settle(run: Run, outcome: TaskOutcome): Promise<void> {
    try {
      const archived = await this.archive.completeTask(run.uid, outcome, this.queue.owner);
      if (!archived) this.logger.error('engine-task-lease-lost', { taskUid: run.uid });
      this.end(run);
    } catch (error) {
      if (run.outcome === undefined) this.logger.error('engine-task-not-archived', { taskUid: run.uid, message: (error as Error).message });
      run.outcome = outcome;
    }
  }

  private end(run: Run): void {
    this.runs.delete(run.uid);
    this.submitted.delete(run.uid);
    this.kick();
  }
}
