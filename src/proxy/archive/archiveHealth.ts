import type { Logger } from '../logger';
import { classifyArchiveError, type ArchiveFailure } from './archiveFailures';
import { ArchiveUnavailableError, type Archive } from './archiveTypes';

export interface ArchiveHealth {
  /** Null while the archive works; else what is wrong and what to do, for /api/health. */
  problem(): string | null;
}

/**
 * The archive with its storage failures turned into ArchiveUnavailableError (a clear 503 or
 * task error instead of a crash) and remembered for /api/health. A full disk counts as fixed
 * after the next successful write; a damaged database until the studio is restarted.
 */
export function withArchiveHealth(archive: Archive, logger: Logger): Archive & ArchiveHealth {
  let failure: ArchiveFailure | null = null;

  function guard<A extends unknown[], R>(write: boolean, operation: (...args: A) => R): (...args: A) => R {
    return (...args) => {
      let result: R;
      try {
        result = operation(...args);
      } catch (error) {
        const found = classifyArchiveError(error);
        if (!found) throw error;
        if (!failure?.lasting) failure = found;
        logger.error('archive-unavailable', { problem: found.problem, message: (error as Error).message });
        const message = `The studio's results archive cannot be used: ${found.problem}. Whoever runs the studio should ${found.advice}`;
        throw new ArchiveUnavailableError(message, found.problem, { cause: error });
      }
      if (write && failure && !failure.lasting) {
        logger.info('archive-recovered', { problem: failure.problem });
        failure = null;
      }
      return result;
    };
  }

  return {
    dataDir: archive.dataDir,
    recordSubmission: guard(true, archive.recordSubmission.bind(archive)),
    saveInputImages: guard(true, archive.saveInputImages.bind(archive)),
    findByRequestUuid: guard(false, archive.findByRequestUuid.bind(archive)),
    saveImage: guard(true, archive.saveImage.bind(archive)),
    completeTask: guard(true, archive.completeTask.bind(archive)),
    getTask: guard(false, archive.getTask.bind(archive)),
    recordAttempt: guard(true, archive.recordAttempt.bind(archive)),
    releaseAttempt: guard(true, archive.releaseAttempt.bind(archive)),
    unfinishedTaskUids: guard(false, archive.unfinishedTaskUids.bind(archive)),
    listHistory: guard(false, archive.listHistory.bind(archive)),
    readFile: guard(false, archive.readFile.bind(archive)),
    close: () => archive.close(),
    problem: () => (failure ? `degraded: ${failure.problem} — ${failure.advice} (${archive.dataDir})` : null),
  };
}
