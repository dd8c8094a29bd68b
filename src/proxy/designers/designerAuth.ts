import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { studioError } from '../errors';
import { RET } from '../retCodes';
import type { DesignerDirectory } from './designerDirectory';

/** Compares hashes so neither the length nor the content leaks through timing. */
export function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Set on every /api request: who sent it (null: the shared STUDIO_TOKEN, or an open studio). */
export type DesignerVariables = { designer: string | null };

/**
 * Who may use the studio: with STUDIO_TOKEN set or any designer registered (npm run user:add),
 * every /api request needs `Authorization: Bearer <token>`, either the shared STUDIO_TOKEN or a
 * designer's own token; the designer's name goes with the request into the archive. With
 * neither, the studio is open, as before.
 */
export function requireDesigner(studioToken: string | undefined, directory: DesignerDirectory | undefined): MiddlewareHandler<{ Variables: DesignerVariables }> {
  return async (c, next) => {
    c.set('designer', null);
    const required = Boolean(studioToken) || (directory ? await directory.anyDesigners() : false);
    if (!required) return next();
    const match = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '');
    if (!match) return studioError(c, 401, RET.unauthorized, 'This studio needs an access token: send Authorization: Bearer <your designer token or STUDIO_TOKEN>');
    const token = match[1]!.trim();
    if (studioToken && tokenMatches(token, studioToken)) return next();
    const designer = directory ? await directory.designerOf(token) : null;
    if (designer === null) return studioError(c, 401, RET.unauthorized, 'The access token is wrong');
    c.set('designer', designer);
    return next();
  };
}
