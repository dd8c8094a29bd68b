import sharp from 'sharp';

/** Ways a result download goes wrong, for fault tests. */
export type ImageFault =
  | 'http500' // the host fails
  | 'hang' // headers never come: the download's time limit fires
  | 'truncated' // half a PNG under the full Content-Length
  | 'incomplete' // half a PNG without Content-Length: only its missing end shows it
  | 'wrongType'; // an HTML page where an image should be

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
  add(path: string, respond: (request: Request) => Response | Promise<Response>): string;
  /** Serves a fault at `path`; returns its absolute URL. */
  addFault(path: string, fault: ImageFault): string;
}

/** A small solid-colour PNG made by sharp: real bytes that decode. */
export function fakePng(width = 8, height = 8, color = '#3366cc'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer();
}

/** Never answers; rejects the way fetch does when the caller's signal aborts. */
function hang(request: Request): Promise<Response> {
  return new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason as Error)));
}

async function faultResponse(fault: ImageFault, request: Request): Promise<Response> {
  const png = await fakePng(32, 32, '#884422');
  const half = new Uint8Array(png.subarray(0, png.length >> 1));
  switch (fault) {
    case 'http500':
      return new Response('internal error', { status: 500 });
    case 'hang':
      return hang(request);
    case 'truncated':
      return new Response(half, { headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length) } });
    case 'incomplete':
      return new Response(half, { headers: { 'Content-Type': 'image/png' } });
    case 'wrongType':
      return new Response('<html><body>Please sign in</body></html>', { headers: { 'Content-Type': 'text/html' } });
  }
}

export function createFakeImageHost(host = 'results.picpik.test'): FakeImageHost {
  const routes = new Map<string, (request: Request) => Response | Promise<Response>>();
  const requests: string[] = [];
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.url);
    const url = new URL(request.url);
    const respond = url.host === host ? routes.get(url.pathname) : undefined;
    return respond ? respond(request) : new Response('not found', { status: 404 });
  }) as typeof fetch;
  const add = (path: string, respond: (request: Request) => Response | Promise<Response>) => {
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
    addFault(path, fault) {
      return add(path, (request) => faultResponse(fault, request));
    },
  };
}
