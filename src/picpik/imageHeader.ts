import type { ByteSource } from './base64Bytes';

/**
 * The format and size of an image read from its header bytes, without decoding a pixel.
 * Only PNG, JPEG and WEBP are images here: the bytes decide, never a data-URI label.
 */
export type ImageFormat = 'PNG' | 'JPEG' | 'WEBP';
export interface ImageHeader {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
}
export type HeaderReading = { ok: true; header: ImageHeader } | { ok: false; problem: string };

/** Segments read before a JPEG's frame header (real files have a few dozen; ICC profiles ≤ 255). */
const MAX_JPEG_SEGMENTS = 4096;
const JPEG_FRAME_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

const matches = (bytes: ByteSource, at: number, expected: readonly number[]) => expected.every((value, i) => bytes.byte(at + i) === value);
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const u16be = (b: ByteSource, at: number) => (b.byte(at) << 8) | b.byte(at + 1);
const u16le = (b: ByteSource, at: number) => b.byte(at) | (b.byte(at + 1) << 8);
const u24le = (b: ByteSource, at: number) => b.byte(at) | (b.byte(at + 1) << 8) | (b.byte(at + 2) << 16);
const u32be = (b: ByteSource, at: number) => ((b.byte(at) << 24) | (b.byte(at + 1) << 16) | (b.byte(at + 2) << 8) | b.byte(at + 3)) >>> 0;
const u32le = (b: ByteSource, at: number) => (b.byte(at) | (b.byte(at + 1) << 8) | (b.byte(at + 2) << 16) | (b.byte(at + 3) << 24)) >>> 0;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function sized(format: ImageFormat, width: number, height: number): HeaderReading {
  if (width <= 0 || height <= 0) return { ok: false, problem: `is a ${format} image that declares a size of ${width} × ${height}` };
  return { ok: true, header: { format, width, height } };
}

function cutShort(format: ImageFormat, what: string): HeaderReading {
  return { ok: false, problem: `is a ${format} image whose ${what} is missing or cut short` };
}

/** PNG: the IHDR chunk comes first, width and height as 32-bit big-endian. */
function readPng(bytes: ByteSource): HeaderReading {
  if (bytes.length < 24 || !matches(bytes, 8, [0, 0, 0, 13, ...ascii('IHDR')])) return cutShort('PNG', 'IHDR header');
  return sized('PNG', u32be(bytes, 16), u32be(bytes, 20));
}

/** JPEG: walk the marker segments up to the first frame header (SOFn), which holds the size. */
function readJpeg(bytes: ByteSource): HeaderReading {
  let at = 2;
  for (let segments = 0; segments < MAX_JPEG_SEGMENTS; segments++) {
    if (bytes.byte(at) !== 0xff) return cutShort('JPEG', `marker segment at byte ${at}`);
    while (bytes.byte(at) === 0xff) at++; // fill bytes
    const marker = bytes.byte(at);
    at++;
    if (marker === -1) return cutShort('JPEG', 'frame header');
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // markers without a length
    if (marker === 0xd9 || marker === 0xda) return { ok: false, problem: 'is a JPEG image without a frame header (no size before its image data)' };
    const length = u16be(bytes, at);
    if (length < 2 || bytes.byte(at + length - 1) === -1) return cutShort('JPEG', `segment at byte ${at - 2}`);
    if (JPEG_FRAME_MARKERS.has(marker)) {
      if (length < 8) return cutShort('JPEG', 'frame header');
      return sized('JPEG', u16be(bytes, at + 5), u16be(bytes, at + 3));
    }
    at += length;
  }
  return { ok: false, problem: `is a JPEG image with more than ${MAX_JPEG_SEGMENTS} segments before its frame header` };
}

/** WEBP: a RIFF file whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended). */
function readWebp(bytes: ByteSource): HeaderReading {
  if (bytes.byte(29) === -1) return cutShort('WEBP', 'header');
  if (matches(bytes, 12, ascii('VP8 '))) {
    if (!matches(bytes, 23, [0x9d, 0x01, 0x2a])) return cutShort('WEBP', 'VP8 frame header');
    return sized('WEBP', u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff);
  }
  if (matches(bytes, 12, ascii('VP8L'))) {
    if (bytes.byte(20) !== 0x2f) return cutShort('WEBP', 'VP8L header');
    const bits = u32le(bytes, 21);
    return sized('WEBP', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (matches(bytes, 12, ascii('VP8X'))) return sized('WEBP', u24le(bytes, 24) + 1, u24le(bytes, 27) + 1);
  return { ok: false, problem: 'is a WEBP file without a VP8, VP8L or VP8X image chunk' };
}

/** Reads the format and size from the first bytes (a JPEG's segments are skipped by their lengths). */
export function readImageHeader(bytes: ByteSource): HeaderReading {
  if (matches(bytes, 0, PNG_SIGNATURE)) return readPng(bytes);
  if (matches(bytes, 0, [0xff, 0xd8, 0xff])) return readJpeg(bytes);
  if (matches(bytes, 0, ascii('RIFF')) && matches(bytes, 8, ascii('WEBP'))) return readWebp(bytes);
  return { ok: false, problem: 'must be a PNG, JPEG or WEBP image; its bytes are none of these (SVG, GIF and other formats are not accepted)' };
}
