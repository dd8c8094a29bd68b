import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The image types the archive keeps and serves; nothing else (SVG could carry script). */
export const IMAGE_TYPES = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' } as const;
export type ImageExt = keyof typeof IMAGE_TYPES;

/** `<64 hex>.<known ext>`: the only file names the archive hands out. */
export const ARCHIVED_FILE_NAME = /^([0-9a-f]{64})\.(png|jpg|webp)$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Recognises PNG, JPEG and WEBP by their magic bytes. */
export function sniffImageExt(bytes: Uint8Array): ImageExt | null {
  const starts = (signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

/**
 * True when the bytes end the way a whole file of that type ends: PNG with its IEND chunk,
 * JPEG with an end-of-image marker near the end (some encoders pad after it), WEBP as long as
 * its RIFF header says. Catches a result cut short yet answered with 200.
 */
export function isImageComplete(bytes: Uint8Array, ext: ImageExt): boolean {
  if (ext === 'png') {
    const iend = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
    return bytes.length >= 8 && iend.every((byte, i) => bytes[bytes.length - 8 + i] === byte);
  }
  if (ext === 'jpg') {
    for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 1024); i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
    return false;
  }
  const riffSize = bytes.length >= 8 ? Buffer.from(bytes.buffer, bytes.byteOffset, 8).readUInt32LE(4) : Infinity;
  return riffSize + 8 <= bytes.length;
}

/** Maps a MIME type (parameters ignored, `image/jpg` accepted) to a known extension. */
export function extForMime(mime: string | undefined): ImageExt | null {
  const base = (mime ?? '').split(';')[0]!.trim().toLowerCase();
  if (base === 'image/jpg') return 'jpg';
  const found = Object.entries(IMAGE_TYPES).find(([, type]) => type === base);
  return found ? (found[0] as ImageExt) : null;
}

/** Where a file lives under the data dir: `files/ab/<hash>.<ext>` (two-letter fan-out keeps folders small). */
export function relativeFilePath(hash: string, ext: ImageExt): string {
  return join('files', hash.slice(0, 2), `${hash}.${ext}`);
}

/** Writes via a temp file in the same folder + rename, so readers never see half a file. */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.tmp-${randomBytes(8).toString('hex')}`);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
