import type { Context, MiddlewareHandler } from 'hono';
import { clientAddress } from './clientAddress';
import type { Logger } from '../core/logger';

/** What handlers tell the request log (set with `c.set`); never bodies. */
export type RequestLogVariables = { action: string; retCode: number };

/** Only the fields a handler stored; they are known-safe metadata. */
function handlerFields(c: Context): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const action: unknown = c.get('action');
  const retCode: unknown = c.get('retCode');
  if (typeof action === 'string') fields.action = action;
  if (typeof retCode === 'number') fields.retCode = retCode;
  return fields;
}

/**
 * One line per API request: method, path (no query string), Action, status, RetCode, time,
 * client address and body size. Never a body, header value, token or key: image bodies are
 * megabytes, and tokens in a log outlive their rotation.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const declared = Number(c.req.header('Content-Length'));
    logger.info('request', {
      method: c.req.method,
      path: c.req.path.slice(0, 200),
      ...handlerFields(c),
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      ip: clientAddress(c),
      bytes: Number.isFinite(declared) ? declared : null,
    });
  };
}
