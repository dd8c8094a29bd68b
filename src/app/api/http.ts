import { reportReachable, reportUnreachable } from './connection';
import { fetchRaw, type RawAnswer } from './rawFetch';
import { forgetToken, readToken } from './token';

/**
 * Thrown for any non-OK answer; `status` 401 means the studio token is missing or wrong,
 * 0 that the server could not be reached. `retryAfter` is the Retry-After header as sent.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retCode?: number,
    readonly retryAfter?: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const AUTH_REQUIRED_EVENT = 'picpik-studio:auth-required';

/** The only place the SPA calls fetch (with rawFetch.ts): adds the token, turns errors into ApiError. */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<unknown> {
  const token = readToken();
  return interpretAnswer(await fetchRaw(path, init, token), token !== null);
}

/**
 * What an answer means for the page: the connection state, the sign-in prompt on 401, and the
 * body as data, or an ApiError carrying the server's Message.
 */
export function interpretAnswer(answer: RawAnswer, tokenWasSent: boolean): unknown {
  if (answer.status === 0) {
    const message = `The studio server cannot be reached (${answer.networkError ?? 'no answer'})`;
    reportUnreachable(message);
    throw new ApiError(message, 0);
  }
  reportReachable();
  let body: unknown;
  try {
    body = answer.text ? JSON.parse(answer.text) : null;
  } catch {
    throw new ApiError(`The studio server answered ${answer.status} with a body that is not JSON`, answer.status);
  }
  const message = (body as { Message?: string } | null)?.Message;
  const retCode = (body as { RetCode?: number } | null)?.RetCode;
  if (answer.status === 401) {
    // Tell the sign-in prompt whether a token was sent (then it was wrong) or none was.
    window.dispatchEvent(new CustomEvent(AUTH_REQUIRED_EVENT, { detail: { tokenWasSent } }));
    forgetToken();
  }
  if (answer.status < 200 || answer.status > 299) throw new ApiError(message ?? `HTTP ${answer.status}`, answer.status, retCode, answer.retryAfter);
  return body;
}
