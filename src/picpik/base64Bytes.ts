/** Bytes read at any offset; `byte` answers -1 past the end. */
export interface ByteSource {
  readonly length: number;
  byte(offset: number): number;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

function digit(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code < 128 ? (VALUE[code] ?? -1) : -1;
}

/**
 * The bytes of a base64 text (from `start`, padding optional), decoded on demand: reading an
 * image header costs a few characters, never a copy of a 10 MB image. Characters outside the
 * alphabet read as 0; the schema has refused such texts before any header is read.
 */
export function base64Bytes(text: string, start = 0): ByteSource {
  let end = text.length;
  while (end > start && text.charCodeAt(end - 1) === 61 /* = */) end--;
  const length = Math.floor(((end - start) * 6) / 8);
  return {
    length,
    byte(offset) {
      if (offset < 0 || offset >= length || !Number.isInteger(offset)) return -1;
      const quad = start + Math.floor(offset / 3) * 4;
      const bits = (at: number) => (at < end ? Math.max(0, digit(text, at)) : 0);
      const word = (bits(quad) << 18) | (bits(quad + 1) << 12) | (bits(quad + 2) << 6) | bits(quad + 3);
      return (word >>> (16 - (offset % 3) * 8)) & 0xff;
    },
  };
}

/** The same interface over bytes already in memory (the server's Buffers, tests). */
export function arrayBytes(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, byte: (offset) => bytes[offset] ?? -1 };
}
