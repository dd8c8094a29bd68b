import sharp from 'sharp';

/**
 * A stand-in for the host PICPIK serves result images from, for tests only. Paths answer
 * what was registered (real PNG bytes by default); `requests` lists every URL asked for.
 */
export interface FakeImageHost {
  readonly host: string;
  fetch: typeof fetch;
  requests: string[];
  /** Serves a real PNG at `path`; returns its absolute URL and bytes. */
  addPng(path: string, options?: { width?: number; height?: number; color?: string }): Promise<{ url: string; bytes: Buffer }>;
  /** Serves whatever `respond` returns at `path` (redirects, errors, odd bodies). */
  add(path: string, respond: () => Response | Promise<Response>): string;
}

/** A small solid-colour PNG made by sharp: real bytes that decode. */
export function fakePng(width = 8, height = 8, color = '#3366cc'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer();
}

export function createFakeImageHost(host = 'results.picpik.test'): FakeImageHost {
  const routes = new Map<string, () => Response | Promise<Response>>();
  const requests: string[] = [];
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.url);
    const url = new URL(request.url);
    const respond = url.host === host ? routes.get(url.pathname) : undefined;
    return respond ? respond() : new Response('not found', { status: 404 });
  }) as typeof fetch;
  const add = (path: string, respond: () => Response | Promise<Response>) => {
    routes.set(path, respond);
    return `https://${host}${path}`;
  };
  return {
    host,
    fetch: fakeFetch,
    requests,
    add,
    async addPng(path, options = {}) {
      const bytes = await fakePng(options.width, options.height, options.color);
      const url = add(path, () => new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/png' } }));
      return { url, bytes };
    },
  };
}
