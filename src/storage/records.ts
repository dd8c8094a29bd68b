import type { ImageExt } from './imageFiles';

export type TaskMode = 'picpik' | 'local';

/** A stored file's type and size: the index's row for a blob. */
export interface FileInfo {
  hash: string;
  ext: ImageExt;
  mime: string;
  bytes: number;
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

/** A task row as first written (params already stripped of credentials and image bodies). */
export interface NewTask {
  taskUid: string;
  action: string;
  params: Record<string, unknown>;
  requestUuid: string | null;
  mode: TaskMode;
  seed: number | null;
  designer: string | null;
  /** Unix milliseconds. */
  createdAt: number;
  /** Input images in inputImagesOf order; each must be stored already. */
  inputs: readonly SavedFile[];
  /** Put the task on the local engine's queue in the same transaction. */
  enqueue: boolean;
}

/** A result file of a finished task; `hash` must be stored already. */
export interface TaskFileInput {
  hash: string;
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
  /** Credits PICPIK charged (ConsumeApiPoint); 0 for the local engine. */
  credits?: number | undefined;
}

/** Where a local task is on the engine queue (Running: a server started its run); null when it is not queued (finished, or a PICPIK task). */
export type QueueState = 'Queuing' | 'Running' | null;

export interface ArchivedTask {
  taskUid: string;
  action: string;
  params: Record<string, unknown>;
  requestUuid: string | null;
  mode: TaskMode;
  status: string;
  seed: number | null;
  errorCode: number | null;
  errorMessage: string | null;
  designer: string | null;
  credits: number | null;
  /** Unix milliseconds. */
  createdAt: number;
  /** Unix milliseconds; null while the task has not been archived as finished. */
  finishedAt: number | null;
  queue: QueueState;
  /** Local engine: runs started and not given back by a graceful stop. */
  attempts: number;
  images: ArchivedFile[];
  inputs: SavedFile[];
}

export interface HistoryQuery {
  page: number;
  pageSize: number;
  /** Only this designer's tasks; undefined lists everybody's. */
  designer?: string | undefined;
}

export interface HistoryPage {
  items: ArchivedTask[];
  total: number;
}

export interface UsageQuery {
  /** Unix milliseconds, inclusive. */
  since: number;
  /** Unix milliseconds, exclusive. */
  until: number;
}

/** Credits and tasks of one designer on one UTC day (designer null: shared token or no token). */
export interface UsageRow {
  designer: string | null;
  /** YYYY-MM-DD, UTC. */
  day: string;
  tasks: number;
  credits: number;
}

export function fileUrl(hash: string, ext: string): string {
  return `/files/${hash}.${ext}`;
}
