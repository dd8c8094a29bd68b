import { createLocalEngine } from '../engine/localBackend';
import { loadCatalog } from '../engine/catalog';
import { startArchiveSweeper } from './archive/archiveSweeper';
import type { Archive } from './archive/archiveTypes';
import { createArchivingBackend } from './archive/archivingBackend';
import type { HostResolver } from './archive/privateHosts';
import type { Backend } from './backend';
import type { StudioConfig } from './config';
import { createIdempotentBackend } from './idempotentSubmissions';
import type { Logger } from './logger';
import { createUpstreamBackend } from './upstream';

export type StudioBackend = Backend & { close(): Promise<void> };

/** Seams for tests; production uses the global fetch and node:dns. */
export interface BackendSeams {
  fetch?: typeof fetch;
  resolveHost?: HostResolver;
}

/**
 * Keys set → sign and forward to PICPIK, copying results into the archive (PICPIK keeps
 * them only 24 h), with a sweeper archiving tasks nobody polls; no keys → the local engine
 * answers on this machine. Either way submissions are idempotent by request_uuid.
 */
export function createBackend(config: StudioConfig, archive: Archive, logger: Logger, seams: BackendSeams = {}): StudioBackend {
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
    const sweeper = config.ARCHIVE_SWEEP_S > 0 ? startArchiveSweeper({ backend: archiving, archive, intervalMs: config.ARCHIVE_SWEEP_S * 1000, logger }) : null;
    return createIdempotentBackend({ ...archiving, close: async () => sweeper?.stop() }, archive);
  }
  const catalog = config.ENGINE_CATALOG ? loadCatalog(config.ENGINE_CATALOG) : undefined;
  const limits = { taskTimeoutMs: config.ENGINE_TASK_TIMEOUT_S * 1000, taskMemoryMb: config.ENGINE_TASK_MEMORY_MB };
  return createIdempotentBackend(createLocalEngine({ archive, logger, catalog, ...limits }), archive);
}
