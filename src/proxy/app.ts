import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Backend } from '../core/backend';
import type { Logger } from '../core/logger';
import type { Archive } from '../storage/archive';
import type { ArchiveHealth } from '../storage/archiveHealth';
import { ArchiveUnavailableError } from '../storage/storageErrors';
import { createFilesRoute } from './archive/filesRoute';
import { createHistoryRoute } from './archive/historyRoute';
import { BodyTooSlowError, type BodyDeadline } from './bodyDeadline';
import { requireDesigner, type DesignerVariables } from './designers/designerAuth';
import { createDesignerDirectory } from './designers/designerDirectory';
import { createMeRoute, createUsageRoute } from './designers/designerRoutes';
import { studioError } from './errors';
import { picpikHandler } from './picpikRoute';
import { createTokenBuckets, rateLimit } from './rateLimit';
import { requestLog, type RequestLogVariables } from './requestLog';
import { RET } from './retCodes';
import { loopbackHostOnly } from './loopbackHost';
import { sameOriginWrites } from './sameOrigin';
import { securityHeaders } from './securityHeaders';
import { mountSpa } from './spa';
import { uploadGate } from './uploadGate';

export interface AppOptions {
  backend: Backend;
  logger: Logger;
  version: string;
  studioToken?: string;
  maxBodyMb: number;
  /** Folder with the built SPA; omitted in tests that need only the API. */
  staticRoot?: string;
  /** Results archive; when given, /files, /api/history and /api/usage are served from it, and designers' tokens checked against it. */
  archive?: Archive;
  /** Reports archive failures (disk full, damaged or unreachable database) in /api/health; usually the archive itself. */
  archiveHealth?: ArchiveHealth;
  /** Per-client budgets a minute (0 = unlimited); omitted in tests that need none. */
  rateLimits?: { requestsPerMinute: number; submitsPerMinute: number };
  /** Large request bodies handled at once (MAX_CONCURRENT_UPLOADS); default 4. */
  maxConcurrentUploads?: number;
  /** How long and how slowly a request body may arrive (BODY_TIMEOUT_S, BODY_MIN_KBPS); past it → 408. */
  bodyDeadline?: BodyDeadline;
  /** HOST the server listens on; on loopback only loopback host names are answered. */
  listenHost?: string;
}

/** The whole studio server as a Hono app: tests call `app.request()`, server.ts listens. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const api = new Hono<{ Variables: RequestLogVariables & DesignerVariables }>();
  const limits = options.rateLimits;

  app.use('*', loopbackHostOnly(options.listenHost));
  app.use('*', securityHeaders());
  // Order: log everything (refusals too), then the cheap refusals before any body is read.
  api.use('*', requestLog(options.logger));
  if (limits && limits.requestsPerMinute > 0) api.use('*', rateLimit(createTokenBuckets(limits.requestsPerMinute)));
  api.use('*', sameOriginWrites());
  api.use('*', requireDesigner(options.studioToken, options.archive && createDesignerDirectory(options.archive.index)));
  api.get('/health', (c) => {
    const problem = options.archiveHealth?.problem() ?? null;
    const archive = options.archiveHealth ? { archive: problem ?? 'ok' } : {};
    const storage = options.archive ? { storage: options.archive.index.kind } : {};
    return c.json({ ok: problem === null, mode: options.backend.mode, version: options.version, ...archive, ...storage });
  });
  api.route('/me', createMeRoute());
  api.post(
    '/picpik',
    uploadGate(options.maxConcurrentUploads ?? 4, options.bodyDeadline),
    bodyLimit({
      maxSize: options.maxBodyMb * 1024 * 1024,
      onError: (c) => studioError(c, 413, RET.tooLarge, `The request body is larger than MAX_BODY_MB (${options.maxBodyMb} MB)`),
    }),
    picpikHandler(options.backend, {
      submitLimit: limits && limits.submitsPerMinute > 0 ? createTokenBuckets(limits.submitsPerMinute) : undefined,
    }),
  );
  if (options.archive) {
    api.route('/history', createHistoryRoute(options.archive));
    api.route('/usage', createUsageRoute(options.archive.index));
  }
  api.all('*', (c) => studioError(c, 404, RET.notFound, `No API route ${c.req.method} ${c.req.path}`));

  app.route('/api', api);
  // Outside /api: <img src> cannot send the bearer token, and the names are unguessable content hashes.
  if (options.archive) app.route('/files', createFilesRoute(options.archive));
  app.onError((error, c) => {
    // Disk full or a damaged database: the server stays up and says so, instead of a bare 500.
    if (error instanceof ArchiveUnavailableError) {
      c.header('Retry-After', '30');
      return studioError(c, 503, RET.unavailable, error.message);
    }
    if (error instanceof BodyTooSlowError) return studioError(c, 408, RET.requestTimeout, error.message);
    options.logger.error('unhandled', { path: c.req.path, message: error.message });
    return studioError(c, 500, RET.internal, 'The studio server failed on this request; see its log');
  });
  if (options.staticRoot) mountSpa(app, options.staticRoot);
  return app;
}
