import { describe, expect, it } from 'vitest';
import { arrayBytes, base64Bytes } from './base64Bytes';
import { base64ImageProblem } from './common';
import { readImageHeader } from './imageHeader';
import { MAX_IMAGE_SIDE } from './requestLimits';
import {
  JPEG_3X2_BASE64,
  PNG_1X1_BASE64,
  SVG_BOMB_BASE64,
  WEBP_VP8L_3X2_BASE64,
  WEBP_VP8X_3X2_BASE64,
  WEBP_VP8_3X2_BASE64,
  pngHeaderBase64,
} from './testFixtures';

/** A progressive JPEG with EXIF (APP1) and an ICC profile (APP2) before its frame header. */
const JPEG_WITH_METADATA_3X2 =
  '/9j/4QDIRXhpZgAASUkqAAgAAAAHABIBAwABAAAAAQAAABoBBQABAAAAYgAAABsBBQABAAAAagAAACgBAwABAAAAAgAAABMCAwABAAAAAQAAAJiCAgACAAAAeAAAAGmHBAABAAAAcgAAAAAAAAA4YwAA6AMAADhjAADoAwAABgAAkAcABAAAADAyMTABkQcABAAAAAECAwAAoAcABAAAADAxMDABoAMAAQAAAP//AAACoAQAAQAAAAMAAAADoAQAAQAAAAIAAAAAAAAA/+IB8ElDQ19QUk9GSUxFAAEBAAAB4GxjbXMEIAAAbW50clJHQiBYWVogB+IAAwAUAAkADgAdYWNzcE1TRlQAAAAAc2F3c2N0cmwAAAAAAAAAAAAAAAAAAPbWAAEAAAAA0y1oYW5keem/Vlo+AbaDI4VVRvdPqgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKZGVzYwAAAPwAAAAkY3BydAAAASAAAAAid3RwdAAAAUQAAAAUY2hhZAAAAVgAAAAsclhZWgAAAYQAAAAUZ1hZWgAAAZgAAAAUYlhZWgAAAawAAAAUclRSQwAAAcAAAAAgZ1RSQwAAAcAAAAAgYlRSQwAAAcAAAAAgbWx1YwAAAAAAAAABAAAADGVuVVMAAAAIAAAAHABzAFIARwBCbWx1YwAAAAAAAAABAAAADGVuVVMAAAAGAAAAHABDAEMAMAAAWFlaIAAAAAAAAPbWAAEAAAAA0y1zZjMyAAAAAAABDD8AAAXd///zJgAAB5AAAP2S///7of///aIAAAPcAADAcVhZWiAAAAAAAABvoAAAOPIAAAOPWFlaIAAAAAAAAGKWAAC3iQAAGNpYWVogAAAAAAAAJKAAAA+FAAC2xHBhcmEAAAAAAAMAAAACZmkAAPKnAAANWQAAE9AAAApb/9sAQwAGBAUGBQQGBgUGBwcGCAoQCgoJCQoUDg8MEBcUGBgXFBYWGh0lHxobIxwWFiAsICMmJykqKRkfLTAtKDAlKCko/9sAQwEHBwcKCAoTCgoTKBoWGigoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo/8IAEQgAAgADAwEiAAIRAQMRAf/EABUAAQEAAAAAAAAAAAAAAAAAAAAF/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/aAAwDAQACEAMQAAABjhM7/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABBQJ//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAwEBPwF//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAgEBPwF//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAGPwJ//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPyF//9oADAMBAAIAAwAAABD7/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAwEBPxB//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAgEBPxB//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxB//9k=';

const header = (base64: string) => readImageHeader(base64Bytes(base64));
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

describe('base64Bytes', () => {
  it('reads every byte as a full decode would, with or without padding and after a prefix', () => {
    for (const text of [PNG_1X1_BASE64, JPEG_3X2_BASE64, WEBP_VP8L_3X2_BASE64, 'QQ==', 'QUI=', 'QUJD', 'QUJDRA']) {
      const decoded = bytesOf(text.padEnd(Math.ceil(text.length / 4) * 4, '='));
      const lazy = base64Bytes(`data:image/png;base64,${text}`, 'data:image/png;base64,'.length);
      expect(lazy.length).toBe(decoded.length);
      expect(Array.from({ length: decoded.length + 2 }, (_, i) => lazy.byte(i))).toEqual([...decoded, -1, -1]);
    }
    expect(base64Bytes('QUJD').byte(-1)).toBe(-1);
  });
});

