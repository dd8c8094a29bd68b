import { describe, expect, it } from 'vitest';
import { featherAlpha, featherBlend, referBlend } from './blend';
import { distanceTransform } from '../../picpik/distanceTransform';
import type { Mask, Raster } from './raster';
import { localVariance, meanRgb, photoScene, rectMask } from './testScenes';

const W = 160;
const original = photoScene(W, W, 1);
const filled = photoScene(W, W, 2); // a different picture, so every mixed pixel is detectable
const mask = rectMask(W, W, 50, 60, 110, 120);

function distances(m: Mask): { outside: Float32Array; inside: Float32Array } {
  const inM = Uint8Array.from(m.data, (v) => (v > 0 ? 1 : 0));
  const outM = Uint8Array.from(m.data, (v) => (v > 0 ? 0 : 1));
  return { outside: distanceTransform(inM, m.width, m.height), inside: distanceTransform(outM, m.width, m.height) };
}

function samePixel(a: Raster, b: Raster, p: number): boolean {
  for (let c = 0; c < 4; c++) if (a.data[p * 4 + c] !== b.data[p * 4 + c]) return false;
  return true;
}

describe('featherBlend', () => {
  it.each([4, 12, 33, 64])('leaves pixels farther than %i px outside the mask byte-identical and blends at the seam', (R) => {
    const out = featherBlend(original, filled, mask, R);
    const { outside, inside } = distances(mask);
    let changedFar = 0, keptDeep = 0, deep = 0, mixedSeam = 0, seam = 0;
    for (let p = 0; p < W * W; p++) {
      if (mask.data[p] === 0 && outside[p]! > R && !samePixel(out, original, p)) changedFar++;
      if (mask.data[p] !== 0 && inside[p]! > R) {
        deep++;
        if (samePixel(out, filled, p)) keptDeep++;
      }
      if (mask.data[p] === 0 && outside[p]! <= R / 3) {
        seam++;
        if (!samePixel(out, original, p)) mixedSeam++;
      }
    }
    expect(changedFar).toBe(0);
    if (deep > 0) expect(keptDeep / deep).toBeGreaterThan(0.99);
    expect(mixedSeam / seam).toBeGreaterThan(0.8); // the blur really spreads outward
  });

  it('with radius 0 is a hard paste', () => {
    const out = featherBlend(original, filled, mask, 0);
    for (let p = 0; p < W * W; p++) expect(samePixel(out, mask.data[p] ? filled : original, p)).toBe(true);
  });

  it('produces a monotone alpha ramp across a straight edge', () => {
    const alpha = featherAlpha(mask, 12);
    const row = 90 * W;
    for (let x = 30; x < 62; x++) expect(alpha[row + x + 1]!).toBeGreaterThanOrEqual(alpha[row + x]!);
    expect(alpha[row + 50]!).toBeGreaterThan(0.3);
    expect(alpha[row + 50]!).toBeLessThan(0.7);
  });
});

describe('referBlend', () => {
  it('strength 1 pastes the fill, strength 0 keeps the original, outside is untouched', () => {
    const one = referBlend(original, filled, mask, 1);
    const zero = referBlend(original, filled, mask, 0);
    for (let p = 0; p < W * W; p++) {
      expect(samePixel(one, mask.data[p] ? filled : original, p)).toBe(true);
      expect(samePixel(zero, original, p)).toBe(true);
    }
  });

  it('strength 0.5 lands halfway between original and fill', () => {
    const half = referBlend(original, filled, mask, 0.5);
    const p = 90 * W + 80;
    for (let c = 0; c < 3; c++) {
      const expected = (original.data[p * 4 + c]! + filled.data[p * 4 + c]!) / 2;
      expect(Math.abs(half.data[p * 4 + c]! - expected)).toBeLessThanOrEqual(1);
    }
  });

  it('strength 2 pulls the fill colour towards the surroundings but keeps its texture', () => {
    // A fill that is the right texture but tinted far too red.
    const tinted = { ...original, data: new Uint8ClampedArray(original.data) };
    for (let p = 0; p < W * W; p++) if (mask.data[p]) tinted.data[p * 4] = Math.min(255, tinted.data[p * 4]! + 90);
    const inMask = (p: number): boolean => mask.data[p] !== 0;
    const out = referBlend(original, tinted, mask, 2);
    const before = meanRgb(tinted, inMask)[0] - meanRgb(original, inMask)[0];
    const after = meanRgb(out, inMask)[0] - meanRgb(original, inMask)[0];
    expect(Math.abs(after)).toBeLessThan(Math.abs(before) * 0.5);
    expect(localVariance(out, inMask)).toBeGreaterThan(0.6 * localVariance(tinted, inMask));
    for (let p = 0; p < W * W; p++) if (!inMask(p)) expect(samePixel(out, original, p)).toBe(true);
  });
});
