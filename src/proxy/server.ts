import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { openArchive } from './archive/archiveStore';
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
  // openArchive creates DATA_DIR and its files/ folder when they are missing.
  const archive = openArchive(config.DATA_DIR);
  const backend = createBackend(config, archive, logger);
  const app = createApp({
    backend,
    logger,
    version,
    studioToken: config.STUDIO_TOKEN,
    maxBodyMb: config.MAX_BODY_MB,
    staticRoot: process.env.STUDIO_DIST_DIR || 'dist',
    archive,
    rateLimits: { requestsPerMinute: config.RATE_LIMIT_PER_MIN, submitsPerMinute: config.SUBMIT_RATE_LIMIT_PER_MIN },
    maxConcurrentUploads: config.MAX_CONCURRENT_UPLOADS,
    listenHost: config.HOST,
  });
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
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
