import type { Backend } from '../core/backend';
import type { Logger } from '../core/logger';
import { serverName } from '../core/serverName';
import { loadCatalog } from '../engine/catalog';
import { createLocalEngine } from '../engine/localBackend';
import type { Archive } from '../storage/archive';
import { startArchiveSweeper } from './archive/archiveSweeper';
import { createArchivingBackend } from './archive/archivingBackend';
import type { HostResolver } from './archive/privateHosts';
import type { StudioConfig } from './config';
import { createIdempotentBackend } from './idempotentSubmissions';
import { createUpstreamBackend } from './upstream';

export type StudioBackend = Backend & { close(): Promise<void> };

/** Seams for tests; production uses the global fetch and node:dns. */
export interface BackendSeams {
  fetch?: typeof fetch;
  resolveHost?: HostResolver;
}

/** A duplicate waits this long past the upstream time limit for the first submission's TaskUID before taking over its claim. */
const CLAIM_SLACK_MS = 30_000;

/**
 * Keys set → sign and forward to PICPIK, copying results into the archive (PICPIK keeps
 * them only 24 h), with a sweeper archiving tasks nobody polls; no keys → the local engine
 * answers on this machine. Either way submissions are idempotent by request_uuid, across all
 * servers on the same storage.
 */
export function createBackend(config: StudioConfig, archive: Archive, logger: Logger, seams: BackendSeams = {}): StudioBackend {
  const owner = serverName();
  const idempotency = { owner, staleAfterMs: config.UPSTREAM_TIMEOUT_S * 1000 + CLAIM_SLACK_MS };
  if (config.mode === 'picpik') {
    const upstream = createUpstreamBackend({
      apiUrl: config.PICPIK_API_URL,
      publicKey: config.PICPIK_PUBLIC_KEY!,
      privateKey: config.PICPIK_PRIVATE_KEY!,
      timeoutMs: config.UPSTREAM_TIMEOUT_S * 1000,
      fetch: seams.fetch,
    });
    const archiving = createArchivingBackend(upstream, archive, {
      logger,
      timeoutMs: config.UPSTREAM_TIMEOUT_S * 1000,
      fetch: seams.fetch,
      resolveHost: seams.resolveHost,
      allowPrivateHosts: config.ARCHIVE_ALLOW_PRIVATE_HOSTS,
    });
    const sweeper = config.ARCHIVE_SWEEP_S > 0 ? startArchiveSweeper({ backend: archiving, archive, intervalMs: config.ARCHIVE_SWEEP_S * 1000, owner, logger }) : null;
    return createIdempotentBackend({ ...archiving, close: async () => sweeper?.stop() }, archive, idempotency);
  }
  const catalog = config.ENGINE_CATALOG ? loadCatalog(config.ENGINE_CATALOG) : undefined;
  const limits = { taskTimeoutMs: config.ENGINE_TASK_TIMEOUT_S * 1000, taskMemoryMb: config.ENGINE_TASK_MEMORY_MB, leaseMs: config.ENGINE_LEASE_S * 1000 };
  return createIdempotentBackend(createLocalEngine({ archive, logger, catalog, owner, ...limits }), archive, idempotency);
}
