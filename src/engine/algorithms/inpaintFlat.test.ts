import { describe, expect, it } from 'vitest';
import { flattenUniform } from './inpaintFlat';
import { buildLevel } from './inpaintLevels';
import type { Level } from './inpaintLevels';
import { createRng } from './raster';

const W = 96;
const H = 96;
const CX = 60;
const CY = 48;
const R = 22;

/** A sky darkening upwards with a little grain, and a disc-shaped hole whose fill `fillAt` gives. */
function skyLevel(fillAt: (x: number, y: number, sky: number) => [number, number, number]): { L: Level; sky: Float32Array } {
  const rng = createRng(3);
  const top = new Float32Array(W * H * 3);
  const sky = new Float32Array(W * H * 3);
  const hole = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const p = y * W + x;
      const v = 80 + y + (rng() - 0.5) * 2;
      sky.set([v, v + 20, v + 60], p * 3);
      hole[p] = (x - CX) ** 2 + (y - CY) ** 2 < R * R ? 1 : 0;
      top.set(hole[p] ? fillAt(x, y, v) : [v, v + 20, v + 60], p * 3);
    }
  }
  return { L: buildLevel({ w: W, h: H, top, hole, extra: null }, 3), sky };
}

/** Largest jump, in any channel, between vertically adjacent hole pixels of column x. */
function largestStep(img: Float32Array, hole: Uint8Array, x: number): number {
  let step = 0;
  for (let y = 1; y < H; y++) {
    const p = y * W + x;
    if (!hole[p] || !hole[p - W]) continue;
    for (let c = 0; c < 3; c++) step = Math.max(step, Math.abs(img[p * 3 + c]! - img[(p - W) * 3 + c]!));
  }
  return step;
}

describe('flattenUniform', () => {
  it('melts the step between two copies of sky taken from different heights, and keeps the known pixels', () => {
    // The upper half of the hole was copied from 8 rows higher: a straight 8-level step across the hole.
    const { L } = skyLevel((_x, y, v) => {
      const s = y < CY ? v - 8 : v;
      return [s, s + 20, s + 60];
    });
    const before = L.img.slice();
    expect(largestStep(before, L.hole, CX)).toBeGreaterThanOrEqual(8);
    flattenUniform(L);
    expect(largestStep(L.img, L.hole, CX)).toBeLessThan(3);
    for (let p = 0; p < W * H; p++) {
      if (L.hole[p]) continue;
      for (let c = 0; c < 3; c++) expect(L.img[p * 3 + c]).toBe(before[p * 3 + c]);
    }
  });

  it('leaves a textured fill and a smooth fill of another colour as they are', () => {
    const rng = createRng(5);
    const textured = skyLevel((_x, _y, v) => {
      const n = (rng() - 0.5) * 80;
      return [v + n, v + 20 + n, v + 60 + n];
    }).L;
    const before = textured.img.slice();
    flattenUniform(textured);
    expect(textured.img).toEqual(before);

    // A smooth red object continued into the hole: not sky, so not pulled towards it.
    const red = skyLevel(() => [200, 40, 30]).L;
    const redBefore = red.img.slice();
    flattenUniform(red);
    const centre = CY * W + CX;
    expect(Array.from(red.img.subarray(centre * 3, centre * 3 + 3))).toEqual(Array.from(redBefore.subarray(centre * 3, centre * 3 + 3)));
  });
});
