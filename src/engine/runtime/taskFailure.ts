import { ArchiveUnavailableError } from '../../storage/storageErrors';
import { ENGINE_FAILURE } from '../actions/engineErrors';
import { JobCancelledError, JobTimeoutError, WorkerCrashedError, WorkerJobError } from './jobErrors';

/** ErrorCodes of local tasks that did not finish (4xxx: the request's doing; 5xxx: the engine's or the server's). */
export const UNKNOWN_TASK = 4004;
export const CANCELLED = 4009;
/** Cut off by a server stop and could not run again (too old, inputs gone). */
export const INTERRUPTED = 5002;
/** Stopped the engine twice (out of memory, killed): never run again. */
export const QUARANTINED = 5003;
export const OVER_TIME_LIMIT = 5004;
export const OVER_MEMORY_LIMIT = 5005;
/** Its result or its start could not be written to the archive (disk full, damaged database). */
export const ARCHIVE_FAILED = 5006;

export const INTERRUPTED_MESSAGE = 'The studio server restarted before this task finished and could not run it again; submit it again';
export const QUARANTINED_MESSAGE =
  'This task stopped the local engine twice (it needed more memory or time than the server has), so it is not run again: try a smaller picture or region, or a smaller BatchSize';

export interface Failure {
  status: 'Error' | 'Cancelled';
  code: number;
  message: string;
  /** The engine's or the server's fault (worth a log line), not the request's. */
  serverSide: boolean;
}

/** How a task that ended with `error` is reported in TaskDetail (ErrorCode, ErrorMassage). */
export function failureOf(error: Error): Failure {
  if (error instanceof JobCancelledError) return { status: 'Cancelled', code: CANCELLED, message: 'Terminated by TerminateTask', serverSide: false };
  if (error instanceof WorkerJobError) return { status: 'Error', code: error.code, message: error.message, serverSide: error.code >= 5000 };
  if (error instanceof JobTimeoutError) {
    const seconds = Math.round(error.limitMs / 1000);
    const message = `The local engine stopped this task after ${seconds} s, its time limit (ENGINE_TASK_TIMEOUT_S): try a smaller picture or region, or a smaller BatchSize`;
    return { status: 'Error', code: OVER_TIME_LIMIT, message, serverSide: true };
  }
  if (error instanceof WorkerCrashedError && error.outOfMemory) {
    const message = 'The local engine ran out of memory on this task (its limit is ENGINE_TASK_MEMORY_MB): try a smaller picture or region, or a smaller BatchSize';
    return { status: 'Error', code: OVER_MEMORY_LIMIT, message, serverSide: true };
  }
  if (error instanceof ArchiveUnavailableError) return { status: 'Error', code: ARCHIVE_FAILED, message: error.message, serverSide: true };
  return { status: 'Error', code: ENGINE_FAILURE, message: `The local engine failed on this task: ${error.message}`, serverSide: true };
}
