import { availableParallelism } from 'node:os';
import type { Backend, BackendAnswer, PicpikRequest, RequestContext } from '../core/backend';
import type { Logger } from '../core/logger';
import { serverName } from '../core/serverName';
import { isGenerationAction } from '../picpik/actions';
import type { Archive } from '../storage/archive';
import type { EngineJob } from './actions/job';
import { loadCatalog, type EngineCatalog } from './catalog';
import { catalogProblem } from './catalogChecks';
import { LocalTasks } from './runtime/localTasks';
import { WorkerPool } from './runtime/workerPool';

export interface LocalEngineOptions {
  archive: Archive;
  logger: Logger;
  catalog?: EngineCatalog;
  /** Worker threads; default: cores − 1 (at least 1), so one core keeps serving requests. */
  concurrency?: number;
  /** A task running longer is stopped and fails (ENGINE_TASK_TIMEOUT_S); default 600 s. */
  taskTimeoutMs?: number;
  /** V8 heap limit of each engine worker (ENGINE_TASK_MEMORY_MB); default 1024 MB. */
  taskMemoryMb?: number;
  /** How long a running task stays this server's without a renewal (ENGINE_LEASE_S); default 30 s. */
  leaseMs?: number;
  /** How often the queue is looked at for work from other servers and cancellations; default 1 s. */
  pollMs?: number;
  /** This server's name on the queue; default host/pid/random. */
  owner?: string;
}

export const DEFAULT_TASK_TIMEOUT_S = 600;
export const DEFAULT_TASK_MEMORY_MB = 1024;
export const DEFAULT_LEASE_S = 30;

export interface LocalEngine extends Backend {
  close(): Promise<void>;
}

/** Error codes of the engine's own refusals, in PICPIK's RetCode field. */
const RET_UNAVAILABLE_MODEL = 4002;
const RET_UNKNOWN_TASK = 4004;

/**
 * PICPIK's API answered on this machine with classical image algorithms. Tasks go through the
 * queue in the storage, so several servers on one database share them (see runtime/localTasks.ts).
 */
export function createLocalEngine(options: LocalEngineOptions): LocalEngine {
  const catalog = options.catalog ?? loadCatalog();
  const size = options.concurrency ?? Math.max(1, availableParallelism() - 1);
  const pool = new WorkerPool<EngineJob, Uint8Array[]>(new URL('./runtime/worker.ts', import.meta.url), {
    size,
    jobTimeoutMs: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_S * 1000,
    heapMb: options.taskMemoryMb ?? DEFAULT_TASK_MEMORY_MB,
  });
  const tasks = new LocalTasks(pool, options.archive, catalog, options.logger, {
    owner: options.owner ?? serverName(),
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_S * 1000,
    pollMs: options.pollMs ?? 1000,
    slots: size,
  });

  function answer(request: PicpikRequest, fields: Record<string, unknown>, retCode = 0, message = ''): BackendAnswer {
    const body = { RetCode: retCode, Action: request.Action, Message: message, ...fields };
    return { status: 200, body: request.request_uuid === undefined ? body : { ...body, request_uuid: request.request_uuid } };
  }

  async function handle(request: PicpikRequest, context?: RequestContext): Promise<BackendAnswer> {
    if (isGenerationAction(request.Action)) {
      const problem = catalogProblem(request, catalog);
      if (problem) return answer(request, {}, RET_UNAVAILABLE_MODEL, problem);
      return answer(request, { TaskUID: (await tasks.submit(request, context?.designer ?? null)).taskUid });
    }
    switch (request.Action) {
      case 'ListModels': {
        const { MainModels, LoraModels, EmbeddingModels, HypernetworkModels } = catalog;
        return answer(request, { MainModels, LoraModels, EmbeddingModels, HypernetworkModels });
      }
      case 'ListControlNets':
        return answer(request, { PreProcessors: catalog.PreProcessors, ControlModels: catalog.ControlModels });
      case 'ListTasksDetails':
        return answer(request, { TaskDetailList: await tasks.details(request.TaskUIDList as string[]) });
      case 'ListRunningTasks':
        return answer(request, { TaskUIDList: await tasks.running() });
      case 'TerminateTask': {
        const uid = request.TaskUID as string;
        return (await tasks.terminate(uid)) ? answer(request, {}) : answer(request, {}, RET_UNKNOWN_TASK, `No queued or running task ${uid}`);
      }
      case 'GetCreditBalance':
        // The local engine is free: nothing is charged and nothing expires.
        return answer(request, { TotalCredits: 0, UsedCredits: 0, ExpireTimestamp: 0 });
      default:
        return answer(request, {}, 161, `The local engine does not answer ${request.Action}`);
    }
  }

  async function close(): Promise<void> {
    await tasks.stop();
    await pool.close();
  }

  return { mode: 'local', handle, close };
}
