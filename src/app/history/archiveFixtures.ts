/** Test helpers: a request archived the way src/proxy/archive/requestParams.ts does it. */

const IMAGE_LISTS = ['ImageAndMaskList', 'ImageList'];

/** A stand-in sha256 for an image text: 64 hex digits derived from its characters. */
export function fakeHash(image: string): string {
  let h = 0;
  for (const char of image) h = (h * 31 + char.charCodeAt(0)) >>> 0;
  return h.toString(16).padStart(8, '0').repeat(8);
}

const ref = (image: string) => ({ Hash: fakeHash(image), Bytes: image.length });

/** Credentials, Action and request_uuid dropped; image bodies replaced by `{ Hash, Bytes }`. */
export function archiveRequest(request: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (['Action', 'request_uuid', 'PublicKey', 'Signature'].includes(key)) continue;
    if (IMAGE_LISTS.includes(key) && Array.isArray(value)) params[key] = { Count: value.length, Images: value.map((image: string) => ref(image)) };
    else if (key === 'ControlNetParams' && Array.isArray(value)) params[key] = value.map((unit: Record<string, unknown>) => ({ ...unit, ControlNetImg: ref(String(unit.ControlNetImg)) }));
    else params[key] = value;
  }
  return params;
}

/** The /files/ URL the archive serves an input image under. */
export const fileUrl = (image: string) => `/files/${fakeHash(image)}.png`;
