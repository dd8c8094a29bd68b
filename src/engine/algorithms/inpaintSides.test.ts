import { describe, expect, it } from 'vitest';
import { downscale } from './inpaintLevels';
import type { LevelData } from './inpaintLevels';
import { addUniformSides } from './inpaintSides';
import { createRng } from './raster';

const S = 256;
const EDGE = 120; // texture left of it, a smooth backdrop right of it (full-scale pixels)

/** Noisy texture left of EDGE (with an optional smooth spot), a flat backdrop right of it; a disc hole. */
function pyramid(hole: { x: number; y: number; r: number }, spot?: { x: number; y: number; r: number }): LevelData[] {
  const rng = createRng(3);
  const top = new Float32Array(S * S * 3);
  const holeMask = new Uint8Array(S * S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const p = y * S + x;
      const inSpot = spot && Math.hypot(x - spot.x, y - spot.y) < spot.r;
      const v = x >= EDGE ? 200 : inSpot ? 60 : 30 + 90 * rng();
      top.fill(v, p * 3, p * 3 + 3);
      if (Math.hypot(x - hole.x, y - hole.y) <= hole.r) holeMask[p] = 1;
    }
  }
  const levels: LevelData[] = [{ w: S, h: S, top, hole: holeMask, extra: null }];
  for (let k = 0; k < 3; k++) levels.push(downscale(levels[levels.length - 1]!));
  for (const L of levels) for (let p = 0; p < L.w * L.h; p++) if (L.hole[p]) L.top.fill(0, p * 3, p * 3 + 3);
  return levels;
}

/** The side (1 = uniform) at a full-scale position on level k. */
const sideAt = (levels: LevelData[], x: number, y: number, k = 1): number => levels[k]!.side![(y >> k) * levels[k]!.w + (x >> k)]!;

describe('sides of the hole', () => {
  it('continue an edge straight across the hole, not halfway to the texture', () => {
    // The texture borders a third of the hole's outline: nearest-outline labels would give it the
    // hole pixels up to the middle (x = EDGE + 30); the edge continued runs at x = EDGE.
    const levels = pyramid({ x: EDGE + 30, y: 128, r: 60 });
    addUniformSides(levels, 3);
    for (const y of [100, 128, 156]) {
      expect(sideAt(levels, EDGE - 8, y)).toBe(0);
      expect(sideAt(levels, EDGE + 6, y)).toBe(1);
      // Every coarse level draws the line in the same place.
      expect(sideAt(levels, EDGE - 16, y, 3)).toBe(0);
      expect(sideAt(levels, EDGE + 8, y, 3)).toBe(1);
    }
  });

  it('reach the edge itself: backdrop pixels whose windows overlap the texture are uniform too', () => {
    const levels = pyramid({ x: EDGE + 80, y: 128, r: 30 });
    addUniformSides(levels, 3);
    expect(sideAt(levels, EDGE + 2, 40)).toBe(1);
    expect(sideAt(levels, EDGE - 4, 40)).toBe(0);
  });

  it('do not count a smooth spot in the texture as a uniform area', () => {
    const levels = pyramid({ x: 60, y: 128, r: 30 }, { x: 60, y: 80, r: 12 });
    addUniformSides(levels, 3);
    expect(sideAt(levels, 60, 80)).toBe(0);
    expect(sideAt(levels, 60, 128)).toBe(0);
  });
});
