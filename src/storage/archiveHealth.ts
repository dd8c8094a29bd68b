import type { Logger } from '../core/logger';
import type { Archive } from './archive';
import { ArchiveUnavailableError, classifyStorageError, type StorageFailure } from './storageErrors';
import type { TaskIndex } from './taskIndex';

export interface ArchiveHealth {
  /** Null while the storage works; else what is wrong and what to do, for /api/health. */
  problem(): string | null;
}

/** Operations that only read: success does not show that a full disk has room again. */
const READS = new Set(['fileInfo', 'getTasks', 'findByRequestUuid', 'unfinishedTaskUids', 'listHistory', 'usage', 'queuedTaskUids', 'listDesigners', 'designerByTokenHash', 'getTask', 'openFile', 'readImage']);
const NOT_GUARDED = new Set(['close', 'kind', 'location', 'index', 'blobs']);

/**
 * The archive (and its index) with storage failures turned into ArchiveUnavailableError (a clear
 * 503 or task error instead of a crash) and remembered for /api/health. A full disk counts as
 * fixed after the next successful write, a lost database connection after any successful call,
 * a damaged database not until the studio is restarted.
 */
export function withArchiveHealth(archive: Archive, logger: Logger): Archive & ArchiveHealth {
  let failure: StorageFailure | null = null;

  function guard<A extends unknown[], R>(name: string, operation: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    const write = !READS.has(name);
    return async (...args) => {
      let result: R;
      try {
        result = await operation(...args);
      } catch (error) {
        const found = error instanceof ArchiveUnavailableError ? null : classifyStorageError(error);
        if (!found) throw error;
        if (!failure?.lasting) failure = found;
        logger.error('archive-unavailable', { problem: found.problem, message: (error as Error).message });
        const message = `The studio's results archive cannot be used: ${found.problem}. Whoever runs the studio should ${found.advice}`;
        throw new ArchiveUnavailableError(message, found.problem, { cause: error });
      }
      if (failure && !failure.lasting && (write || failure.transient)) {
        logger.info('archive-recovered', { problem: failure.problem });
        failure = null;
      }
      return result;
    };
  }

  function guardAll<T extends object>(target: T): T {
    const guarded: Record<string, unknown> = { ...(target as Record<string, unknown>) };
    for (const [name, value] of Object.entries(target)) {
      if (typeof value === 'function' && !NOT_GUARDED.has(name)) guarded[name] = guard(name, (value as (...args: unknown[]) => Promise<unknown>).bind(target));
    }
    return guarded as T;
  }

  const index = guardAll<TaskIndex>(archive.index);
  return {
    ...guardAll<Archive>(archive),
    index,
    blobs: archive.blobs,
    close: () => archive.close(),
    problem: () => (failure ? `degraded: ${failure.problem} — ${failure.advice} (${archive.location})` : null),
  };
}
