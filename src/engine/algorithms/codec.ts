/**
 * Thin sharp wrappers: the only place in this folder that touches encoded bytes.
 * Everything else works on Raster / Mask.
 */
import sharp from 'sharp';
import type { Mask, Raster } from './raster';

/** Any format sharp reads → RGBA 8-bit, EXIF orientation applied. */
export async function decodeImage(buf: Buffer): Promise<Raster> {
  const { data, info } = await sharp(buf)
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
