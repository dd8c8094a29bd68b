import { describe, expect, it } from 'vitest';
import { blendThroughWeights } from './blend';
import { featherWeights, weightsBounds } from './feather';

const W = 120;
const H = 80;
function squareMask(x0: number, y0: number, size: number): Uint8Array {
  const mask = new Uint8Array(W * H);
  for (let y = y0; y < y0 + size; y++) mask.fill(255, y * W + x0, y * W + x0 + size);
  return mask;
}

describe('featherWeights', () => {
  it('is exactly 0 farther than the radius from the mask and exactly 255 deep inside it', () => {
    const weights = featherWeights(squareMask(40, 20, 30), W, H, 12);
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const outside = x < 40 - 12 || x >= 70 + 12 || y < 20 - 12 || y >= 50 + 12;
        const deep = x >= 40 + 12 && x < 70 - 12 && y >= 20 + 12 && y < 50 - 12;
        if (outside) expect(weights[y * W + x]).toBe(0);
        if (deep) expect(weights[y * W + x]).toBe(255);
      }
    }
    // The seam fades: half-way at the mask's edge, in between around it.
    expect(weights[35 * W + 40]).toBeGreaterThan(90);
    expect(weights[35 * W + 40]).toBeLessThan(170);
    expect(weightsBounds(weights, W, H)).toEqual({ x: 29, y: 9, width: 52, height: 52 });
  });

  it('keeps the mask as it is without blur', () => {
    const mask = squareMask(10, 10, 5);
    expect(Array.from(featherWeights(mask, W, H, 0))).toEqual(Array.from(mask));
  });

  it('does not fade where the mask reaches the border', () => {
    const weights = featherWeights(squareMask(0, 0, 40), W, H, 9);
    expect(weights[0]).toBe(255);
    expect(weights[5 * W]).toBe(255);
  });
});

describe('blendThroughWeights', () => {
  it('keeps base bytes at weight 0, takes the result at 255 and mixes in between', () => {
    const base = Uint8ClampedArray.from([10, 20, 30, 255, 10, 20, 30, 255, 10, 20, 30, 0]);
    const result = Uint8ClampedArray.from([200, 100, 0, 255, 200, 100, 0, 255, 200, 100, 0, 255]);
    const out = blendThroughWeights(base, result, Uint8Array.of(0, 255, 51));
    expect(Array.from(out.subarray(0, 4))).toEqual([10, 20, 30, 255]);
    expect(Array.from(out.subarray(4, 8))).toEqual([200, 100, 0, 255]);
    expect(Array.from(out.subarray(8, 12))).toEqual([48, 36, 24, 51]);
  });
});
