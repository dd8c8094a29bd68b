import { describe, expect, it } from 'vitest';
import { pushPullFill } from './fill';
import { boxBlur, boxRadiiForGauss, gaussianBlur } from './filters';
import { createMask, createRaster, createRng, invertMask, maskFromRaster, rasterFromMask } from './raster';
import { resize, resizeMask } from './resample';

describe('raster helpers', () => {
  it('createRng is deterministic, seed-dependent and in [0,1)', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.slice(0, 5)).not.toEqual(Array.from({ length: 5 }, () => c()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it('maskFromRaster thresholds luminance × alpha; invertMask flips', () => {
    const r = createRaster(4, 1, [0, 0, 0, 255]);
    r.data.set([255, 255, 255, 255, 200, 200, 200, 255, 100, 100, 100, 255, 255, 255, 255, 0]);
    expect(Array.from(maskFromRaster(r).data)).toEqual([255, 255, 0, 0]);
    expect(Array.from(invertMask(maskFromRaster(r)).data)).toEqual([0, 0, 255, 255]);
    const back = rasterFromMask(maskFromRaster(r));
    expect(Array.from(back.data.subarray(0, 4))).toEqual([255, 255, 255, 255]);
  });

  it('resize averages areas when shrinking and interpolates when enlarging', () => {
    const checker = createRaster(64, 64, [0, 0, 0, 255]);
    for (let y = 0; y < 64; y++) for (let x = 0; x < 64; x++) if ((x + y) % 2) checker.data.set([255, 255, 255], (y * 64 + x) * 4);
    const small = resize(checker, 16, 10);
    expect([small.width, small.height]).toEqual([16, 10]);
    for (let p = 0; p < 160; p++) expect(Math.abs(small.data[p * 4]! - 127.5)).toBeLessThan(20);
    const ramp = createRaster(2, 1, [0, 0, 0, 255]);
    ramp.data.set([0, 0, 0, 255, 200, 200, 200, 255]);
    const big = resize(ramp, 8, 1);
    for (let x = 1; x < 8; x++) expect(big.data[x * 4]!).toBeGreaterThanOrEqual(big.data[(x - 1) * 4]!);
    expect(big.data[0]).toBe(0);
    expect(big.data[7 * 4]).toBe(200);
    const m = resizeMask(createMask(10, 10, 255), 33, 7);
    expect(m.data.every((v) => v === 255)).toBe(true);
  });
});

describe('filters', () => {
  it('blurs keep flat fields flat and spread an impulse like a Gaussian of the right width', () => {
    const flat = new Float32Array(50 * 40).fill(7);
    expect(boxBlur(flat, 50, 40, 5).every((v) => Math.abs(v - 7) < 1e-4)).toBe(true);
    expect(gaussianBlur(flat, 50, 40, 9).every((v) => Math.abs(v - 7) < 1e-3)).toBe(true);
    for (const sigma of [1.5, 6]) {
      const n = 101;
      const imp = new Float32Array(n * n);
      imp[50 * n + 50] = 1;
      const g = gaussianBlur(imp, n, n, sigma);
      let sum = 0, varX = 0;
      for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) {
        sum += g[y * n + x]!;
        varX += g[y * n + x]! * (x - 50) ** 2;
      }
      expect(sum).toBeCloseTo(1, 3);
      expect(Math.sqrt(varX / sum)).toBeGreaterThan(sigma * 0.9);
      expect(Math.sqrt(varX / sum)).toBeLessThan(sigma * 1.1);
    }
    expect(boxRadiiForGauss(6, 3).length).toBe(3);
  });

  it('pushPullFill interpolates smoothly between known values and keeps them', () => {
    const w = 40, h = 10;
    const img = new Float32Array(w * h);
    const known = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) {
      for (const x of [0, 1, 2]) { img[y * w + x] = 0; known[y * w + x] = 1; }
      for (const x of [37, 38, 39]) { img[y * w + x] = 100; known[y * w + x] = 1; }
      for (let x = 3; x < 37; x++) img[y * w + x] = Number.NaN; // must be overwritten
    }
    expect(pushPullFill(img, known, w, h, 1)).toBe(true);
    const row = Array.from(img.subarray(5 * w, 6 * w));
    expect(row.every((v) => Number.isFinite(v) && v >= 0 && v <= 100)).toBe(true);
    expect(row[0]).toBe(0);
    expect(row[39]).toBe(100);
    expect(row[30]!).toBeGreaterThan(row[10]!);
    expect(pushPullFill(new Float32Array(4), new Uint8Array(4), 2, 2, 1)).toBe(false);
  });
});
