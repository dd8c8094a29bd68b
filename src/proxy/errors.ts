import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The studio's own errors travel in PICPIK's shape so the SPA handles one format. */
export function studioError(c: Context, status: ContentfulStatusCode, retCode: number, message: string, action = '') {
  return c.json({ RetCode: retCode, Action: action, Message: message }, status);
}