describe('readImageHeader', () => {
  it.each([
    ['PNG', PNG_1X1_BASE64, 1, 1],
    ['PNG', pngHeaderBase64(3, 2), 3, 2],
    ['JPEG', JPEG_3X2_BASE64, 3, 2],
    ['JPEG', JPEG_WITH_METADATA_3X2, 3, 2],
    ['WEBP', WEBP_VP8_3X2_BASE64, 3, 2],
    ['WEBP', WEBP_VP8L_3X2_BASE64, 3, 2],
    ['WEBP', WEBP_VP8X_3X2_BASE64, 3, 2],
  ])('reads a %s header: %#', (format, base64, width, height) => {
    expect(header(base64)).toEqual({ ok: true, header: { format, width, height } });
    expect(readImageHeader(arrayBytes(bytesOf(base64)))).toEqual(header(base64));
  });

  it('reads a bomb’s declared size without decoding it', () => {
    expect(header(pngHeaderBase64(16000, 16000))).toEqual({ ok: true, header: { format: 'PNG', width: 16000, height: 16000 } });
    expect(header(pngHeaderBase64(2 ** 32 - 1, 1))).toMatchObject({ header: { width: 4294967295 } });
  });

  it.each([
    ['SVG', SVG_BOMB_BASE64],
    ['"Hello"', 'SGVsbG8='],
    ['"imagebase64"', 'imagebase64'],
    ['GIF', btoa('GIF89a\x01\x00\x01\x00')],
    ['a RIFF that is no WEBP', btoa('RIFF\x00\x00\x00\x00WAVEfmt ')],
  ])('refuses %s: not PNG, JPEG or WEBP', (_name, base64) => {
    expect(header(base64)).toEqual({ ok: false, problem: expect.stringMatching(/^must be a PNG, JPEG or WEBP image; its bytes are none of these/) });
  });

  it('refuses headers that are cut short or damaged', () => {
    expect(header(PNG_1X1_BASE64.slice(0, 20))).toMatchObject({ ok: false, problem: 'is a PNG image whose IHDR header is missing or cut short' });
    expect(header(btoa('\xff\xd8\xff\xe0\x00\x10JFIF'))).toMatchObject({ ok: false, problem: expect.stringMatching(/^is a JPEG image whose segment .* cut short/) });
    expect(header(btoa('\xff\xd8\xff\xda\x00\x02'))).toMatchObject({ ok: false, problem: expect.stringMatching(/without a frame header/) });
    expect(header(btoa('\xff\xd8\xff\xc0\x00\x11\x08\x00\x00\x00\x10\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01'))).toMatchObject({
      ok: false,
      problem: 'is a JPEG image that declares a size of 16 × 0',
    });
    expect(header(WEBP_VP8_3X2_BASE64.slice(0, 24))).toMatchObject({ ok: false, problem: 'is a WEBP image whose header is missing or cut short' });
  });

  it('stops after a bounded number of JPEG segments', () => {
    const many = '\xff\xd8' + '\xff\xfe\x00\x02'.repeat(5000);
    expect(header(btoa(many))).toMatchObject({ ok: false, problem: expect.stringMatching(/more than 4096 segments/) });
  });
});

describe('base64ImageProblem (the schema check of every image field)', () => {
  it('accepts PNG, JPEG and WEBP whatever the label says', () => {
    for (const base64 of [PNG_1X1_BASE64, JPEG_3X2_BASE64, WEBP_VP8_3X2_BASE64, WEBP_VP8X_3X2_BASE64]) {
      expect(base64ImageProblem(base64)).toBeUndefined();
      expect(base64ImageProblem(`data:image/svg+xml;base64,${base64}`)).toBeUndefined();
    }
  });

  it('refuses an SVG or text labelled as PNG: the bytes decide', () => {
    expect(base64ImageProblem(`data:image/svg+xml;base64,${SVG_BOMB_BASE64}`)).toMatch(/^must be a PNG, JPEG or WEBP image/);
    expect(base64ImageProblem('data:image/png;base64,SGVsbG8=')).toMatch(/^must be a PNG, JPEG or WEBP image/);
  });

  it('refuses an image larger than the limit, naming its size and the limit', () => {
    expect(base64ImageProblem(pngHeaderBase64(16000, 16000))).toBe(`is 16000 × 16000; the largest accepted is ${MAX_IMAGE_SIDE} × ${MAX_IMAGE_SIDE} px`);
    expect(base64ImageProblem(pngHeaderBase64(MAX_IMAGE_SIDE + 1, 10))).toMatch(/^is 4097 × 10;/);
    expect(base64ImageProblem(pngHeaderBase64(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))).toBeUndefined();
  });
});
