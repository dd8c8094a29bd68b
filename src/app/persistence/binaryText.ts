/** Bytes ↔ base64 and data URI ↔ Blob without a DOM, so the codecs run in Node tests too. */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/** Throws on text that is not base64, so a damaged file is reported instead of decoded to garbage. */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw new Error('is not base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const DATA_URI = /^data:([^;,]+)((?:;[^;,]+)*?)(;base64)?,/i;

export function dataUriToBlob(dataUri: string): Blob {
  const head = DATA_URI.exec(dataUri);
  if (!head) throw new Error('is not a data URI');
  const body = dataUri.slice(head[0].length);
  const bytes = head[3] ? base64ToBytes(body) : new TextEncoder().encode(decodeURIComponent(body));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: head[1] });
}

export async function blobToDataUri(blob: Blob, mimeType = blob.type || 'application/octet-stream'): Promise<string> {
  return `data:${mimeType};base64,${bytesToBase64(new Uint8Array(await blob.arrayBuffer()))}`;
}
