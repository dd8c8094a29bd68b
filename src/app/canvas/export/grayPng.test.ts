import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bytesToDataUri, encodeGrayPng } from './grayPng';
import { thresholdAlpha, whitenRects } from './maskThreshold';

describe('encodeGrayPng', () => {
  it('writes a greyscale PNG that decoders read back pixel for pixel', async () => {
    const width = 37;
    const height = 23;
    const gray = Uint8Array.from({ length: width * height }, (_, i) => (i * 7) % 256);
    const png = encodeGrayPng(width, height, gray);
    const meta = await sharp(Buffer.from(png)).metadata();
    expect(meta).toMatchObject({ width, height, channels: 1, format: 'png' });
    const decoded = await sharp(Buffer.from(png)).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    expect(Buffer.compare(decoded.data, Buffer.from(gray))).toBe(0);
  });

  it('encodes a 2560² mask quickly and small', async () => {
    const size = 2560;
    const gray = new Uint8Array(size * size);
    for (let y = 600; y < 1800; y++) gray.fill(255, y * size + 400, y * size + 2000);
    const started = performance.now();
    const png = encodeGrayPng(size, size, gray);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(png.length).toBeLessThan(150_000);
    const meta = await sharp(Buffer.from(png)).metadata();
    expect([meta.width, meta.height]).toEqual([size, size]);
  });

  it('rejects a pixel buffer of the wrong size', () => {
    expect(() => encodeGrayPng(2, 2, new Uint8Array(3))).toThrow(/Expected 4/);
  });

  it('makes base64 data URIs', () => {
    expect(bytesToDataUri(Uint8Array.of(1, 2, 3), 'image/png')).toBe('data:image/png;base64,AQID');
  });
});

describe('mask thresholding', () => {
  it('turns alpha into strict black and white at 50 %', () => {
    const rgba = Uint8Array.of(9, 9, 9, 0, 9, 9, 9, 127, 9, 9, 9, 128, 9, 9, 9, 255);
    expect(Array.from(thresholdAlpha(rgba))).toEqual([0, 0, 255, 255]);
  });
  it('whitens the uncovered rects', () => {
    const gray = new Uint8Array(4 * 3);
    whitenRects(gray, 4, [{ x: 1, y: 1, width: 2, height: 2 }]);
    expect(Array.from(gray)).toEqual([0, 0, 0, 0, 0, 255, 255, 0, 0, 255, 255, 0]);
  });
});
