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

/** The only place the SPA calls fetch: adds the token, turns errors into ApiError. */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<unknown> {
  const headers = new Headers(init.headers);
  const token = readToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(`The studio server cannot be reached (${(cause as Error).message})`, 0);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(`The studio server answered ${response.status} with a body that is not JSON`, response.status);
  }
  const message = (body as { Message?: string } | null)?.Message;
  const retCode = (body as { RetCode?: number } | null)?.RetCode;
  if (response.status === 401) {
    // Tell the sign-in prompt whether a token was sent (then it was wrong) or none was.
    window.dispatchEvent(new CustomEvent(AUTH_REQUIRED_EVENT, { detail: { tokenWasSent: readToken() !== null } }));
    forgetToken();
  }
  if (!response.ok) throw new ApiError(message ?? `HTTP ${response.status}`, response.status, retCode, response.headers.get('Retry-After'));
  return body;
}
