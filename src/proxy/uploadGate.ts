import type { MiddlewareHandler } from 'hono';
import { limitConcurrency } from './archive/limitConcurrency';
import { DEFAULT_BODY_DEADLINE, guardRequestBody, type BodyDeadline } from './bodyDeadline';
import { studioError } from './errors';
import { RET } from './retCodes';

/** Bodies above this are "uploads" (base64 images); queries and polls stay far below it. */
export const UPLOAD_BYTES = 1024 * 1024;

/**
 * Lets at most `max` large request bodies be read, parsed and forwarded at once; later ones
 * wait their turn unread, held back by TCP flow control. Each 10 MB submission costs several
 * copies of itself while PICPIK answers (parsed JSON, the signed text, fetch's encoded bytes),
 * so without this the server's memory grows with the number of clients uploading at once.
 * A body of unknown length (chunked) counts as large.
 *
 * Every body must also arrive within `deadline` (time and minimum rate, counted from when it is
 * read, not while it waits), so a few slow senders cannot hold the slots: past it the answer is
 * 408, the slot goes to the next upload and the connection is closed.
 */
export function uploadGate(max: number, deadline: BodyDeadline = DEFAULT_BODY_DEADLINE): MiddlewareHandler {
  const limit = limitConcurrency(max);
  return async (c, next) => {
    const declared = Number(c.req.header('Content-Length') ?? NaN);
    const handle = async () => {
      const body = guardRequestBody(c, deadline);
      try {
        await next();
      } catch (error) {
        if (!body.failure()) throw error;
      }
      const failure = body.failure();
      if (failure) {
        c.res = studioError(c, 408, RET.requestTimeout, failure.message);
        c.res.headers.set('Connection', 'close');
      }
    };
    if (declared <= UPLOAD_BYTES) return handle();
    await limit(handle);
  };
}
