import { describe, expect, it } from 'vitest';
import { applyPattern } from './pattern';
import { createRaster, luminance } from './raster';
import type { Mask, Raster } from './raster';
import { discMask, meanRgb, photoScene } from './testScenes';

const W = 200, H = 160;

/** A mid-grey "garment" with strong vertical folds (sinusoidal shading) on a scene. */
function garment(): Raster {
  const img = photoScene(W, H, 8);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const k = 0.55 + 0.45 * Math.sin(x / 7);
    img.data.set([150 * k, 140 * k, 170 * k], (y * W + x) * 4);
  }
  return img;
}

/** 16×16 checker of yellow and dark red. */
function checker(): Raster {
  const r = createRaster(16, 16, [0, 0, 0, 255]);
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) r.data.set((x < 8) !== (y < 8) ? [240, 210, 40] : [150, 30, 40], (y * 16 + x) * 4);
  return r;
}

const mask = discMask(W, H, 100, 80, 60);
const inMask = (p: number): boolean => mask.data[p]! > 0;

function correlation(a: Float32Array, b: Float32Array, pick: (p: number) => boolean): number {
  let n = 0, sa = 0, sb = 0;
  for (let p = 0; p < a.length; p++) if (pick(p)) { n++; sa += a[p]!; sb += b[p]!; }
  const ma = sa / n, mb = sb / n;
  let cov = 0, va = 0, vb = 0;
  for (let p = 0; p < a.length; p++) {
    if (!pick(p)) continue;
    cov += (a[p]! - ma) * (b[p]! - mb);
    va += (a[p]! - ma) ** 2;
    vb += (b[p]! - mb) ** 2;
  }
  return cov / Math.sqrt(va * vb);
}

function outsideIdentical(a: Raster, b: Raster, m: Mask): boolean {
  for (let p = 0; p < m.data.length; p++) {
    if (m.data[p] !== 0) continue;
    for (let c = 0; c < 4; c++) if (a.data[p * 4 + c] !== b.data[p * 4 + c]) return false;
  }
  return true;
}

/** Luminance of the checker at each pixel (the pattern as tiled without chaos). */
function tiledChecker(): Float32Array {
  const t = new Float32Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) t[y * W + x] = (x % 16 < 8) !== (y % 16 < 8) ? 1 : 0;
  return t;
}

describe('applyPattern', () => {
  const raw = garment();
  const pattern = checker();

  it('prints the pattern inside the mask and keeps the folds, outside untouched', () => {
    const out = applyPattern(raw, mask, pattern, { seed: 1, strength: 0.6, colorCorrection: false, chaotic: false });
    expect(outsideIdentical(raw, out, mask)).toBe(true);
    const lr = luminance(raw), lo = luminance(out);
    // Shading survives: folds (raw luminance) still drive the result's luminance.
    expect(correlation(lr, lo, inMask)).toBeGreaterThan(0.6);
    // The pattern is visible: result luminance follows the checker too.
    expect(correlation(tiledChecker(), lo, inMask)).toBeGreaterThan(0.45);
    const m = meanRgb(out, inMask);
    expect(m[0]).toBeGreaterThan(m[2] + 20); // yellow/red print over a lilac garment
  });

  it('strength 0 leaves the picture unchanged and strength scales the change', () => {
    expect(Buffer.from(applyPattern(raw, mask, pattern, { seed: 1, strength: 0 }).data).equals(Buffer.from(raw.data))).toBe(true);
    const diff = (s: number): number => {
      const out = applyPattern(raw, mask, pattern, { seed: 1, strength: s });
      let d = 0;
      for (let i = 0; i < out.data.length; i++) d += Math.abs(out.data[i]! - raw.data[i]!);
      return d;
    };
    expect(diff(0.8)).toBeGreaterThan(diff(0.3) * 1.2);
  });

  it('colour correction matches the original region statistics', () => {
    const out = applyPattern(raw, mask, pattern, { seed: 1, strength: 1, colorCorrection: true, chaotic: false });
    const a = meanRgb(out, inMask), b = meanRgb(raw, inMask);
    for (let c = 0; c < 3; c++) expect(Math.abs(a[c]! - b[c]!)).toBeLessThan(3);
    expect(correlation(tiledChecker(), luminance(out), inMask)).toBeGreaterThan(0.4);
  });

  it('chaotic mode is seeded, differs from plain tiling and ignores colour correction', () => {
    const opts = { strength: 1, colorCorrection: false, chaotic: true };
    const a = applyPattern(raw, mask, pattern, { ...opts, seed: 3 });
    const b = applyPattern(raw, mask, pattern, { ...opts, seed: 3 });
    const c = applyPattern(raw, mask, pattern, { ...opts, seed: 4 });
    const plain = applyPattern(raw, mask, pattern, { ...opts, chaotic: false, seed: 3 });
    const corrected = applyPattern(raw, mask, pattern, { ...opts, colorCorrection: true, seed: 3 });
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(Buffer.from(a.data).equals(Buffer.from(c.data))).toBe(false);
    expect(Buffer.from(a.data).equals(Buffer.from(plain.data))).toBe(false);
    expect(Buffer.from(a.data).equals(Buffer.from(corrected.data))).toBe(true);
    expect(outsideIdentical(raw, a, mask)).toBe(true);
  });
});
