import { describe, expect, it } from 'vitest';
import { applyShadow, compositeOver, contactShadow, placeForeground } from './composite';
import { createRaster } from './raster';
import type { Raster } from './raster';
import { photoScene } from './testScenes';

/** 200×100 opaque: left half red, right half blue. */
function twoTone(): Raster {
  const r = createRaster(200, 100, [0, 0, 0, 255]);
  for (let y = 0; y < 100; y++) for (let x = 0; x < 200; x++) r.data.set(x < 100 ? [220, 20, 20] : [20, 20, 220], (y * 200 + x) * 4);
  return r;
}

const px = (r: Raster, x: number, y: number): number[] => Array.from(r.data.subarray((y * r.width + x) * 4, (y * r.width + x) * 4 + 4));

describe('placeForeground', () => {
  it('JustResize stretches to exactly the requested size', () => {
    const out = placeForeground(twoTone(), 80, 120, 'JustResize');
    expect([out.width, out.height]).toEqual([80, 120]);
    expect(px(out, 10, 60)).toEqual([220, 20, 20, 255]);
    expect(px(out, 70, 60)).toEqual([20, 20, 220, 255]);
    for (let p = 0; p < 80 * 120; p++) expect(out.data[p * 4 + 3]).toBe(255);
  });

  it('CropAndResize covers the frame and crops the centre', () => {
    const out = placeForeground(twoTone(), 100, 100, 'CropAndResize');
    expect([out.width, out.height]).toEqual([100, 100]);
    // Centre 100 of 200 columns: left half still red, right half blue, no transparent pixel.
    expect(px(out, 5, 50)).toEqual([220, 20, 20, 255]);
    expect(px(out, 95, 50)).toEqual([20, 20, 220, 255]);
    for (let p = 0; p < 100 * 100; p++) expect(out.data[p * 4 + 3]).toBe(255);
  });

  it('ResizeAndFill fits the whole foreground centred and leaves the rest transparent', () => {
    const out = placeForeground(twoTone(), 100, 100, 'ResizeAndFill');
    expect([out.width, out.height]).toEqual([100, 100]);
    expect(px(out, 50, 10)[3]).toBe(0); // letterbox above
    expect(px(out, 50, 90)[3]).toBe(0); // and below
    expect(px(out, 2, 50)).toEqual([220, 20, 20, 255]);
    expect(px(out, 97, 50)).toEqual([20, 20, 220, 255]);
    let opaqueRows = 0;
    for (let y = 0; y < 100; y++) if (out.data[(y * 100 + 50) * 4 + 3] === 255) opaqueRows++;
    expect(opaqueRows).toBeGreaterThanOrEqual(49);
    expect(opaqueRows).toBeLessThanOrEqual(51);
  });

  it('does not bleed the colour of transparent pixels into edges', () => {
    const fg = createRaster(40, 40, [0, 255, 0, 0]); // transparent green
    for (let y = 10; y < 30; y++) for (let x = 10; x < 30; x++) fg.data.set([200, 0, 0, 255], (y * 40 + x) * 4);
    const out = placeForeground(fg, 70, 70, 'JustResize');
    for (let p = 0; p < 70 * 70; p++) if (out.data[p * 4 + 3]! > 0) expect(out.data[p * 4 + 1]).toBe(0);
  });
});

describe('compositeOver', () => {
  it('keeps opaque foreground exactly, shows background through transparent pixels, mixes the rest', () => {
    const bg = photoScene(64, 64, 3);
    const fg = createRaster(64, 64);
    for (let p = 0; p < 64 * 64; p++) fg.data.set([10, 200, 30, p % 3 === 0 ? 255 : p % 3 === 1 ? 0 : 128], p * 4);
    const out = compositeOver(bg, fg);
    for (let p = 0; p < 64 * 64; p++) {
      const o = Array.from(out.data.subarray(p * 4, p * 4 + 4));
      if (p % 3 === 0) expect(o).toEqual([10, 200, 30, 255]);
      else if (p % 3 === 1) expect(o).toEqual(Array.from(bg.data.subarray(p * 4, p * 4 + 4)));
      else expect(Math.abs(o[1]! - (200 * 128 + bg.data[p * 4 + 1]! * 127) / 255)).toBeLessThanOrEqual(1);
    }
  });
});

describe('contactShadow', () => {
  it('darkens under the object, not above it or far away', () => {
    const fg = createRaster(200, 200);
    for (let y = 60; y < 140; y++) for (let x = 70; x < 130; x++) fg.data.set([90, 90, 90, 255], (y * 200 + x) * 4);
    const shadow = contactShadow(fg);
    const at = (x: number, y: number): number => shadow[y * 200 + x]!;
    expect(at(100, 143)).toBeGreaterThan(0.2); // just below the bottom edge
    expect(at(100, 143)).toBeGreaterThan(at(100, 56) * 1.5); // stronger below than above
    expect(at(5, 5)).toBeLessThan(0.01);
    const bg = createRaster(200, 200, [200, 200, 200, 255]);
    const shaded = applyShadow(bg, shadow);
    expect(shaded.data[(143 * 200 + 100) * 4]!).toBeLessThan(160);
    expect(shaded.data[(5 * 200 + 5) * 4]!).toBe(200);
    const final = compositeOver(shaded, fg);
    expect(px(final, 100, 100)).toEqual([90, 90, 90, 255]);
  });
});
