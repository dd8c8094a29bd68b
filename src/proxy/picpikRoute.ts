import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isGenerationAction, normalizeRequest, validateRequest } from '../picpik/actions';
import { findJsonHazard } from '../picpik/jsonGuard';
import type { Backend, PicpikRequest } from '../core/backend';
import { clientAddress } from './clientAddress';
import { studioError } from './errors';
import { parseJsonBody } from './jsonBody';
import { tooManyRequests, type TokenBuckets } from './rateLimit';
import type { DesignerVariables } from './designers/designerAuth';
import type { RequestLogVariables } from './requestLog';
import { RET } from './retCodes';

export interface PicpikRouteOptions {
  /** Extra per-client budget for task submissions (SUBMIT_RATE_LIMIT_PER_MIN); absent: none. */
  submitLimit?: TokenBuckets;
}

function actionName(body: object): string {
  const action = (body as { Action?: unknown }).Action;
  return typeof action === 'string' ? action.slice(0, 100) : '';
}

/** POST /api/picpik: JSON in, validated per Action, answered by the backend. */
export function picpikHandler(backend: Backend, options: PicpikRouteOptions = {}) {
  return async (c: Context<{ Variables: RequestLogVariables & DesignerVariables }>) => {
    const contentType = c.req.header('Content-Type') ?? '';
    if (!/^application\/json\b/i.test(contentType)) {
      return studioError(c, 415, RET.notJson, `Send the request as JSON (Content-Type: application/json), not "${contentType.slice(0, 100) || 'none'}"`);
    }
    // Not c.req.json(): Hono keeps the body text cached for the whole request, a second copy
    // of every megabyte of base64 while the request waits for PICPIK. Here the text is garbage once parsed.
    const parsed = parseJsonBody(await c.req.raw.text());
    if (!parsed.ok) return studioError(c, 400, RET.invalidRequest, parsed.message);
    const body = parsed.value;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return studioError(c, 400, RET.invalidRequest, 'The request body must be a JSON object');
    }
    // Before normalizeRequest copies the body: a "__proto__" key would become a prototype there.
    // (Unsafe numbers are refused by validateRequest, after the schema's own range messages.)
    const hazard = findJsonHazard(body);
    if (hazard?.kind === 'structure') return studioError(c, 400, RET.invalidRequest, hazard.message, actionName(body));
    const action = (body as { Action?: unknown }).Action;
    if (action === undefined || action === '') {
      return studioError(c, 400, RET.missingAction, 'Action is required');
    }
    const normalized = normalizeRequest(body as Record<string, unknown>);
    const result = validateRequest(normalized);
    if (!result.ok) {
      const retCode = result.kind === 'unknown-action' ? RET.unknownAction : RET.invalidRequest;
      return studioError(c, 400, retCode, result.message, actionName(body));
    }
    c.set('action', result.action);
    if (options.submitLimit && isGenerationAction(result.action)) {
      const taken = options.submitLimit.take(clientAddress(c));
      if (!taken.ok) return tooManyRequests(c, taken.retryAfterS, 'task submissions', 'SUBMIT_RATE_LIMIT_PER_MIN', options.submitLimit.perMinute, result.action);
    }
    // Who sent it goes with the request into the archive (null: shared token or an open studio).
    const answer = await backend.handle(normalized as PicpikRequest, { designer: c.get('designer') ?? null });
    if (typeof answer.body.RetCode === 'number') c.set('retCode', answer.body.RetCode);
    return c.json(answer.body, answer.status as ContentfulStatusCode);
  };
}
