import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createConsoleLogger } from '../core/logger';
import { withArchiveHealth } from '../storage/archiveHealth';
import { openStorage } from '../storage/openStorage';
import { storageConfigOf } from '../storage/storageEnv';
import { ArchiveOpenError, ArchiveUnavailableError } from '../storage/storageErrors';
import { createApp } from './app';
import { DEFAULT_BODY_DEADLINE } from './bodyDeadline';
import { createBackend } from './createBackend';
import { ConfigError, loadEnvFile, parseConfig } from './config';

/** How long requests in flight may take to finish when the server is asked to stop. */
const STOP_GRACE_MS = 2_000;

/** Entry point: read the environment, open the storage, build the app, listen. */
async function main(): Promise<void> {
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
  // SQLite + DATA_DIR (created when missing), or PostgreSQL with DATABASE_URL (migrated first).
  // A damaged or lost index, or a database that cannot be reached, stops the start with one line.
  let archive, backend;
  try {
    archive = withArchiveHealth(await openStorage({ ...storageConfigOf(config), logger }), logger);
    backend = createBackend(config, archive, logger);
  } catch (error) {
    if (error instanceof ArchiveOpenError) console.error(error.message);
    else if (error instanceof ArchiveUnavailableError) console.error(`Cannot start on ${config.DATABASE_URL ? 'the database in DATABASE_URL' : config.DATA_DIR}: ${error.message}`);
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
    const storage = config.DATABASE_URL ? `, shared storage in PostgreSQL (${archive.location})` : '';
    console.log(`PICPIK Studio on http://${config.HOST}:${info.port} — ${mode}${storage}`);
  });
  const http = server as Server;
  const stop = () => {
    http.close(() => {
      // Running local tasks go back on the queue before the storage closes.
      void backend
        .close()
        .finally(() => archive.close())
        .finally(() => process.exit(0));
    });
    // Browsers keep connections alive (health checks, polling): close the idle ones now and
    // give requests in flight a moment, so a stop never waits for a client to hang up.
    http.closeIdleConnections();
    setTimeout(() => http.closeAllConnections(), STOP_GRACE_MS).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
