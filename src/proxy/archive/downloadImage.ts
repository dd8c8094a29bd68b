import sharp from 'sharp';
import { IMAGE_TYPES, isImageComplete, sniffImageExt, type ImageExt } from '../../storage/imageFiles';

export interface DownloadOptions {
  fetch: typeof fetch;
  maxBytes: number;
  timeoutMs: number;
  /** Runs before fetching; throws to refuse the host (see privateHosts.ts). */
  checkHost?: (hostname: string) => Promise<void>;
}

/** Why a result image could not be fetched; the message names the URL without its query. */
export class DownloadError extends Error {}

const MAX_REDIRECTS = 3;
/** Results are at most 2560 px a side; 8192² leaves room for upscaled results and caps the decode. */
export const MAX_RESULT_PIXELS = 8192 * 8192;
const SHARP_FORMATS: Record<ImageExt, string> = { png: 'png', jpg: 'jpeg', webp: 'webp' };
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Origin and path only: result URLs may carry signed query parameters, which stay out of logs. */
export function describeUrl(url: URL | string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(not a URL)';
  }
}

function httpUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new DownloadError(`"${describeUrl(text)}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DownloadError(`${url.protocol} URLs are not downloaded (only http and https)`);
  return url;
}

async function readLimited(response: Response, maxBytes: number, where: string): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new DownloadError(`${where} is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

async function fetchFollowingSameHost(url: URL, options: DownloadOptions, signal: AbortSignal): Promise<Response> {
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const response = await options.fetch(current, {
      redirect: 'manual',
      signal,
      headers: { Accept: 'image/png, image/jpeg, image/webp, image/*', 'User-Agent': 'picpik-studio' },
    });
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    await response.body?.cancel();
    if (redirects === MAX_REDIRECTS) throw new DownloadError(`${describeUrl(url)} redirected more than ${MAX_REDIRECTS} times`);
    const location = response.headers.get('Location');
    if (!location) throw new DownloadError(`${describeUrl(current)} redirected without a Location`);
    const next = httpUrl(location, current);
    // Only the host PICPIK named is trusted; a redirect elsewhere could point into our own network.
    if (next.host !== url.host) throw new DownloadError(`refused a redirect from ${url.host} to another host (${next.host})`);
    current = next;
  }
}

/**
 * Decodes every pixel (libvips, sequentially, at most MAX_RESULT_PIXELS): a file whose magic
 * bytes and end marker look right but whose inside is not an image (an HTML page ending in a
 * PNG IEND chunk) fails here instead of being archived and served as image/png.
 */
async function assertDecodes(bytes: Buffer, ext: ImageExt, where: string): Promise<void> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_RESULT_PIXELS, sequentialRead: true });
    const { format } = await image.metadata();
    if (format !== SHARP_FORMATS[ext]) throw new Error(`its header says ${format ?? 'nothing known'}`);
    await image.stats();
  } catch (error) {
    throw new DownloadError(`${where} is not a decodable ${ext.toUpperCase()} image (${(error as Error).message.split('\n')[0]})`);
  }
}

/**
 * Fetches one result image: http(s) only, at most 3 redirects and only on the same host,
 * at most `maxBytes` (by Content-Length and by counting), and it must be a whole PNG, JPEG
 * or WEBP (its magic bytes, whatever the Content-Type; all the bytes the header announced; the
 * file's own end marker; every pixel decodes). `checkHost` refuses hosts on private networks before any request.
 */
export async function downloadImage(urlText: string, options: DownloadOptions): Promise<{ bytes: Buffer; mime: string }> {
  const url = httpUrl(urlText);
  const where = describeUrl(url);
  if (options.checkHost) {
    // Redirects stay on this host, so one check covers every hop.
    await options.checkHost(url.hostname).catch((error: Error) => {
      throw new DownloadError(`${where}: ${error.message}`);
    });
  }
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetchFollowingSameHost(url, options, signal);
    if (response.type === 'opaqueredirect') throw new DownloadError(`${where} answered a redirect that cannot be followed`);
    if (!response.ok) {
      await response.body?.cancel();
      throw new DownloadError(`${where} answered HTTP ${response.status}`);
    }
    const declaredLength = Number(response.headers.get('Content-Length') ?? NaN);
    if (declaredLength > options.maxBytes) {
      await response.body?.cancel();
      throw new DownloadError(`${where} is ${declaredLength} bytes, more than ${options.maxBytes}`);
    }
    const bytes = await readLimited(response, options.maxBytes, where);
    // With Content-Encoding the header counts compressed bytes, which fetch has already inflated.
    if (!response.headers.has('Content-Encoding') && bytes.length < declaredLength) throw new DownloadError(`${where} was cut short: ${bytes.length} of ${declaredLength} bytes`);
    const contentType = response.headers.get('Content-Type') ?? '';
    // The bytes decide, never the label: an image/png Content-Type on an HTML page is still HTML.
    const ext = sniffImageExt(bytes);
    if (!ext) throw new DownloadError(`${where} is not a PNG, JPEG or WEBP image (Content-Type: ${contentType || 'none'})`);
    if (!isImageComplete(bytes, ext)) throw new DownloadError(`${where} is an incomplete ${ext.toUpperCase()} file (truncated)`);
    await assertDecodes(bytes, ext, where);
    return { bytes, mime: IMAGE_TYPES[ext] };
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new DownloadError(`${where} did not finish within ${options.timeoutMs / 1000} s`);
    }
    throw new DownloadError(`${where} cannot be fetched: ${(error as Error).message}`);
  }
}
