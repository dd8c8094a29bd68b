import type { MiddlewareHandler } from 'hono';
import { studioError } from './errors';
import { RET } from './retCodes';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || host.startsWith('127.');
}

/**
 * A studio listening only on loopback answers only requests addressed to a loopback name.
 * This defeats DNS rebinding: a web page whose name is made to resolve to 127.0.0.1 would
 * otherwise be "same origin" with the studio and could spend the owner's credits.
 */
export function loopbackHostOnly(listenHost: string | undefined): MiddlewareHandler {
  const enforce = listenHost !== undefined && isLoopbackHost(listenHost);
  return async (c, next) => {
    if (!enforce) return next();
    const hostname = new URL(c.req.url).hostname;
    if (isLoopbackHost(hostname)) return next();
    return studioError(c, 403, RET.forbidden, `This studio listens on ${listenHost} and answers only requests addressed to it (got host "${hostname}")`);
  };
}
