import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { studioError } from './errors';
import { RET } from './retCodes';

/** Compares hashes so neither the length nor the content leaks through timing. */
export function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** With STUDIO_TOKEN set, every /api request needs `Authorization: Bearer <token>`. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return next();
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) return studioError(c, 401, RET.unauthorized, 'This studio needs an access token: send Authorization: Bearer <STUDIO_TOKEN>');
    if (!tokenMatches(match[1]!.trim(), token)) return studioError(c, 401, RET.unauthorized, 'The access token is wrong');
    return next();
  };
}
