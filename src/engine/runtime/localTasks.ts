import type { Archive } from '../../proxy/archive/archiveTypes';
import { inputImagesOf } from '../../proxy/archive/requestParams';
import type { Logger } from '../../proxy/logger';
import type { EngineJob } from '../actions/job';
import { resolveSeed } from '../actions/seeds';
import type { EngineCatalog } from '../catalog';
import { newTaskUid } from './taskUid';
import { rebuildRequest } from './rebuildRequest';
import { INTERRUPTED, INTERRUPTED_MESSAGE, QUARANTINED, QUARANTINED_MESSAGE, UNKNOWN_TASK, failureOf } from './taskFailure';
import { toDetail, type LocalStatus, type TaskDetail, type TaskState } from './taskDetail';
import type { JobHandle, WorkerPool } from './workerPool';

interface LocalTask extends TaskState {
  finishedAt?: number;
  handle?: JobHandle<Uint8Array[]>;
}

/** Finished tasks stay in memory this long; after that (and after a restart) the archive answers. */
const KEEP_FINISHED_MS = 10 * 60_000;
/** Interrupted tasks older than this are not run again after a restart (PICPIK keeps results 24 h too). */
const RESUME_WINDOW_MS = 24 * 60 * 60_000;
/**
 * Runs started (each counted in the archive before it starts) without the task finishing and
 * without a graceful stop: the process died under it, e.g. killed for using too much memory.
 * After this many the task is not run again, so one bad task cannot make a crash loop.
 */
const MAX_CRASHED_RUNS = 2;

/** The local engine's tasks: submit → Queuing → Running → Finished/Error/Cancelled, results archived. */
export class LocalTasks {
  private readonly tasks = new Map<string, LocalTask>();

  constructor(
    private readonly pool: WorkerPool<EngineJob, Uint8Array[]>,
    private readonly archive: Archive,
    private readonly catalog: EngineCatalog,
    private readonly logger: Logger,
  ) {
    this.resumeInterrupted();
  }

  submit(request: Record<string, unknown> & { Action: string }): { taskUid: string; seed: number } {
    this.prune();
    const taskUid = newTaskUid();
    const seed = resolveSeed(request.Seed);
    this.archive.recordSubmission({ taskUid, action: request.Action, request, mode: 'local', requestUuid: request.request_uuid as string | undefined, seed });
    // Inputs are archived too: History recalls them, and a restart can run the task again.
    this.archive.saveInputImages(taskUid, inputImagesOf(request));
    this.start(taskUid, request, seed);
    return { taskUid, seed };
  }

  /**
   * Tasks left Queuing/Running by the previous process run again under the same TaskUID, from
   * their archived inputs, so a restart loses no submitted work. Those younger than a day only;
   * one whose inputs are gone is reported as failed instead of being polled forever.
   */
  private resumeInterrupted(): void {
    const cutoff = Date.now() - RESUME_WINDOW_MS;
    for (const uid of this.archive.unfinishedTaskUids('local', 0)) {
      const archived = this.archive.getTask(uid);
      const seed = archived?.seed ?? null;
      if (archived && archived.attempts >= MAX_CRASHED_RUNS) {
        this.archive.completeTask(uid, { status: 'Error', seed, files: [], errorCode: QUARANTINED, errorMessage: QUARANTINED_MESSAGE });
        this.logger.error('engine-task-quarantined', { taskUid: uid, action: archived.action, attempts: archived.attempts });
        continue;
      }
      const request = archived && archived.createdAt >= cutoff ? rebuildRequest(archived, this.archive) : null;
      // The seed chosen at submit, so the rerun gives the bytes the first run would have.
      if (request) this.start(uid, request as Record<string, unknown> & { Action: string }, seed ?? resolveSeed(request.Seed));
      else this.archive.completeTask(uid, { status: 'Error', seed, files: [], errorCode: INTERRUPTED, errorMessage: INTERRUPTED_MESSAGE });
      this.logger.info('engine-task-resumed', { taskUid: uid, resumed: Boolean(request) });
    }
  }

