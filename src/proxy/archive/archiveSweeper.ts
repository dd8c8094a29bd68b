import type { Backend } from '../../core/backend';
import { silentLogger, type Logger } from '../../core/logger';
import type { Archive } from '../../storage/archive';

export interface SweeperOptions {
  /** The archiving backend: its ListTasksDetails answers copy finished results into the archive. */
  backend: Backend;
  archive: Archive;
  /** Pause between sweeps; the first sweep runs at start, so tasks pending before a restart are picked up. */
  intervalMs: number;
  /** This server's name, recorded with each pass. */
  owner: string;
  logger?: Logger;
  now?: () => number;
  /** TaskUIDs per ListTasksDetails call (default 50). */
  batchSize?: number;
}

export interface ArchiveSweeper {
  /** One pass over the pending tasks now; resolves to how many got archived. Concurrent calls share a pass. */
  sweep(): Promise<number>;
  /** Stops the timer and waits for a running pass, so the archive can be closed after it. */
  stop(): Promise<void>;
}

/** PICPIK deletes results after 24 h: an older unfinished task has nothing left to fetch. */
const RESULT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Archives PICPIK tasks that finish while no browser polls them: every `intervalMs` it asks
 * ListTasksDetails about submissions the archive has not seen finish (younger than 24 h),
 * and the archiving backend downloads whatever finished. Passes never overlap, and with several
 * servers on one database the timed passes run on one server at a time, at most one per interval
 * (an advisory lock and the time of the last pass in the index).
 */
export function startArchiveSweeper(options: SweeperOptions): ArchiveSweeper {
  const { backend, archive } = options;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const batchSize = options.batchSize ?? 50;
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const pending = () => archive.unfinishedTaskUids('picpik', now() - RESULT_LIFETIME_MS);

  async function pass(): Promise<number> {
    const before = await pending();
    for (let start = 0; start < before.length && !stopped; start += batchSize) {
      const answer = await backend.handle({ Action: 'ListTasksDetails', TaskUIDList: before.slice(start, start + batchSize) });
      if (answer.body.RetCode !== 0) {
        // PICPIK refused or is unreachable: the next pass tries again.
        logger.error('archive-sweep-failed', { status: answer.status, retCode: answer.body.RetCode, message: answer.body.Message });
        break;
      }
    }
    const stillPending = new Set(await pending());
    return before.filter((uid) => !stillPending.has(uid)).length;
  }

  function sweep(): Promise<number> {
    running ??= pass().finally(() => (running = null));
    return running;
  }

  /** A timed pass, unless another server is sweeping or swept within the interval. */
  async function timedSweep(): Promise<number> {
    let archived = 0;
    // A little slack, so a server whose timer fires just early still takes its turn.
    await archive.index.runExclusive('archive-sweep', options.owner, options.intervalMs * 0.9, async () => {
      archived = await sweep();
    });
    return archived;
  }

  function schedule(delayMs: number): void {
    timer = setTimeout(() => {
      void timedSweep()
        .then((archived) => archived > 0 && logger.info('archive-sweep', { archived }))
        .catch((error: Error) => logger.error('archive-sweep-failed', { message: error.message }))
        .finally(() => stopped || schedule(options.intervalMs));
    }, delayMs);
    // The sweeper alone never keeps the process alive.
    timer.unref();
  }

  schedule(0);
  return {
    sweep,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
