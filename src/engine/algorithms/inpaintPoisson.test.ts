import { describe, expect, it } from 'vitest';
import { buildLevel } from './inpaintLevels';
import { poissonOutline } from './inpaintPoisson';
import { createNnf } from './patchmatch';

const S = 96;
const EDGE = 34; // the textured side lies left of it

/**
 * A disc hole filled with 100; the known picture is 100 except left of EDGE, where it is 200.
 * Every target copies a flat patch of 100, so only the left part of the outline differs from the fill.
 */
function scene() {
  const top = new Float32Array(S * S * 3);
  const hole = new Uint8Array(S * S);
  const side = new Uint8Array(S * S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const p = y * S + x;
      hole[p] = (x - 48) ** 2 + (y - 48) ** 2 < 20 * 20 ? 1 : 0;
      top.fill(!hole[p] && x < EDGE ? 200 : 100, p * 3, p * 3 + 3);
      side[p] = x < EDGE ? 0 : 1;
    }
  }
  const L = buildLevel({ w: S, h: S, top, hole, extra: null }, 3);
  const nnf = createNnf(S * S);
  for (const t of L.targets) {
    nnf.sx[t] = 80;
    nnf.sy[t] = 80;
  }
  return { L, nnf, side };
}

/** Largest change of the hole's pixels at or right of column x0. */
function changeRightOf(img: Float32Array, hole: Uint8Array, x0: number): number {
  let most = 0;
  for (let p = 0; p < S * S; p++) if (hole[p] && p % S >= x0) most = Math.max(most, Math.abs(img[p * 3]! - 100));
  return most;
}

describe('outline correction', () => {
  it('meets the outline on each side of the hole from that side only', () => {
    const { L, nnf, side } = scene();
    poissonOutline(L, nnf, side);
    // The bright textured part of the outline pulls its own side up, and leaves the uniform side alone.
    expect(L.img[(48 * S + EDGE - 5) * 3]!).toBeGreaterThan(150);
    expect(changeRightOf(L.img, L.hole, EDGE)).toBeLessThan(1);
  });

  it('without sides spreads every outline difference over the whole hole', () => {
    const { L, nnf } = scene();
    poissonOutline(L, nnf);
    expect(changeRightOf(L.img, L.hole, EDGE)).toBeGreaterThan(30);
  });
});
