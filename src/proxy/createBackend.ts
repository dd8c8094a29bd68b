import { createLocalEngine } from '../engine/localBackend';
import { loadCatalog } from '../engine/catalog';
import type { Archive } from './archive/archiveTypes';
import { createArchivingBackend } from './archive/archivingBackend';
import type { Backend } from './backend';
import type { StudioConfig } from './config';
import type { Logger } from './logger';
import { createUpstreamBackend } from './upstream';

/**
 * Keys set → sign and forward to PICPIK, copying results into the archive (PICPIK keeps
 * them only 24 h); no keys → the local engine answers on this machine.
 */
export function createBackend(config: StudioConfig, archive: Archive, logger: Logger): Backend & { close?: () => Promise<void> } {
  if (config.mode === 'picpik') {
    const upstream = createUpstreamBackend({
      apiUrl: config.PICPIK_API_URL,
      publicKey: config.PICPIK_PUBLIC_KEY!,
      privateKey: config.PICPIK_PRIVATE_KEY!,
      timeoutMs: config.UPSTREAM_TIMEOUT_S * 1000,
    });
    return createArchivingBackend(upstream, archive, { logger, timeoutMs: config.UPSTREAM_TIMEOUT_S * 1000 });
  }
  const catalog = config.ENGINE_CATALOG ? loadCatalog(config.ENGINE_CATALOG) : undefined;
  return createLocalEngine({ archive, logger, catalog });
}
