import { sha256Hex } from './imageFiles';

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

function imageRef(text: unknown): ImageRef | unknown {
  if (typeof text !== 'string') return text;
  const { bytes } = decodeImageText(text);
  return { Hash: sha256Hex(bytes), Bytes: bytes.length };
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
 * The request parameters as archived: no credentials, and image bodies replaced by their
 * hash and size (lists become `{ Count, Images: [{ Hash, Bytes }] }`, single images
 * `{ Hash, Bytes }`), so history stays small yet every input can be found by hash.
 */
export function archivedParams(request: Record<string, unknown>): Record<string, unknown> {
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
  return params;
}
