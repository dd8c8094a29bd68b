import type { MiddlewareHandler } from 'hono';
import { studioError } from './errors';
import { RET } from './retCodes';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** host[:port] of an Origin header, or null for "null" and anything unparsable. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Refuses state-changing requests sent by pages of other sites (CSRF): a browser marks them
 * with `Sec-Fetch-Site: cross-site` or an Origin that is not this server. Requests without
 * either header (curl, scripts, the e2e request context) pass; they are no browser forgery.
 * The Origin's host is compared with the Host the client addressed, not the scheme, so a
 * TLS-terminating proxy in front (https outside, http here) still matches.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('Sec-Fetch-Site');
    const origin = c.req.header('Origin');
    const ownHost = new URL(c.req.url).host;
    if (site === 'cross-site' || (origin !== undefined && originHost(origin) !== ownHost)) {
      return studioError(c, 403, RET.forbidden, 'Cross-site requests are refused: send API requests from the studio page itself');
    }
    return next();
  };
}
