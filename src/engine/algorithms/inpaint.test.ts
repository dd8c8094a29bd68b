import { describe, expect, it } from 'vitest';
import { distanceTransform } from '../../picpik/distanceTransform';
import { inpaint } from './inpaint';
import { createRaster, invertMask } from './raster';
import { resize } from './resample';
import type { Mask, Raster } from './raster';
import { coverage, discMask, localVariance, meanRgb, photoScene, rectMask } from './testScenes';

const MAGENTA = [255, 0, 255] as const;

/** Paint the hole with a colour that exists nowhere else, so any leak of hole pixels is detectable. */
function withMarkedHole(img: Raster, mask: Mask): Raster {
  const out = { ...img, data: new Uint8ClampedArray(img.data) };
  for (let p = 0; p < mask.data.length; p++) {
    if (mask.data[p]! < 128) continue;
    out.data.set([...MAGENTA, 255], p * 4);
  }
  return out;
}

function expectOutsideIdentical(input: Raster, out: Raster, mask: Mask): void {
  let diffs = 0;
  for (let p = 0; p < mask.data.length; p++) {
    if (mask.data[p] !== 0) continue;
    for (let c = 0; c < 4; c++) if (out.data[p * 4 + c] !== input.data[p * 4 + c]) diffs++;
  }
  expect(diffs).toBe(0);
}

function expectHoleFilled(out: Raster, mask: Mask): void {
  let marked = 0, black = 0, transparent = 0;
  for (let p = 0; p < mask.data.length; p++) {
    if (mask.data[p]! < 128) continue;
    const [r, g, b, a] = out.data.subarray(p * 4, p * 4 + 4);
    if (r === MAGENTA[0] && g === MAGENTA[1] && b === MAGENTA[2]) marked++;
    if (r === 0 && g === 0 && b === 0) black++;
    if (a !== 255) transparent++;
  }
  expect({ marked, black, transparent }).toEqual({ marked: 0, black: 0, transparent: 0 });
}

function rgbKey(r: Raster, p: number): number {
  return (r.data[p * 4]! << 16) | (r.data[p * 4 + 1]! << 8) | r.data[p * 4 + 2]!;
}

const cellKey = (r: number, g: number, b: number): number => (r << 10) | (g << 5) | b;

/**
 * Filled pixels whose colour is not within about two cells (8 levels each, colours compared at 5 bits per channel) of any colour in `offered`:
 * the fill blends votes and corrects the outline, so colours need not be exact copies, but none may be
 * foreign to the picture it was built from.
 */
function foreignColours(out: Raster, offered: Raster, isOffered: (p: number) => boolean, isFilled: (p: number) => boolean): number {
  const cells = new Set<number>();
  for (let p = 0; p < offered.width * offered.height; p++) {
    if (!isOffered(p)) continue;
    const d = offered.data;
    cells.add(cellKey(d[p * 4]! >> 3, d[p * 4 + 1]! >> 3, d[p * 4 + 2]! >> 3));
  }
  let foreign = 0;
  for (let p = 0; p < out.width * out.height; p++) {
    if (!isFilled(p)) continue;
    const [r, g, b] = [out.data[p * 4]! >> 3, out.data[p * 4 + 1]! >> 3, out.data[p * 4 + 2]! >> 3];
    let near = false;
    for (let dr = -2; dr <= 2 && !near; dr++)
      for (let dg = -2; dg <= 2 && !near; dg++)
        for (let db = -2; db <= 2 && !near; db++) near = cells.has(cellKey(r + dr, g + dg, b + db));
    if (!near) foreign++;
  }
  return foreign;
}

/** Known pixels within `band` px (Euclidean) of the mask. */
function ring(mask: Mask, band: number): (p: number) => boolean {
  const inMask = Uint8Array.from(mask.data, (v) => (v >= 128 ? 1 : 0));
  const dist = distanceTransform(inMask, mask.width, mask.height);
  return (p) => inMask[p] === 0 && dist[p]! <= band;
}

