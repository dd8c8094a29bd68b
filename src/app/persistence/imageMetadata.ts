import { unzlibSync, zlibSync } from 'fflate';

/**
 * The metadata a photo carries that a canvas export drops: its colour profile (ICC) and its
 * EXIF. Read from the original file (JPEG, PNG or WebP) and written into the exported JPEG
 * (APP1 Exif, APP2 ICC_PROFILE) or PNG (eXIf, iCCP). Pure: bytes in, bytes out.
 */
export interface ImageMetadata {
  icc?: Uint8Array | undefined;
  /** A TIFF structure (starts with II or MM), as in PNG's eXIf chunk. */
  exif?: Uint8Array | undefined;
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"
const ICC_HEADER = [...'ICC_PROFILE'].map((c) => c.charCodeAt(0)).concat(0);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Profile bytes per APP2 segment: 65535 − 2 (length) − 14 (header and sequence). */
const ICC_CHUNK = 65519;

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((value, i) => bytes[at + i] === value);
const text = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));

export function imageKind(bytes: Uint8Array): 'jpeg' | 'png' | 'webp' | 'other' {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (text(bytes, 0, 4) === 'RIFF' && text(bytes, 8, 4) === 'WEBP') return 'webp';
  return 'other';
}

interface JpegSegment {
  marker: number;
  /** Start of the marker (0xFF) and end of the segment. */
  start: number;
  end: number;
  data: Uint8Array;
}

/** Marker segments up to the image data (SOS). */
function jpegSegments(bytes: Uint8Array): JpegSegment[] {
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda || marker === 0xd9) break;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    segments.push({ marker, start: at, end: at + 2 + length, data: bytes.subarray(at + 4, at + 2 + length) });
    at += 2 + length;
  }
  return segments;
}

function readJpeg(bytes: Uint8Array): ImageMetadata {
  const iccParts: { sequence: number; data: Uint8Array }[] = [];
  let exif: Uint8Array | undefined;
  for (const segment of jpegSegments(bytes)) {
    if (segment.marker === 0xe1 && !exif && startsWith(segment.data, EXIF_HEADER)) exif = segment.data.slice(EXIF_HEADER.length);
    if (segment.marker === 0xe2 && startsWith(segment.data, ICC_HEADER)) iccParts.push({ sequence: segment.data[12]!, data: segment.data.subarray(14) });
  }
  iccParts.sort((a, b) => a.sequence - b.sequence);
  return { icc: iccParts.length > 0 ? concat(iccParts.map((part) => part.data)) : undefined, exif };
}

interface PngChunk {
  type: string;
  start: number;
  end: number;
  data: Uint8Array;
}

