import type { Archive } from '../../proxy/archive/archiveTypes';
import { inputImagesOf } from '../../proxy/archive/requestParams';
import type { Logger } from '../../proxy/logger';
import type { EngineJob } from '../actions/job';
import { resolveSeed } from '../actions/seeds';
import type { EngineCatalog } from '../catalog';
import { newTaskUid } from './taskUid';
import { rebuildRequest } from './rebuildRequest';
import { JobCancelledError, WorkerJobError, type JobHandle, type WorkerPool } from './workerPool';

export type LocalStatus = 'Queuing' | 'Running' | 'Finished' | 'Error' | 'Cancelled';

export interface TaskDetail {
  TaskUID: string;
  Action: string;
  Status: string;
  ImgList: string[];
  Seed: number;
  TxtList: string[];
  ConsumeApiPoint: 0;
  ErrorCode: number;
  ErrorMassage: string;
}

interface LocalTask {
  uid: string;
  action: string;
  status: LocalStatus;
  seed: number;
  images: string[];
  errorCode: number;
  errorMessage: string;
  finishedAt?: number;
  handle?: JobHandle<Uint8Array[]>;
}

/** Finished tasks stay in memory this long; after that (and after a restart) the archive answers. */
const KEEP_FINISHED_MS = 10 * 60_000;
export const UNKNOWN_TASK = 4004;
export const CANCELLED = 4009;
/** ErrorCode of a task cut off by a server stop: its worker is gone, so it can never finish. */
export const INTERRUPTED = 5002;
const INTERRUPTED_MESSAGE = 'The studio server restarted before this task finished and could not run it again; submit it again';
/** Interrupted tasks older than this are not run again after a restart (PICPIK keeps results 24 h too). */
const RESUME_WINDOW_MS = 24 * 60 * 60_000;

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
      const request = archived && archived.createdAt >= cutoff ? rebuildRequest(archived, this.archive) : null;
      // The seed chosen at submit, so the rerun gives the bytes the first run would have.
      if (request) this.start(uid, request as Record<string, unknown> & { Action: string }, archived?.seed ?? resolveSeed(request.Seed));
      else this.archive.completeTask(uid, { status: 'Error', seed: archived?.seed ?? null, files: [], errorCode: INTERRUPTED, errorMessage: INTERRUPTED_MESSAGE });
      this.logger.info('engine-task-resumed', { taskUid: uid, resumed: Boolean(request) });
    }
  }

  private start(uid: string, request: Record<string, unknown> & { Action: string }, seed: number): void {
    const task: LocalTask = { uid, action: request.Action, status: 'Queuing', seed, images: [], errorCode: 0, errorMessage: '' };
    this.tasks.set(task.uid, task);
    const handle = this.pool.run({ action: task.action, request, seed: task.seed, catalog: this.catalog }, () => {
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
      if (task.status === 'Queuing' || task.status === 'Running') task.finishedAt = Date.now();
    }
  }

  private finish(task: LocalTask, pngs: Uint8Array[]): void {
    if (task.finishedAt !== undefined) return;
    const files = pngs.map((png) => this.archive.saveImage(png, 'image/png'));
    Object.assign(task, { status: 'Finished', images: files.map((f) => f.url), finishedAt: Date.now(), handle: undefined });
    this.archive.completeTask(task.uid, { status: 'Finished', seed: task.seed, files: files.map((f) => ({ hash: f.hash, bytes: f.bytes })) });
  }

  private fail(task: LocalTask, error: Error): void {
    if (task.finishedAt !== undefined) return;
    const cancelled = error instanceof JobCancelledError;
    const code = cancelled ? CANCELLED : error instanceof WorkerJobError ? error.code : 5001;
    const message = cancelled ? 'Terminated by TerminateTask' : error.message;
    if (!cancelled && !(error instanceof WorkerJobError && error.code < 5000)) this.logger.error('engine-task-failed', { taskUid: task.uid, action: task.action, message });
    Object.assign(task, { status: cancelled ? 'Cancelled' : 'Error', errorCode: code, errorMessage: message, finishedAt: Date.now(), handle: undefined });
    this.archive.completeTask(task.uid, { status: task.status, seed: task.seed, files: [], errorCode: code, errorMessage: message });
  }

  private prune(): void {
    const cutoff = Date.now() - KEEP_FINISHED_MS;
    for (const [uid, task] of this.tasks) if (task.finishedAt !== undefined && task.finishedAt < cutoff) this.tasks.delete(uid);
  }
}

function toDetail(task: Pick<LocalTask, 'uid' | 'action' | 'status' | 'seed' | 'images' | 'errorCode' | 'errorMessage'>): TaskDetail {
  return { TaskUID: task.uid, Action: task.action, Status: task.status, ImgList: task.images, Seed: task.seed, TxtList: [], ConsumeApiPoint: 0, ErrorCode: task.errorCode, ErrorMassage: task.errorMessage };
}
