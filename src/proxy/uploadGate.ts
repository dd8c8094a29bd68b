import type { MiddlewareHandler } from 'hono';
import { limitConcurrency } from './archive/limitConcurrency';

/** Bodies above this are "uploads" (base64 images); queries and polls stay far below it. */
export const UPLOAD_BYTES = 1024 * 1024;

/**
 * Lets at most `max` large request bodies be read, parsed and forwarded at once; later ones
 * wait their turn unread, held back by TCP flow control. Each 10 MB submission costs several
 * copies of itself while PICPIK answers (parsed JSON, the signed text, fetch's encoded bytes),
 * so without this the server's memory grows with the number of clients uploading at once.
 * A body of unknown length (chunked) counts as large.
 */
export function uploadGate(max: number): MiddlewareHandler {
  const limit = limitConcurrency(max);
  return async (c, next) => {
    const declared = Number(c.req.header('Content-Length') ?? NaN);
    if (declared <= UPLOAD_BYTES) return next();
    await limit(next);
  };
}
