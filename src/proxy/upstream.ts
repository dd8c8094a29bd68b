import { randomUUID } from 'node:crypto';
import { isGenerationAction } from '../picpik/actions';
import { dropNulls } from '../picpik/signature';
import type { Backend, BackendAnswer, PicpikRequest } from '../core/backend';
import { RET } from './retCodes';
import { signRequest } from './sign';

export interface UpstreamOptions {
  apiUrl: string;
  publicKey: string;
  privateKey: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  /** Pause before the one retry of a read-only query (default 250 ms). */
  retryDelayMs?: number;
}

/**
 * Read-only queries: asking twice changes nothing at PICPIK, so a network error or a 502/503
 * gets one retry. Submissions are never retried here (a lost answer may still have started a
 * paid task); the client retries them with the same request_uuid, which the studio deduplicates.
 */
const RETRYABLE_ACTIONS = new Set(['ListTasksDetails', 'ListModels', 'ListControlNets', 'GetCreditBalance', 'ListRunningTasks']);
const RETRYABLE_STATUSES = new Set([502, 503]);

type Attempt = { answer: BackendAnswer; retryable: boolean };

function failure(status: number, retCode: number, action: string, message: string): BackendAnswer {
  return { status, body: { RetCode: retCode, Action: action, Message: message } };
}

/** Builds the exact body PICPIK receives: client credentials dropped, ours added, then signed. */
export function signedBody(request: PicpikRequest, publicKey: string, privateKey: string): Record<string, unknown> {
  const { PublicKey: _clientKey, Signature: _clientSignature, ...fields } = request;
  const body = dropNulls({ ...fields, PublicKey: publicKey, request_uuid: fields.request_uuid ?? randomUUID() });
  return { ...body, Signature: signRequest(body, privateKey) };
}

/** Forwards signed requests to PICPIK; outgoing headers are built from scratch. */
export function createUpstreamBackend(options: UpstreamOptions): Backend {
  const doFetch = options.fetch ?? fetch;
  const host = new URL(options.apiUrl).host;
  const tooSlow = (action: string) => failure(504, RET.upstreamTimeout, action, `PICPIK (${host}) did not answer within ${options.timeoutMs / 1000} s`);
  const bad = (action: string, message: string) => failure(502, RET.upstreamBad, action, `PICPIK (${host}) ${message}`);

  async function attempt(action: string, payload: string): Promise<Attempt> {
    let response: Response;
    try {
      response = await doFetch(options.apiUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': 'picpik-studio' },
        body: payload,
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { answer: tooSlow(action), retryable: false };
      return { answer: bad(action, `cannot be reached: ${(error as Error).message}`), retryable: true };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      return { answer: timedOut ? tooSlow(action) : bad(action, `broke off its answer: ${(error as Error).message}`), retryable: !timedOut };
    }
    if (response.status >= 500) return { answer: bad(action, `answered HTTP ${response.status}`), retryable: RETRYABLE_STATUSES.has(response.status) };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { answer: bad(action, `answered HTTP ${response.status} with a body that is not JSON`), retryable: false };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { answer: bad(action, 'answered with JSON that is not an object'), retryable: false };
    }
    const body = parsed as Record<string, unknown>;
    if (body.RetCode === 0 && isGenerationAction(action) && (typeof body.TaskUID !== 'string' || body.TaskUID === '')) {
      return { answer: bad(action, 'accepted the task but its answer has no TaskUID'), retryable: false };
    }
    return { answer: { status: response.ok ? 200 : response.status, body }, retryable: false };
  }

  return {
    mode: 'picpik',
    async handle(request) {
      const serialise = () => JSON.stringify(signedBody(request, options.publicKey, options.privateKey));
      // A submission is sent once and its (possibly 10 MB) text is not kept while PICPIK works.
      if (!RETRYABLE_ACTIONS.has(request.Action)) return (await attempt(request.Action, serialise())).answer;
      // Queries are small: serialised once, the retry sends the same bytes (same request_uuid).
      const payload = serialise();
      const first = await attempt(request.Action, payload);
      if (!first.retryable) return first.answer;
      await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 250));
      return (await attempt(request.Action, payload)).answer;
    },
  };
}
