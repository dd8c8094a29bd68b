import type { ImageExt } from './imageFiles';
import { fileUrl, type ArchivedFile, type ArchivedTask, type SavedFile, type TaskMode } from './records';

/** The columns of `tasks` (plus the task's queue state) as both indexes read them. */
export interface TaskColumns {
  task_uid: string;
  action: string;
  request_uuid: string | null;
  mode: TaskMode;
  status: string;
  seed: number | null;
  error_code: number | null;
  error_message: string | null;
  designer: string | null;
  credits: number | null;
  attempts: number;
  created_at: number;
  finished_at: number | null;
  /** SQLite answers booleans as 0/1. */
  queue_started: boolean | 0 | 1 | null;
  queued: boolean | 0 | 1;
}

/** A result or input file of a task, joined with `files`. */
export interface FileColumns {
  hash: string;
  ext: ImageExt;
  mime: string;
  bytes: number;
  source_url: string | null;
}

const savedFile = (file: FileColumns): SavedFile => ({ hash: file.hash, url: fileUrl(file.hash, file.ext), bytes: file.bytes, mime: file.mime });

/** A task row, its params (parsed) and its files, as the archive hands them out: one mapping for SQLite and PostgreSQL. */
export function toArchivedTask(row: TaskColumns, params: Record<string, unknown>, images: FileColumns[], inputs: FileColumns[]): ArchivedTask {
  return {
    taskUid: row.task_uid,
    action: row.action,
    params,
    requestUuid: row.request_uuid,
    mode: row.mode,
    status: row.status,
    seed: row.seed,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    designer: row.designer,
    credits: row.credits,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    queue: row.queued ? (row.queue_started ? 'Running' : 'Queuing') : null,
    attempts: row.attempts,
    images: images.map((file): ArchivedFile => ({ ...savedFile(file), sourceUrl: file.source_url })),
    inputs: inputs.map(savedFile),
  };
}
