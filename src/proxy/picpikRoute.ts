import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { normalizeRequest, validateRequest } from '../picpik/actions';
import type { Backend, PicpikRequest } from './backend';
import { studioError } from './errors';
import type { Logger } from './logger';
import { RET } from './retCodes';

/** POST /api/picpik: JSON in, validated per Action, answered by the backend. */
export function picpikHandler(backend: Backend, logger: Logger) {
  return async (c: Context) => {
    const started = performance.now();
    const contentType = c.req.header('Content-Type') ?? '';
    if (!/^application\/json\b/i.test(contentType)) {
      return studioError(c, 415, RET.notJson, `Send the request as JSON (Content-Type: application/json), not "${contentType || 'none'}"`);
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return studioError(c, 400, RET.invalidRequest, 'The request body is not valid JSON');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return studioError(c, 400, RET.invalidRequest, 'The request body must be a JSON object');
    }
    const action = (body as { Action?: unknown }).Action;
    if (action === undefined || action === '') {
      return studioError(c, 400, RET.missingAction, 'Action is required');
    }
    const normalized = normalizeRequest(body as Record<string, unknown>);
    const result = validateRequest(normalized);
    if (!result.ok) {
      const retCode = result.kind === 'unknown-action' ? RET.unknownAction : RET.invalidRequest;
      return studioError(c, 400, retCode, result.message, typeof action === 'string' ? action : '');
    }
    const answer = await backend.handle(normalized as PicpikRequest);
    logger.info('picpik', {
      action: result.action,
      status: answer.status,
      retCode: answer.body.RetCode,
      ms: Math.round(performance.now() - started),
    });
    return c.json(answer.body, answer.status as ContentfulStatusCode);
  };
}
