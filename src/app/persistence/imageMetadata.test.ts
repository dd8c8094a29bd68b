import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { describesSrgb, readImageMetadata, uprightExif, writeImageMetadata } from './imageMetadata';

/** The profile Chromium tags a Display P3 canvas export with: its description says "sRGB" (transfer). */
const CHROMIUM_P3_ICC =
  'AAACCAAAAAAEMAAAbW50clJHQiBYWVogB+AAAQABAAAAAAAAYWNzcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAPbWAAEAAAAA0y0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJZGVzYwAAAPAAAABkclhZWgAAAVQAAAAUZ1hZWgAAAWgAAAAUYlhZWgAAAXwAAAAUd3RwdAAAAZAAAAAUclRSQwAAAaQAAAAoZ1RSQwAAAaQAAAAoYlRSQwAAAaQAAAAoY3BydAAAAcwAAAA8bWx1YwAAAAAAAAABAAAADGVuVVMAAABGAAAAHABEAGkAcwBwAGwAYQB5ACAAUAAzACAARwBhAG0AdQB0ACAAdwBpAHQAaAAgAHMAUgBHAEIAIABUAHIAYQBuAHMAZgBlAHIAAFhZWiAAAAAAAACD3gAAPb7///+7WFlaIAAAAAAAAEq+AACxNgAACrlYWVogAAAAAAAAKDsAABEMAADIzVhZWiAAAAAAAAD21gABAAAAANMtcGFyYQAAAAAABAAAAAJmZgAA8qcAAA1ZAAAT0AAAClsAAAAAAAAAAG1sdWMAAAAAAAAAAQAAAAxlblVTAAAAIAAAABwARwBvAG8AZwBsAGUAIABJAG4AYwAuACAAMgAwADEANg==';

/** A minimal big-endian TIFF with IFD0 holding Orientation = `orientation` and Make = "Cam". */
function exifWithOrientation(orientation: number): Uint8Array {
  const bytes = new Uint8Array(8 + 2 + 2 * 12 + 4 + 4);
  const view = new DataView(bytes.buffer);
  bytes.set([0x4d, 0x4d, 0, 42]);
  view.setUint32(4, 8);
  view.setUint16(8, 2);
  // Make (ASCII, 4 bytes inline: "Cam\0").
  view.setUint16(10, 0x010f);
  view.setUint16(12, 2);
  view.setUint32(14, 4);
  bytes.set([0x43, 0x61, 0x6d, 0], 18);
  // Orientation (SHORT).
  view.setUint16(22, 0x0112);
  view.setUint16(24, 3);
  view.setUint32(26, 1);
  view.setUint16(30, orientation);
  return bytes;
}

const p3 = async () => (await sharp({ create: { width: 4, height: 4, channels: 3, background: '#f00' } }).withIccProfile('p3').jpeg().toBuffer()) as Buffer;

describe('image metadata', () => {
  it('reads the ICC profile and EXIF of a JPEG and writes them into another JPEG, upright', async () => {
    const source = new Uint8Array(await sharp(await p3()).withExifMerge({ IFD0: { Make: 'Cam' } }).keepIccProfile().jpeg().toBuffer());
    const read = readImageMetadata(source);
    expect(read.icc?.length).toBeGreaterThan(100);
    expect(describesSrgb(read.icc!)).toBe(false);
    const plain = new Uint8Array(await sharp({ create: { width: 8, height: 6, channels: 3, background: '#808080' } }).jpeg().toBuffer());
    const written = writeImageMetadata(plain, { icc: read.icc, exif: uprightExif(exifWithOrientation(6)) });
    const meta = await sharp(Buffer.from(written)).metadata();
    expect(Buffer.from(meta.icc!)).toEqual(Buffer.from(read.icc!));
    expect(meta.orientation).toBe(1);
    expect(meta.exif?.toString('latin1')).toContain('Cam');
    expect([meta.width, meta.height]).toEqual([8, 6]);
    // The pixels are untouched.
    expect(await sharp(Buffer.from(written)).raw().toBuffer()).toEqual(await sharp(Buffer.from(plain)).raw().toBuffer());
  });

  it('writes iCCP and eXIf into a PNG (replacing its sRGB chunk) and reads them back', async () => {
    const { icc } = readImageMetadata(new Uint8Array(await p3()));
    const png = new Uint8Array(await sharp({ create: { width: 5, height: 3, channels: 4, background: '#00f8' } }).png().toBuffer());
    const written = writeImageMetadata(png, { icc, exif: exifWithOrientation(1) });
    const meta = await sharp(Buffer.from(written)).metadata();
    expect(Buffer.from(meta.icc!)).toEqual(Buffer.from(icc!));
    expect(meta.exif?.toString('latin1')).toContain('Cam');
    expect(readImageMetadata(written)).toEqual({ icc, exif: exifWithOrientation(1) });
    expect(await sharp(Buffer.from(written), { ignoreIcc: true }).raw().toBuffer()).toEqual(await sharp(Buffer.from(png)).raw().toBuffer());
  });

  it('sets only the Orientation tag to 1', () => {
    const upright = uprightExif(exifWithOrientation(8));
    expect(Array.from(upright.subarray(30, 32))).toEqual([0, 1]);
    expect(Array.from(upright.subarray(18, 21))).toEqual([0x43, 0x61, 0x6d]);
  });

  it('recognises an sRGB profile; a file without metadata gives none, and nothing is written', async () => {
    const srgb = readImageMetadata(new Uint8Array(await sharp({ create: { width: 2, height: 2, channels: 3, background: '#0f0' } }).withIccProfile('srgb').jpeg().toBuffer()));
    expect(describesSrgb(srgb.icc!)).toBe(true);
    expect(describesSrgb(Buffer.from(CHROMIUM_P3_ICC, 'base64'))).toBe(false);
    const bare = new Uint8Array(await sharp({ create: { width: 2, height: 2, channels: 3, background: '#0f0' } }).png().toBuffer());
    expect(readImageMetadata(bare)).toEqual({});
    expect(writeImageMetadata(bare, {})).toBe(bare);
  });
});
