import type { ArchivedTask, FileInfo, HistoryPage, HistoryQuery, NewTask, TaskMode, TaskOutcome, UsageQuery, UsageRow } from './records';

/** Stored files by content hash: which type each blob is. */
export interface FileRows {
  fileInfo(hash: string): Promise<FileInfo | null>;
  /** Inserts once per hash; later calls for the same hash change nothing. */
  recordFile(file: FileInfo): Promise<void>;
}

/** The archive's tasks: what was asked, by whom, and what came out. */
export interface TaskRows {
  /** Inserts the task (or updates a row recorded without params), its inputs, and its queue row when `enqueue`. */
  recordTask(task: NewTask): Promise<void>;
  /**
   * Marks the task finished with its result files (replacing any listed before) and takes it off
   * the queue. With `owner`, only while that server still holds the task's lease (false otherwise);
   * without, false only when the task is unknown.
   */
  completeTask(taskUid: string, outcome: TaskOutcome, finishedAt: number, owner?: string): Promise<boolean>;
  getTasks(taskUids: readonly string[]): Promise<Map<string, ArchivedTask>>;
  /** The newest task recorded with this request_uuid. */
  findByRequestUuid(requestUuid: string): Promise<ArchivedTask | null>;
  /** TaskUIDs in `mode`, not finished, created at or after `since` (Unix ms); oldest first. */
  unfinishedTaskUids(mode: TaskMode, since: number): Promise<string[]>;
  /** Newest first; `page` starts at 1. */
  listHistory(query: HistoryQuery): Promise<HistoryPage>;
  /** Tasks and credits per designer and UTC day, by the day the task was submitted. */
  usage(query: UsageQuery): Promise<UsageRow[]>;
}

export type ClaimResult =
  | { won: true }
  | { won: false; fingerprint: string | null; taskUid: string | null; claimedAt: number };

/**
 * Idempotency records: the first server to claim a (mode, request_uuid) submits the task; the
 * uniqueness is a database constraint, so two servers claiming at once cannot both win.
 */
export interface RequestClaims {
  /** Claims the uuid; a claim never settled and older than `staleAfterMs` is taken over (its server died). */
  claimRequest(claim: { mode: TaskMode; requestUuid: string; fingerprint: string; owner: string; staleAfterMs: number }): Promise<ClaimResult>;
  /** Records the TaskUID the claimed submission got. */
  settleRequest(mode: TaskMode, requestUuid: string, taskUid: string): Promise<void>;
  /** Drops an unsettled claim of `owner` (the submission failed), so a retry may submit. */
  releaseRequest(mode: TaskMode, requestUuid: string, owner: string): Promise<void>;
}

export interface QueueClaim {
  taskUid: string;
  /** Runs of the task started before and not given back: each one ended with its server dying. */
  attempts: number;
}

/**
 * The local engine's job queue. A claim is a lease that the owning server renews while it works;
 * a lease not renewed in time (the server died) lets another server claim the task again.
 */
export interface LocalQueue {
  /** Up to `limit` tasks, oldest first: queued ones and those whose lease ran out. */
  claimQueued(owner: string, limit: number, leaseMs: number): Promise<QueueClaim[]>;
  /**
   * Counts a run (tasks.attempts), durably, just before it starts, while `owner` holds the lease;
   * false when it does not. A run that takes its server down stays counted (quarantine).
   */
  recordAttempt(taskUid: string, owner: string): Promise<boolean>;
  /**
   * Extends `owner`'s leases on the tasks it still runs; says which of them it still holds and
   * which were asked to stop. Leases on tasks not listed are left to run out (a run that ended
   * without being archived is then claimed again).
   */
  renewLeases(owner: string, taskUids: readonly string[], leaseMs: number): Promise<{ held: string[]; cancelRequested: string[] }>;
  /** Puts `owner`'s tasks back on the queue and gives back their counted runs (a graceful stop is no crash). */
  releaseLeases(owner: string): Promise<void>;
  /**
   * TerminateTask: a queued task is completed with `outcome` at once ('cancelled'); a running one is
   * flagged for its owner ('signalled'); 'none' when the task is not on the queue.
   */
  requestCancel(taskUid: string, outcome: TaskOutcome, finishedAt: number): Promise<'cancelled' | 'signalled' | 'none'>;
  /** Every task on the queue (queued or running), oldest first. */
  queuedTaskUids(): Promise<string[]>;
}

/** Periodic jobs that must run on one server at a time (the archive sweeper). */
export interface ExclusiveRuns {
  /**
   * Runs `job` unless another server is running `name` now or started it less than `minIntervalMs`
   * ago; resolves to whether it ran.
   */
  runExclusive(name: string, owner: string, minIntervalMs: number, job: () => Promise<void>): Promise<boolean>;
}

export interface DesignerInfo {
  name: string;
  createdAt: number;
}

/** Designers by name, each with the sha256 of their token (never the token). */
export interface Designers {
  /** Throws DesignerExistsError when the name is taken. */
  addDesigner(name: string, tokenHash: string, createdAt: number): Promise<void>;
  removeDesigner(name: string): Promise<boolean>;
  listDesigners(): Promise<DesignerInfo[]>;
  designerByTokenHash(tokenHash: string): Promise<string | null>;
}

export class DesignerExistsError extends Error {}

/** Everything the studio indexes, in SQLite (embedded) or PostgreSQL (team). */
export interface TaskIndex extends FileRows, TaskRows, RequestClaims, LocalQueue, ExclusiveRuns, Designers {
  readonly kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}