  private start(uid: string, request: Record<string, unknown> & { Action: string }, seed: number): void {
    const task: LocalTask = { uid, action: request.Action, status: 'Queuing', seed, images: [], errorCode: 0, errorMessage: '' };
    this.tasks.set(task.uid, task);
    const handle = this.pool.run({ action: task.action, request, seed: task.seed, catalog: this.catalog }, () => {
      // Durably counted before the worker gets it: if this run takes the whole process down,
      // the next start knows (quarantine). A failed write fails the task instead of running it uncounted.
      this.archive.recordAttempt(task.uid);
      if (task.status === 'Queuing') task.status = 'Running';
    });
    task.handle = handle;
    handle.result.then(
      (pngs) => this.finish(task, pngs),
      (error: Error) => this.fail(task, error),
    );
  }

  details(uids: readonly string[]): TaskDetail[] {
    return uids.map((uid) => {
      const task = this.tasks.get(uid);
      if (task) return toDetail(task);
      const archived = this.archive.getTask(uid);
      if (archived?.mode === 'local' && archived.finishedAt !== null) {
        return toDetail({ uid, action: archived.action, status: archived.status as LocalStatus, seed: archived.seed ?? 0, images: archived.images.map((f) => f.url), errorCode: archived.errorCode ?? 0, errorMessage: archived.errorMessage ?? '' });
      }
      return toDetail({ uid, action: archived?.action ?? '', status: 'Error', seed: archived?.seed ?? 0, images: [], errorCode: UNKNOWN_TASK, errorMessage: archived ? 'The task was lost when the studio server restarted' : 'Unknown TaskUID' });
    });
  }

  running(): string[] {
    return [...this.tasks.values()].filter((t) => t.status === 'Queuing' || t.status === 'Running').map((t) => t.uid);
  }

  /** Cancels a queued or running task; false when there is no such unfinished task. */
  terminate(uid: string): boolean {
    const task = this.tasks.get(uid);
    if (!task || (task.status !== 'Queuing' && task.status !== 'Running')) return false;
    task.handle?.cancel();
    return true;
  }

  /**
   * At shutdown: unfinished tasks stay unfinished in the archive (the next start runs them
   * again); marking them settled here keeps the pool's cancellations from archiving them as cancelled.
   */
  stopAll(): void {
    for (const task of this.tasks.values()) {
      if (task.status !== 'Queuing' && task.status !== 'Running') continue;
      task.finishedAt = Date.now();
      // A run stopped on purpose did not crash the engine: it must not count towards quarantine.
      if (task.status === 'Running') this.archiveSafely(task, () => this.archive.releaseAttempt(task.uid));
    }
  }

  /** Stores the results and marks the task finished; when the archive cannot, the task ends with that error. */
  private finish(task: LocalTask, pngs: Uint8Array[]): void {
    if (task.finishedAt !== undefined) return;
    try {
      const files = pngs.map((png) => this.archive.saveImage(png, 'image/png'));
      this.archive.completeTask(task.uid, { status: 'Finished', seed: task.seed, files: files.map((f) => ({ hash: f.hash, bytes: f.bytes })) });
      Object.assign(task, { status: 'Finished', images: files.map((f) => f.url), finishedAt: Date.now(), handle: undefined });
    } catch (error) {
      this.fail(task, error as Error);
    }
  }

  private fail(task: LocalTask, error: Error): void {
    if (task.finishedAt !== undefined) return;
    const failure = failureOf(error);
    if (failure.serverSide) this.logger.error('engine-task-failed', { taskUid: task.uid, action: task.action, code: failure.code, message: failure.message });
    Object.assign(task, { status: failure.status, errorCode: failure.code, errorMessage: failure.message, finishedAt: Date.now(), handle: undefined });
    this.archiveSafely(task, () =>
      this.archive.completeTask(task.uid, { status: failure.status, seed: task.seed, files: [], errorCode: failure.code, errorMessage: failure.message }),
    );
  }

  /**
   * Archive writes at the end of a task run outside any request: an error here must not escape
   * (it would end the process). The task's state in memory still answers polls.
   */
  private archiveSafely(task: LocalTask, write: () => void): void {
    try {
      write();
    } catch (error) {
      this.logger.error('engine-task-not-archived', { taskUid: task.uid, message: (error as Error).message });
    }
  }

  private prune(): void {
    const cutoff = Date.now() - KEEP_FINISHED_MS;
    for (const [uid, task] of this.tasks) if (task.finishedAt !== undefined && task.finishedAt < cutoff) this.tasks.delete(uid);
  }
}
