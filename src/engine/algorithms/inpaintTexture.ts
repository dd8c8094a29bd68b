/**
 * Texture features for the coarse inpainting levels (Newson, Almansa, Gousseau & Pérez,
 * "Non-local patch-based image inpainting", IPOL 2017): at a coarse level hair, foliage
 * and a smooth area of the same mean colour look alike, so EM happily fills a textured
 * part of the hole with a flat patch of the in-between colour (a grey block at a hair
 * line). Each pixel therefore also carries the mean absolute luminance gradient, along x
 * and along y, over a window as large as the coarsest level's pixel, measured on the
 * full-resolution picture; patches compare these two values too, and the hole's values
 * are rebuilt by the same vote as its colours.
 */
import { planeDistance } from './inpaintLevels';
import type { Level } from './inpaintLevels';
import { windowSum } from './windowSum';

/** Cost per patch pixel of each squared level of feature difference, next to the colours' three channels. */
export const TEXTURE_WEIGHT = 10;

/**
 * Features at half resolution (ceil(w/2) × ceil(h/2), two values per pixel): the mean
 * |∂x lum| and |∂y lum| of the full-resolution pairs of known pixels falling in each
 * (2·radius+1)² window of half-resolution pixels (hole = null: everything is known).
 * Measured on the full picture, so fine grain counts, but stored at half size: only the
 * coarse levels use them. Hole pixels get 0; the vote fills them.
 */
export function halfResFeatures(rgb: Float32Array, hole: Uint8Array | null, w: number, h: number, radius: number): Float32Array {
  const hw = Math.ceil(w / 2);
  const hh = Math.ceil(h / 2);
  const sums = [new Float32Array(hw * hh), new Float32Array(hw * hh), new Float32Array(hw * hh), new Float32Array(hw * hh)];
  const [gx, cx, gy, cy] = sums as [Float32Array, Float32Array, Float32Array, Float32Array];
  // Luminance of two rows at a time; a hole pixel is NaN, so any pair touching it fails `d >= 0`.
  const above = new Float32Array(w);
  const below = new Float32Array(w);
  const lumRow = (y: number, out: Float32Array): void => {
    for (let x = 0, p = y * w; x < w; x++, p++) {
      out[x] = hole && hole[p] ? Number.NaN : 0.299 * rgb[p * 3]! + 0.587 * rgb[p * 3 + 1]! + 0.114 * rgb[p * 3 + 2]!;
    }
  };
  lumRow(0, below);
  for (let y = 0; y < h; y++) {
    above.set(below);
    if (y + 1 < h) lumRow(y + 1, below);
    const row = (y >> 1) * hw;
    for (let x = 0; x < w; x++) {
      const cell = row + (x >> 1);
      const here = above[x]!;
      if (x + 1 < w) {
        const d = Math.abs(above[x + 1]! - here);
        if (d >= 0) {
          gx[cell] = gx[cell]! + d;
          cx[cell] = cx[cell]! + 1;
        }
      }
      if (y + 1 < h) {
        const d = Math.abs(below[x]! - here);
        if (d >= 0) {
          gy[cell] = gy[cell]! + d;
          cy[cell] = cy[cell]! + 1;
        }
      }
    }
  }
  for (const a of sums) windowSum(a, hw, hh, radius, a);
  const out = new Float32Array(hw * hh * 2);
  for (let q = 0; q < hw * hh; q++) {
    out[q * 2] = cx[q]! > 0 ? gx[q]! / cx[q]! : 0;
    out[q * 2 + 1] = cy[q]! > 0 ? gy[q]! / cy[q]! : 0;
  }
  return out;
}

/**
 * Weighted squared feature difference between the patches centred at (tx,ty) and (sx,sy); stops at
 * `cutoff`. (Reading every other row and column instead was 40 ms faster per 1024² fill, but let a
 * smooth grey patch back into a hair line.)
 */
export function textureDistance(L: Level, tex: Float32Array, tx: number, ty: number, sx: number, sy: number, cutoff: number): number {
  return TEXTURE_WEIGHT * planeDistance(tex, 2, L.w, L.r, tx, ty, sx, sy, cutoff / TEXTURE_WEIGHT);
}