function pngChunks(bytes: Uint8Array): PngChunk[] {
  const chunks: PngChunk[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = text(bytes, at + 4, 4);
    chunks.push({ type, start: at, end: at + 12 + length, data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

function readPng(bytes: Uint8Array): ImageMetadata {
  const result: ImageMetadata = {};
  for (const chunk of pngChunks(bytes)) {
    if (chunk.type === 'eXIf') result.exif = chunk.data.slice();
    if (chunk.type === 'iCCP') {
      const nameEnd = chunk.data.indexOf(0);
      // Byte after the name: compression method 0 (zlib).
      if (nameEnd > 0 && chunk.data[nameEnd + 1] === 0) result.icc = unzlibSync(chunk.data.subarray(nameEnd + 2));
    }
  }
  return result;
}

function readWebp(bytes: Uint8Array): ImageMetadata {
  const result: ImageMetadata = {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 12; at + 8 <= bytes.length; ) {
    const type = text(bytes, at, 4);
    const length = view.getUint32(at + 4, true);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'ICCP') result.icc = data.slice();
    if (type === 'EXIF') result.exif = (startsWith(data, EXIF_HEADER) ? data.subarray(EXIF_HEADER.length) : data).slice();
    at += 8 + length + (length % 2);
  }
  return result;
}

export function readImageMetadata(bytes: Uint8Array): ImageMetadata {
  const kind = imageKind(bytes);
  if (kind === 'jpeg') return readJpeg(bytes);
  if (kind === 'png') return readPng(bytes);
  if (kind === 'webp') return readWebp(bytes);
  return {};
}

/**
 * The EXIF with Orientation set to 1 (upright): the exported pixels are already turned the way
 * the photo is shown, so the original's rotation tag would turn them a second time.
 */
export function uprightExif(exif: Uint8Array): Uint8Array {
  const out = exif.slice();
  if (out.length < 8) return out;
  const little = out[0] === 0x49;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > out.length) return out;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > out.length) break;
    if (view.getUint16(entry, little) === 0x0112) view.setUint16(entry + 8, 1, little);
  }
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function jpegSegment(marker: number, data: Uint8Array): Uint8Array {
  const length = data.length + 2;
  return concat([Uint8Array.of(0xff, marker, length >> 8, length & 0xff), data]);
}

/** The encoder's JPEG with the given profile and EXIF in place of its own. */
function writeJpeg(bytes: Uint8Array, metadata: ImageMetadata): Uint8Array {
  const segments = jpegSegments(bytes);
  const replaced = (segment: JpegSegment) =>
    (metadata.exif && segment.marker === 0xe1 && startsWith(segment.data, EXIF_HEADER)) || (metadata.icc && segment.marker === 0xe2 && startsWith(segment.data, ICC_HEADER));
  // After SOI and JFIF (APP0), as the specifications want APP1 Exif and APP2 ICC there.
  const leading = segments.filter((segment) => segment.marker === 0xe0);
  const insertAt = leading.length > 0 ? leading[leading.length - 1]!.end : 2;
  const inserted: Uint8Array[] = [];
  if (metadata.exif) inserted.push(jpegSegment(0xe1, concat([Uint8Array.from(EXIF_HEADER), metadata.exif])));
  if (metadata.icc) {
    const count = Math.ceil(metadata.icc.length / ICC_CHUNK);
    for (let i = 0; i < count; i++) {
      inserted.push(jpegSegment(0xe2, concat([Uint8Array.from(ICC_HEADER), Uint8Array.of(i + 1, count), metadata.icc.subarray(i * ICC_CHUNK, (i + 1) * ICC_CHUNK)])));
    }
  }
  const kept: Uint8Array[] = [bytes.subarray(0, insertAt), ...inserted];
  let at = insertAt;
  for (const segment of segments.filter((s) => s.start >= insertAt && replaced(s))) {
    kept.push(bytes.subarray(at, segment.start));
    at = segment.end;
  }
  kept.push(bytes.subarray(at));
  return concat(kept);
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  let crc = 0xffffffff;
  for (let i = 4; i < 8 + data.length; i++) crc = CRC_TABLE[(crc ^ out[i]!) & 0xff]! ^ (crc >>> 8);
  view.setUint32(8 + data.length, (crc ^ 0xffffffff) >>> 0);
  return out;
}

/** The encoder's PNG with iCCP (replacing sRGB/gAMA/cHRM/iCCP) and eXIf after IHDR. */
function writePng(bytes: Uint8Array, metadata: ImageMetadata): Uint8Array {
  const chunks = pngChunks(bytes);
  const colour = new Set(['iCCP', 'sRGB', 'gAMA', 'cHRM']);
  const drop = (chunk: PngChunk) => (metadata.icc && colour.has(chunk.type)) || (metadata.exif && chunk.type === 'eXIf');
  const inserted: Uint8Array[] = [];
  if (metadata.icc) inserted.push(pngChunk('iCCP', concat([Uint8Array.from([...'ICC profile'].map((c) => c.charCodeAt(0))), Uint8Array.of(0, 0), zlibSync(metadata.icc)])));
  if (metadata.exif) inserted.push(pngChunk('eXIf', metadata.exif));
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  for (const chunk of chunks) {
    if (drop(chunk)) continue;
    parts.push(bytes.subarray(chunk.start, chunk.end));
    if (chunk.type === 'IHDR') parts.push(...inserted);
  }
  return concat(parts);
}

/** Puts the metadata into an encoded JPEG or PNG; other formats come back unchanged. */
export function writeImageMetadata(bytes: Uint8Array, metadata: ImageMetadata): Uint8Array {
  if (!metadata.icc && !metadata.exif) return bytes;
  const kind = imageKind(bytes);
  if (kind === 'jpeg') return writeJpeg(bytes, metadata);
  if (kind === 'png') return writePng(bytes, metadata);
  return bytes;
}

/** sRGB's red, green and blue colorants (D50-adapted XYZ), as every sRGB profile's rXYZ/gXYZ/bXYZ tags hold them. */
const SRGB_COLORANTS: Record<string, [number, number, number]> = {
  rXYZ: [0.4361, 0.2225, 0.0139],
  gXYZ: [0.3851, 0.7169, 0.0971],
  bXYZ: [0.1431, 0.0606, 0.7141],
};

/** The XYZ value of a colorant tag, or undefined when the profile has none (LUT-based profiles). */
function colorant(icc: Uint8Array, signature: string): [number, number, number] | undefined {
  if (icc.length < 132) return undefined;
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  const count = view.getUint32(128);
  for (let i = 0; i < count && 132 + i * 12 + 12 <= icc.length; i++) {
    const entry = 132 + i * 12;
    if (text(icc, entry, 4) !== signature) continue;
    const at = view.getUint32(entry + 4);
    if (at + 20 > icc.length || text(icc, at, 4) !== 'XYZ ') return undefined;
    return [0, 1, 2].map((k) => view.getInt32(at + 8 + k * 4) / 65536) as [number, number, number];
  }
  return undefined;
}

/**
 * Whether an ICC profile is an sRGB one; anything else is kept wide. Decided by its colorants
 * where it has them: descriptions mislead ("Display P3 Gamut with sRGB Transfer" is Chromium's
 * P3 profile). Without colorant tags, by the description naming sRGB.
 */
export function describesSrgb(icc: Uint8Array): boolean {
  const measured = Object.entries(SRGB_COLORANTS).map(([signature, expected]) => ({ value: colorant(icc, signature), expected }));
  if (measured.every(({ value }) => value !== undefined)) {
    return measured.every(({ value, expected }) => value!.every((component, k) => Math.abs(component - expected[k]!) < 0.005));
  }
  return /sRGB/i.test(String.fromCharCode(...icc.subarray(0, Math.min(icc.length, 4096))).replace(/\0/g, ''));
}
