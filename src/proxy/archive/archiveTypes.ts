/** What a caller knows when a task starts (the PICPIK answer gave the TaskUID). */
export interface Submission {
  taskUid: string;
  action: string;
  /** The request as sent; image bodies and credentials are stripped before storing. */
  request: Record<string, unknown>;
  mode: 'picpik' | 'local';
  requestUuid?: string | undefined;
  /** The seed already chosen for the task (the local engine resolves Seed -1 at submit). */
  seed?: number | undefined;
}

/** A result file of a finished task; `hash` must come from saveImage. */
export interface TaskFileInput {
  hash: string;
  /** Byte size of the file. */
  bytes: number;
  /** Where the file was downloaded from (PICPIK's 24 h URL); absent for local results. */
  sourceUrl?: string | undefined;
}

export interface TaskOutcome {
  status: string;
  seed: number | null;
  files: readonly TaskFileInput[];
  errorCode?: number | undefined;
  errorMessage?: string | undefined;
}

/** A stored file: `url` is what the studio serves it at (`/files/<hash>.<ext>`). */
export interface SavedFile {
  hash: string;
  url: string;
  bytes: number;
  mime: string;
}

export interface ArchivedFile extends SavedFile {
  sourceUrl: string | null;
}

export interface ArchivedTask {
  taskUid: string;
  action: string;
  params: Record<string, unknown>;
  requestUuid: string | null;
  mode: 'picpik' | 'local';
  status: string;
  seed: number | null;
  errorCode: number | null;
  errorMessage: string | null;
  /** Unix milliseconds. */
  createdAt: number;
  /** Unix milliseconds; null while the task has not been archived as finished. */
  finishedAt: number | null;
  /** Local engine: runs started and not taken back by a graceful stop (see recordAttempt). */
  attempts: number;
  images: ArchivedFile[];
  inputs: SavedFile[];
}

export interface HistoryPage {
  items: ArchivedTask[];
  total: number;
}

/** Results archive: image files by content hash on disk, tasks indexed in SQLite. */
export interface Archive {
  readonly dataDir: string;
  recordSubmission(submission: Submission): void;
  /** Stores a task's input images (data URIs or bare base64) in inputImagesOf order; skips unsupported types. */
  saveInputImages(taskUid: string, images: readonly string[]): SavedFile[];
  /** The newest task sent with this request_uuid, for idempotent resubmission. */
  findByRequestUuid(requestUuid: string): ArchivedTask | null;
  /** Stores PNG/JPEG/WEBP bytes once per content hash; the type is sniffed, `mime` is the fallback. */
  saveImage(bytes: Uint8Array, mime?: string): SavedFile;
  /** Marks a recorded task finished and lists its result files (replacing any listed before). */
  completeTask(taskUid: string, outcome: TaskOutcome): void;
  getTask(taskUid: string): ArchivedTask | null;
  /** Local engine: counts one more run of a recorded task, durably, before it runs; returns the count. */
  recordAttempt(taskUid: string): number;
  /** Takes back one counted run: the task was stopped by a graceful shutdown, not by crashing the engine. */
  releaseAttempt(taskUid: string): void;
  /** TaskUIDs recorded in `mode`, not finished yet, created at or after `since` (Unix ms); oldest first. */
  unfinishedTaskUids(mode: 'picpik' | 'local', since: number): string[];
  /** Newest first; `page` starts at 1. */
  listHistory(query: { page: number; pageSize: number }): HistoryPage;
  readFile(hash: string): { path: string; mime: string; ext: string } | null;
  close(): void;
}

export class UnsupportedImageError extends Error {}

/**
 * The archive cannot be written or read (disk full, damaged database, I/O error). `message`
 * is one sentence for people; callers answer 503 or end the task with it, and stay up.
 */
export class ArchiveUnavailableError extends Error {
  constructor(
    message: string,
    /** Short state for /api/health, e.g. "disk full (SQLITE_FULL)". */
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ArchiveUnavailableError';
  }
}
