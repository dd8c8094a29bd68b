/**
 * Thin sharp wrappers: the only place in this folder that touches encoded bytes.
 * Everything else works on Raster / Mask.
 */
import sharp from 'sharp';
import type { Mask, Raster } from './raster';

/**
 * The most pixels an input may have (4096 × 4096, 16.8 MP). Requests are generated at most
 * 2560 a side, so larger inputs only cost memory: a 16000 × 16000 PNG of 31 KB would need
 * 1 GB as RGBA and several GB in the algorithms. Typed arrays live outside the worker's V8
 * heap limit, so this cap is what bounds a task's pixel memory.
 */
export const MAX_DECODE_PIXELS = 4096 * 4096;

/** Bytes that are refused before any decoding: not PNG/JPEG/WEBP, or too many pixels. */
export class ImageRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageRefusedError';
  }
}

type DecodableFormat = 'PNG' | 'JPEG' | 'WEBP';

/** PNG, JPEG and WEBP by their magic bytes; anything else (SVG, GIF, TIFF, HEIF…) is never handed to a decoder. */
export function sniffDecodableFormat(buf: Uint8Array): DecodableFormat | null {
  const starts = (signature: number[], at = 0) => signature.every((byte, i) => buf[at + i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (starts([0xff, 0xd8, 0xff])) return 'JPEG';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'WEBP';
  return null;
}

const megapixels = (pixels: number) => (pixels / 1e6).toFixed(1);

/** Any PNG, JPEG or WEBP → RGBA 8-bit, EXIF orientation applied; refuses other formats and bombs from the header. */
export async function decodeImage(buf: Buffer): Promise<Raster> {
  const format = sniffDecodableFormat(buf);
  if (!format) throw new ImageRefusedError('is not a PNG, JPEG or WEBP image');
  // The header alone gives the size (metadata() decodes no pixels); limitInputPixels guards the decode as well.
  const { width = 0, height = 0 } = await sharp(buf, { limitInputPixels: false }).metadata();
  if (width * height > MAX_DECODE_PIXELS) {
    throw new ImageRefusedError(
      `is ${width} × ${height} px (${megapixels(width * height)} MP); the local engine decodes at most ${megapixels(MAX_DECODE_PIXELS)} MP (4096 × 4096): send it scaled down`,
    );
  }
  const { data, info } = await sharp(buf, { limitInputPixels: MAX_DECODE_PIXELS })
    .autoOrient()
    .toColourspace('srgb')
    .ensureAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 4) throw new Error(`decodeImage: expected 4 channels, got ${info.channels}`);
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

const DATA_URI = /^data:([a-z0-9.+/-]+)?(;[a-z0-9=.+-]+)*;base64,/i;

/** `data:image/png;base64,…` or bare base64 → bytes. Throws on anything that is not base64. */
export function decodeDataUri(s: string): Buffer {
  const trimmed = s.trim();
  const body = trimmed.replace(DATA_URI, '').replace(/\s+/g, '');
  if (body.length === 0 || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(body)) {
    throw new Error('decodeDataUri: not base64 image data');
  }
  return Buffer.from(body, body.includes('-') || body.includes('_') ? 'base64url' : 'base64');
}

export async function encodePng(r: Raster): Promise<Buffer> {
  const raw = Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength);
  return sharp(raw, { raw: { width: r.width, height: r.height, channels: 4 } }).png().toBuffer();
}

/**
 * Mask picture → 0..255 per pixel (white = redraw). Luminance is weighted by
 * alpha so a transparent pixel counts as black (not selected).
 */
export async function decodeMask(buf: Buffer): Promise<Mask> {
  const img = await decodeImage(buf);
  const data = new Uint8Array(img.width * img.height);
  const d = img.data;
  for (let p = 0, i = 0; p < data.length; p++, i += 4) {
    data[p] = Math.round((0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!) * (d[i + 3]! / 255));
  }
  return { width: img.width, height: img.height, data };
}

/** Single-channel lossless PNG (masks must never go through JPEG). */
export async function encodeMaskPng(m: Mask): Promise<Buffer> {
  const raw = Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
  return sharp(raw, { raw: { width: m.width, height: m.height, channels: 1 } }).png().toBuffer();
}
