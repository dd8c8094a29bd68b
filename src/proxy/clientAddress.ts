import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The peer's socket address. Deliberately not X-Forwarded-For: any client can write that
 * header. Behind a reverse proxy every client therefore shares the proxy's address.
 * `app.request()` in tests has no socket: those requests count as "unknown".
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