describe('inpaint', () => {
  const scene = photoScene(256, 256, 4);

  it('fills a hole in the textured field with similar, non-flat texture and leaves the rest untouched', () => {
    const mask = discMask(256, 256, 200, 222, 28); // entirely in the grass below the horizon
    const input = withMarkedHole(scene, mask);
    const out = inpaint(input, mask, { seed: 7 });
    expectOutsideIdentical(input, out, mask);
    expectHoleFilled(out, mask);
    const inHole = (p: number): boolean => mask.data[p]! >= 128;
    // The scene under the hole is grass: the fill should be about as textured and as green.
    expect(localVariance(out, inHole)).toBeGreaterThan(0.5 * localVariance(scene, inHole));
    const m1 = meanRgb(out, inHole);
    const m2 = meanRgb(scene, inHole);
    for (let c = 0; c < 3; c++) expect(Math.abs(m1[c]! - m2[c]!)).toBeLessThan(25);
    const around = ring(mask, 12);
    const m3 = meanRgb(out, around);
    for (let c = 0; c < 3; c++) expect(Math.abs(m1[c]! - m3[c]!)).toBeLessThan(25);
    // Every filled colour comes from the known pixels (give or take the blend): the magenta hole never leaks.
    expect(foreignColours(out, input, (p) => !inHole(p), inHole)).toBe(0);
  });

  it('is deterministic per seed and varies with the seed', () => {
    const mask = discMask(256, 256, 120, 140, 46);
    expect(coverage(mask)).toBeGreaterThan(0.09);
    const a = inpaint(scene, mask, { seed: 1 });
    const b = inpaint(scene, mask, { seed: 1 });
    const c = inpaint(scene, mask, { seed: 2 });
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(Buffer.from(a.data).equals(Buffer.from(c.data))).toBe(false);
  });

  it('handles a ~70% mask touching every border', () => {
    const mask = rectMask(256, 256, 0, 0, 256, 180);
    expect(coverage(mask)).toBeGreaterThan(0.68);
    const input = withMarkedHole(scene, mask);
    const out = inpaint(input, mask, { seed: 3 });
    expectOutsideIdentical(input, out, mask);
    expectHoleFilled(out, mask);
    const srcVar = localVariance(out, (p) => mask.data[p] === 0);
    expect(localVariance(out, (p) => mask.data[p]! >= 128)).toBeGreaterThan(0.25 * srcVar);
  });

  it('outpaints a transparent canvas border with texture and the scene layout (sky above, grass below)', () => {
    const W = 240, inner = 160, off = 40;
    const canvas = createRaster(W, W); // transparent black around the picture
    const small = photoScene(inner, inner, 9);
    for (let y = 0; y < inner; y++) canvas.data.set(small.data.subarray(y * inner * 4, (y + 1) * inner * 4), ((y + off) * W + off) * 4);
    const mask = invertMask(rectMask(W, W, off, off, off + inner, off + inner));
    const out = inpaint(canvas, mask, { seed: 5 });
    expectOutsideIdentical(canvas, out, mask);
    expectHoleFilled(out, mask);
    const top = meanRgb(out, (p) => p < W * 20);
    const bottom = meanRgb(out, (p) => p >= W * (W - 20));
    expect(top[2]).toBeGreaterThan(top[0] + 40); // sky: blue dominates
    expect(bottom[1]).toBeGreaterThan(bottom[2] + 40); // grass: green dominates
    const colours = new Set<number>();
    for (let p = 0; p < W * W; p++) if (mask.data[p]) colours.add(rgbKey(out, p));
    expect(colours.size).toBeGreaterThan(500);
    expect(localVariance(out, (p) => mask.data[p]! >= 128)).toBeGreaterThan(0.25 * localVariance(out, (p) => mask.data[p] === 0));
  });

  it('works on a 64×64 picture', () => {
    const tiny = photoScene(64, 64, 2);
    const mask = discMask(64, 64, 30, 40, 12);
    const input = withMarkedHole(tiny, mask);
    const out = inpaint(input, mask, { seed: 1 });
    expectOutsideIdentical(input, out, mask);
    expectHoleFilled(out, mask);
    const inHole = (p: number): boolean => mask.data[p]! >= 128;
    expect(localVariance(out, inHole)).toBeGreaterThan(0.3 * localVariance(tiny, inHole));
  });

  it('copies from the extra source when the whole picture is masked, and refuses without one', () => {
    const mask = rectMask(96, 96, 0, 0, 96, 96);
    const source = photoScene(128, 128, 12);
    const out = inpaint(photoScene(96, 96, 1), mask, { seed: 1, source });
    expectHoleFilled(out, mask);
    const resized = resize(source, 96, 96); // the source is used at the image's size
    expect(foreignColours(out, resized, () => true, () => true)).toBe(0);
    expect(localVariance(out, () => true)).toBeGreaterThan(20);
    expect(() => inpaint(photoScene(96, 96, 1), mask, { seed: 1 })).toThrow(RangeError);
  });

  it('returns an identical copy for an empty mask and rejects size mismatches', () => {
    const out = inpaint(scene, discMask(256, 256, 0, 0, 0), { seed: 1 });
    expect(Buffer.from(out.data).equals(Buffer.from(scene.data))).toBe(true);
    expect(() => inpaint(scene, discMask(100, 100, 5, 5, 3), { seed: 1 })).toThrow(RangeError);
  });

  // Timing only, never asserted: PICPIK_BENCH=1 npx vitest run src/engine/algorithms/inpaint.test.ts
  it.skipIf(!process.env.PICPIK_BENCH)('benchmark: 1024² and 2560² with ~10% masks', { timeout: 600_000 }, () => {
    for (const size of [1024, 2560]) {
      const img = photoScene(size, size, 3);
      const mask = discMask(size, size, size * 0.45, size * 0.55, size * 0.178);
      const t0 = performance.now();
      inpaint(img, mask, { seed: 1 });
      console.log(`inpaint ${size}×${size}, mask ${(coverage(mask) * 100).toFixed(1)}%: ${Math.round(performance.now() - t0)} ms`);
    }
  });
});
