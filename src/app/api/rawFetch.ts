/**
 * One request to the studio server, reduced to what came back: no side effects, so it runs in
 * the page and in the encode worker alike (the worker sends large Generate bodies, keeping the
 * copy of 20 MB off the page's thread). `interpretAnswer` in http.ts turns it into data or an
 * ApiError on the page.
 */
export interface RawAnswer {
  /** 0 when the server could not be reached. */
  status: number;
  text: string;
  retryAfter: string | null;
  /** Why the server could not be reached. */
  networkError?: string;
}

export async function fetchRaw(path: string, init: RequestInit, token: string | null): Promise<RawAnswer> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (cause) {
    // The designer's own abort (a dialog closed) says nothing about the server.
    if (init.signal?.aborted && init.signal.reason instanceof DOMException && init.signal.reason.name === 'AbortError') throw cause;
    return { status: 0, text: '', retryAfter: null, networkError: (cause as Error).message };
  }
  return { status: response.status, text: await response.text(), retryAfter: response.headers.get('Retry-After') };
}
