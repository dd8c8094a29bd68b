import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { withArchiveHealth } from './archive/archiveHealth';
import { ArchiveOpenError } from './archive/archiveOpen';
import { ArchiveUnavailableError } from './archive/archiveTypes';
import { openArchive } from './archive/archiveStore';
import { DEFAULT_BODY_DEADLINE } from './bodyDeadline';
import { createBackend } from './createBackend';
import { ConfigError, loadEnvFile, parseConfig } from './config';
import { createConsoleLogger } from './logger';

/** Entry point: read the environment, build the app, listen. */
function main(): void {
  loadEnvFile();
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createConsoleLogger();
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  // openArchive creates DATA_DIR and its files/ folder when they are missing, and refuses a
  // damaged or lost index with one line saying what to do.
  let archive, backend;
  try {
    archive = withArchiveHealth(openArchive(config.DATA_DIR), logger);
    // The local engine writes at start too (tasks cut off by the last stop).
    backend = createBackend(config, archive, logger);
  } catch (error) {
    if (error instanceof ArchiveOpenError) console.error(error.message);
    else if (error instanceof ArchiveUnavailableError) console.error(`Cannot start on ${join(config.DATA_DIR, 'archive.sqlite')}: ${error.message}`);
    else throw error;
    process.exit(1);
  }
  const app = createApp({
    backend,
    logger,
    version,
    studioToken: config.STUDIO_TOKEN,
    maxBodyMb: config.MAX_BODY_MB,
    staticRoot: process.env.STUDIO_DIST_DIR || 'dist',
    archive,
    archiveHealth: archive,
    rateLimits: { requestsPerMinute: config.RATE_LIMIT_PER_MIN, submitsPerMinute: config.SUBMIT_RATE_LIMIT_PER_MIN },
    maxConcurrentUploads: config.MAX_CONCURRENT_UPLOADS,
    bodyDeadline: { timeoutMs: config.BODY_TIMEOUT_S * 1000, minBytesPerS: config.BODY_MIN_KBPS * 1024, graceMs: DEFAULT_BODY_DEADLINE.graceMs },
    listenHost: config.HOST,
  });
  // Node's own limits, a backstop behind the body deadline: headers must come within 30 s; a whole
  // request (including time queued for an upload slot) gets the body deadline plus 5 minutes.
  const serverOptions = { headersTimeout: 30_000, requestTimeout: config.BODY_TIMEOUT_S * 1000 + 300_000 };
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT, serverOptions }, (info) => {
    const mode = config.mode === 'picpik' ? `PICPIK (${config.PICPIK_API_URL})` : 'local engine (no PICPIK keys set)';
    console.log(`PICPIK Studio on http://${config.HOST}:${info.port} — ${mode}`);
  });
  const stop = () =>
    server.close(() => {
      void backend.close().finally(() => {
        archive.close();
        process.exit(0);
      });
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
