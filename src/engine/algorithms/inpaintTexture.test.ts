import { describe, expect, it } from 'vitest';
import { halvePlane } from './inpaintLevels';
import { halfResFeatures } from './inpaintTexture';
import { createRng } from './raster';

const W = 64;
const H = 32;

/** Left half fine noise (hair, grass), right half flat grey; the hole's pixels hold `inHole`. */
function picture(hole: Uint8Array, inHole: number): Float32Array {
  const rng = createRng(9);
  const rgb = new Float32Array(W * H * 3);
  for (let p = 0; p < W * H; p++) {
    const v = hole[p] ? inHole : p % W < W / 2 ? 60 + 120 * rng() : 128;
    rgb.fill(v, p * 3, p * 3 + 3);
  }
  return rgb;
}

describe('texture features', () => {
  it('are high where the picture has fine grain and zero where it is flat, at half resolution', () => {
    const none = new Uint8Array(W * H);
    const tex = halfResFeatures(picture(none, 0), null, W, H, 1);
    expect(tex.length).toBe((W / 2) * (H / 2) * 2);
    const at = (x: number, y: number, c: number): number => tex[(y * (W / 2) + x) * 2 + c]!;
    expect(at(5, 8, 0)).toBeGreaterThan(20);
    expect(at(5, 8, 1)).toBeGreaterThan(20);
    expect(at(26, 8, 0)).toBe(0);
    expect(at(26, 8, 1)).toBe(0);
  });

  it('read nothing from the hole: known pixels get the same features whatever the hole holds', () => {
    const hole = new Uint8Array(W * H);
    for (let y = 10; y < 20; y++) hole.fill(1, y * W + 40, y * W + 50);
    const a = halfResFeatures(picture(hole, 0), hole, W, H, 2);
    const b = halfResFeatures(picture(hole, 255), hole, W, H, 2);
    expect(a).toEqual(b);
    // Next to the hole the flat side still reads flat (the hole's edge is not a gradient).
    expect(a[(7 * (W / 2) + 19) * 2]).toBe(0);
  });

  it('halve by 2 × 2 averages, like the colours', () => {
    const tex = Float32Array.from({ length: 4 * 2 * 2 }, (_, i) => i);
    expect(Array.from(halvePlane(tex, 2, 4, 2))).toEqual([5, 6, 9, 10]);
  });
});
