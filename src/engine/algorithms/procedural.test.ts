import { describe, expect, it } from 'vitest';
import { paletteFromPrompts, synthesize } from './procedural';
import { luminance } from './raster';
import type { Raster } from './raster';
import { meanRgb } from './testScenes';

/** Mean |difference| of RGB between column a and column b. */
function colDiff(r: Raster, a: number, b: number): number {
  let s = 0;
  for (let y = 0; y < r.height; y++) for (let c = 0; c < 3; c++) s += Math.abs(r.data[(y * r.width + a) * 4 + c]! - r.data[(y * r.width + b) * 4 + c]!);
  return s / (r.height * 3);
}

function rowDiff(r: Raster, a: number, b: number): number {
  let s = 0;
  for (let x = 0; x < r.width; x++) for (let c = 0; c < 3; c++) s += Math.abs(r.data[(a * r.width + x) * 4 + c]! - r.data[(b * r.width + x) * 4 + c]!);
  return s / (r.width * 3);
}

describe('paletteFromPrompts', () => {
  it('maps colour and scene words', () => {
    const sky = paletteFromPrompts(['blue sky', 'white cloud']);
    const meanB = sky.reduce((s, c) => s + c[2], 0) / sky.length;
    const meanR = sky.reduce((s, c) => s + c[0], 0) / sky.length;
    expect(meanB).toBeGreaterThan(meanR + 30);
    const fire = paletteFromPrompts(['a red sunset']);
    expect(fire.reduce((s, c) => s + c[0] - c[2], 0)).toBeGreaterThan(0);
    expect(paletteFromPrompts(['Green FORESTS'])[0]).toEqual([50, 130, 60]);
  });

  it('derives a deterministic palette from text without colour words', () => {
    const a = paletteFromPrompts(['a cosy cafe interior']);
    expect(a).toEqual(paletteFromPrompts(['a cosy cafe interior']));
    expect(a).not.toEqual(paletteFromPrompts(['a rocket launch']));
    expect(a.length).toBeGreaterThanOrEqual(3);
    for (const c of a) for (const v of c) expect(v >= 0 && v <= 255).toBe(true);
  });

  it('expands a single colour into shades', () => {
    const p = paletteFromPrompts(['navy']);
    expect(p.length).toBeGreaterThanOrEqual(2);
  });
});

describe('synthesize', () => {
  const palette = paletteFromPrompts(['blue sky']);

  it('is deterministic for a seed and differs between seeds', () => {
    const a = synthesize(96, 64, { seed: 11, palette });
    const b = synthesize(96, 64, { seed: 11, palette });
    const c = synthesize(96, 64, { seed: 12, palette });
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(Buffer.from(a.data).equals(Buffer.from(c.data))).toBe(false);
  });

  it('follows the palette and is textured, opaque, with a vertical gradient', () => {
    const img = synthesize(160, 120, { seed: 3, palette });
    const m = meanRgb(img, () => true);
    expect(m[2]).toBeGreaterThan(m[0] + 30);
    const lum = luminance(img);
    const mean = lum.reduce((s, v) => s + v, 0) / lum.length;
    const std = Math.sqrt(lum.reduce((s, v) => s + (v - mean) ** 2, 0) / lum.length);
    expect(std).toBeGreaterThan(8);
    for (let p = 0; p < 160 * 120; p++) expect(img.data[p * 4 + 3]).toBe(255);
    const warm = synthesize(160, 120, { seed: 3, palette: paletteFromPrompts(['orange desert sand']) });
    const w = meanRgb(warm, () => true);
    expect(w[0]).toBeGreaterThan(w[2] + 30);
    // First palette colours sit at the top: top rows differ from bottom rows.
    expect(rowDiff(img, 0, 119)).toBeGreaterThan(10);
  });

  it('tiles seamlessly when asked: the wrap-around seam looks like any neighbouring pair', () => {
    for (const [w, h] of [[128, 128], [150, 90]] as const) {
      const img = synthesize(w, h, { seed: 5, palette, tileable: true });
      let adjacentCols = 0;
      for (let x = 0; x < w - 1; x++) adjacentCols += colDiff(img, x, x + 1);
      adjacentCols /= w - 1;
      let adjacentRows = 0;
      for (let y = 0; y < h - 1; y++) adjacentRows += rowDiff(img, y, y + 1);
      adjacentRows /= h - 1;
      expect(colDiff(img, w - 1, 0)).toBeLessThan(2 * adjacentCols + 0.5);
      expect(rowDiff(img, h - 1, 0)).toBeLessThan(2 * adjacentRows + 0.5);
    }
    // Control: without tiling the top and bottom edges do not match.
    const plain = synthesize(128, 128, { seed: 5, palette });
    let adj = 0;
    for (let y = 0; y < 127; y++) adj += rowDiff(plain, y, y + 1);
    expect(rowDiff(plain, 127, 0)).toBeGreaterThan(4 * (adj / 127));
  });
});
