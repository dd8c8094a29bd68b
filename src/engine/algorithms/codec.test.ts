import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageRefusedError, MAX_DECODE_PIXELS, decodeDataUri, decodeImage, decodeMask, encodeMaskPng, encodePng } from './codec';
import { createMask } from './raster';
import { photoScene } from './testScenes';

describe('codec', () => {
  const img = photoScene(48, 32, 2);

  it('round-trips RGBA through PNG byte for byte', async () => {
    const withAlpha = { ...img, data: new Uint8ClampedArray(img.data) };
    for (let i = 3; i < withAlpha.data.length; i += 16) withAlpha.data[i] = 77;
    const back = await decodeImage(await encodePng(withAlpha));
    expect([back.width, back.height]).toEqual([48, 32]);
    expect(Buffer.from(back.data).equals(Buffer.from(withAlpha.data))).toBe(true);
  });

  it('decodes JPEG and greyscale PNG to RGBA', async () => {
    const jpeg = await sharp(Buffer.from(img.data.buffer), { raw: { width: 48, height: 32, channels: 4 } }).jpeg({ quality: 95 }).toBuffer();
    const j = await decodeImage(jpeg);
    expect(j.data.length).toBe(48 * 32 * 4);
    expect(Math.abs(j.data[100 * 4]! - img.data[100 * 4]!)).toBeLessThan(20);
    expect(j.data[3]).toBe(255);
    const grey = await sharp({ create: { width: 5, height: 4, channels: 3, background: '#808080' } }).greyscale().png().toBuffer();
    const g = await decodeImage(grey);
    expect(Array.from(g.data.subarray(0, 4))).toEqual([128, 128, 128, 255]);
  });

  it('accepts data URIs and bare base64, rejects junk', async () => {
    const png = await encodePng(img);
    const b64 = png.toString('base64');
    expect(decodeDataUri(`data:image/png;base64,${b64}`).equals(png)).toBe(true);
    expect(decodeDataUri(b64).equals(png)).toBe(true);
    expect(decodeDataUri(` data:image/jpeg;base64,${b64.slice(0, 40)}\n${b64.slice(40)} `).equals(png)).toBe(true);
    expect(() => decodeDataUri('data:image/png;base64,')).toThrow();
    expect(() => decodeDataUri('not base64!')).toThrow();
  });

  it('masks: round trip, luminance values, transparent counts as black', async () => {
    const m = createMask(20, 10);
    for (let i = 0; i < m.data.length; i++) m.data[i] = (i * 37) % 256;
    const back = await decodeMask(await encodeMaskPng(m));
    expect(Array.from(back.data)).toEqual(Array.from(m.data));
    const transparentWhite = await sharp({ create: { width: 4, height: 4, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0 } } }).png().toBuffer();
    expect((await decodeMask(transparentWhite)).data.every((v) => v === 0)).toBe(true);
    const white = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect((await decodeMask(white)).data.every((v) => v === 255)).toBe(true);
  });

  it('decodes only PNG, JPEG and WEBP, judged by the bytes', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="16000" height="16000"/>');
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#808080' } }).gif().toBuffer();
    for (const bytes of [svg, gif]) await expect(decodeImage(bytes)).rejects.toThrow(new ImageRefusedError('is not a PNG, JPEG or WEBP image'));
    const webp = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#808080' } }).webp({ lossless: true }).toBuffer();
    expect((await decodeImage(webp)).width).toBe(4);
  });

  it('refuses more than MAX_DECODE_PIXELS from the header, and decodes up to it', async () => {
    const blank = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#000' } }).png({ palette: true, colours: 2 }).toBuffer();
    await expect(decodeImage(await blank(4097, 4096))).rejects.toThrow(/is 4097 × 4096 px \(16\.8 MP\); the local engine decodes at most 16\.8 MP/);
    const largest = await decodeImage(await blank(4096, 4096));
    expect(largest.width * largest.height).toBe(MAX_DECODE_PIXELS);
  });
});
