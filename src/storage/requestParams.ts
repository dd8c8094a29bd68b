import { createHash } from 'node:crypto';
import { LIST_LIMITS, MAX_PARAMS_BYTES } from '../picpik/requestLimits';

/** What an image body is replaced by in archived params: enough to find the input file again. */
export interface ImageRef {
  Hash: string;
  Bytes: number;
}

/** Fields never archived: credentials, and those with their own column. */
const DROPPED_FIELDS = ['PublicKey', 'Signature', 'Action', 'request_uuid'];
const IMAGE_LIST_FIELDS = ['ImageAndMaskList', 'ImageList'];

const DATA_URI = /^data:([^;,]+)(?:;[^,;]+=[^,;]+)*;base64,/i;

/** Decodes a `data:image/…;base64,` URI or bare base64 into bytes and the declared MIME type. */
export function decodeImageText(text: string): { bytes: Buffer; mime: string | undefined } {
  const prefix = DATA_URI.exec(text);
  return { bytes: Buffer.from(text.slice(prefix?.[0].length ?? 0), 'base64'), mime: prefix?.[1] };
}

/** Base64 characters decoded per step: a multiple of 4, so every chunk decodes on its own. */
const CHUNK_CHARS = 1 << 20;

/**
 * The sha256 and size of the bytes a base64 image text decodes to, decoded a chunk at a time:
 * a 10 MB image costs 1 MB of scratch memory instead of a 7.5 MB buffer. Equals hashing
 * decodeImageText(text).bytes for the base64 the schema admits (no whitespace, padding last).
 */
export function imageRefOf(text: string): ImageRef {
  const start = DATA_URI.exec(text)?.[0].length ?? 0;
  const hash = createHash('sha256');
  let bytes = 0;
  for (let at = start; at < text.length; at += CHUNK_CHARS) {
    const part = Buffer.from(text.slice(at, Math.min(text.length, at + CHUNK_CHARS)), 'base64');
    hash.update(part);
    bytes += part.length;
  }
  return { Hash: hash.digest('hex'), Bytes: bytes };
}

function imageRef(text: unknown): ImageRef | unknown {
  return typeof text === 'string' ? imageRefOf(text) : text;
}

/**
 * The input images of a request in a fixed order: ImageAndMaskList, ImageList, RawImage,
 * then each legacy ControlNetParams[i].ControlNetImg. saveInputImages stores them in this order.
 */
export function inputImagesOf(request: Record<string, unknown>): string[] {
  const images: unknown[] = [];
  for (const field of IMAGE_LIST_FIELDS) {
    if (Array.isArray(request[field])) images.push(...(request[field] as unknown[]));
  }
  images.push(request.RawImage);
  if (Array.isArray(request.ControlNetParams)) {
    for (const unit of request.ControlNetParams as unknown[]) images.push((unit as { ControlNetImg?: unknown } | null)?.ControlNetImg);
  }
  return images.filter((image): image is string => typeof image === 'string' && image !== '');
}

/**
 * Largest params JSON one /api/history row carries. Requests are validated to at most
 * MAX_PARAMS_BYTES besides their images, which become `{ Hash, Bytes }` refs (~100 bytes each);
 * rows archived before these limits may be larger and are summarised instead.
 */
export const MAX_HISTORY_PARAMS_BYTES = MAX_PARAMS_BYTES + (LIST_LIMITS.images + LIST_LIMITS.controlNetUnits + 1) * 128;

/** The params a history row serves: as archived, or, when too large, only what they were. */
export function paramsForHistory(params: Record<string, unknown>): Record<string, unknown> {
  const bytes = Buffer.byteLength(JSON.stringify(params));
  if (bytes <= MAX_HISTORY_PARAMS_BYTES) return params;
  return { Omitted: `The parameters of this task are ${Math.ceil(bytes / 1024)} KB, more than the ${MAX_HISTORY_PARAMS_BYTES / 1024} KB a history row carries` };
}

/** Keyed by request object, so it lives exactly as long as the request; requests are not mutated after validation. */
const paramsCache = new WeakMap<Record<string, unknown>, Record<string, unknown>>();

/**
 * The request parameters as archived: no credentials, and image bodies replaced by their
 * hash and size (lists become `{ Count, Images: [{ Hash, Bytes }] }`, single images
 * `{ Hash, Bytes }`), so history stays small yet every input can be found by hash.
 */
export function archivedParams(request: Record<string, unknown>): Record<string, unknown> {
  // One request passes idempotency check, archive record and history: hash its images once.
  const known = paramsCache.get(request);
  if (known) return known;
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (DROPPED_FIELDS.includes(key)) continue;
    if (IMAGE_LIST_FIELDS.includes(key) && Array.isArray(value)) {
      params[key] = { Count: value.length, Images: value.map(imageRef) };
    } else if (key === 'RawImage') {
      params[key] = imageRef(value);
    } else if (key === 'ControlNetParams' && Array.isArray(value)) {
      params[key] = value.map((unit: unknown) =>
        unit !== null && typeof unit === 'object' && 'ControlNetImg' in unit
          ? { ...unit, ControlNetImg: imageRef((unit as { ControlNetImg: unknown }).ControlNetImg) }
          : unit,
      );
    } else {
      params[key] = value;
    }
  }
  paramsCache.set(request, params);
  return params;
}
