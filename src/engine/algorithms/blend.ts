/**
 * Putting a fill back into the original picture: a feathered seam (MaskBlur)
 * and the Masked.ReferStrength control.
 */
import { distanceTransform } from '../../picpik/distanceTransform';
import { gaussianBlur } from './filters';
import { pushPullFill } from './fill';
import { assertSameSize, cloneRaster } from './raster';
import type { Mask, Raster } from './raster';

/**
 * A1111-style mask blur: the alpha is the mask blurred with radius `blurRadius`
 * (0..64; PICPIK Masked.MaskBlur, default 12), so the seam fades over ±radius
 * on both sides of the mask edge. The kernel is three integer box passes whose
 * radii sum to the blur radius, and the alpha is cut to 0 beyond that Euclidean
 * distance from the mask, so every pixel farther than `blurRadius` outside the
 * mask is byte-identical to `original`; where alpha is exactly 1 the pixel is `filled`.
 */
export function featherBlend(original: Raster, filled: Raster, mask: Mask, blurRadius: number): Raster {
  assertSameSize(original, filled, 'featherBlend');
  assertSameSize(original, mask, 'featherBlend');
  return mix(original, filled, featherAlpha(mask, blurRadius));
}

/**
 * Alpha (0..1) of featherBlend; exact 0 and 1 plateaus thanks to integer box sums.
 * Only the mask's bounding box grown by R + 1 is computed: beyond R every box stage
 * is exactly 0, so that window's own replicated borders give the same sums as the
 * whole picture, and its exact distance transform sees every mask pixel.
 */
export function featherAlpha(mask: Mask, blurRadius: number): Float32Array {
  const { width: w, height: h } = mask;
  const R = Math.round(Math.min(64, Math.max(0, blurRadius)));
  const alpha = new Float32Array(w * h);
  const box = maskBox(mask, R + 1);
  if (!box) return alpha;
  const { x0, y0, bw, bh } = box;
  const sums = new Float64Array(bw * bh); // integer sums stay exact in float64
  const inMask = new Uint8Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      const v = mask.data[(y + y0) * w + x + x0]!;
      sums[y * bw + x] = v;
      inMask[y * bw + x] = v > 0 ? 1 : 0;
    }
  }
  const radii = [Math.floor(R / 3), Math.floor((R + 1) / 3), R - Math.floor(R / 3) - Math.floor((R + 1) / 3)];
  const tmp = new Float64Array(bw * bh);
  const colSum = new Float64Array(bw);
  let norm = 255;
  for (const r of radii) {
    if (r === 0) continue;
    boxSumInPlace(sums, tmp, colSum, bw, bh, r);
    norm *= (2 * r + 1) * (2 * r + 1);
  }
  const dist = R > 0 ? distanceTransform(inMask, bw, bh) : null;
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      const b = y * bw + x;
      if (sums[b] === 0 || (dist && dist[b]! > R)) continue;
      alpha[(y + y0) * w + x + x0] = sums[b]! / norm;
    }
  }
  return alpha;
}

/** Bounding box of the mask's non-zero pixels grown by `grow`, clipped to the picture; null when empty. */
function maskBox(mask: Mask, grow: number): { x0: number; y0: number; bw: number; bh: number } | null {
  const { width: w, height: h, data } = mask;
  let x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let first = -1;
    let last = -1;
    for (let x = 0; x < w; x++) {
      if (data[row + x] === 0) continue;
      if (first < 0) first = x;
      last = x;
    }
    if (first < 0) continue;
    if (first < x0) x0 = first;
    if (last > x1) x1 = last;
    if (y < y0) y0 = y;
    y1 = y;
  }
  if (x1 < 0) return null;
  x0 = Math.max(0, x0 - grow);
  y0 = Math.max(0, y0 - grow);
  x1 = Math.min(w - 1, x1 + grow);
  y1 = Math.min(h - 1, y1 + grow);
  return { x0, y0, bw: x1 - x0 + 1, bh: y1 - y0 + 1 };
}

/**
 * Unnormalised (2r+1)² box sum with replicated borders, written back into `src`:
 * running sums along rows, then down the columns a whole row at a time (cache friendly).
 */
function boxSumInPlace(src: Float64Array, tmp: Float64Array, colSum: Float64Array, w: number, h: number, r: number): void {
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let s = 0;
    for (let i = -r; i <= r; i++) s += src[row + clampI(i, w)]!;
    for (let x = 0; x < w; x++) {
      tmp[row + x] = s;
      s += src[row + clampI(x + r + 1, w)]! - src[row + clampI(x - r, w)]!;
    }
  }
  colSum.fill(0);
  for (let i = -r; i <= r; i++) {
    const row = clampI(i, h) * w;
    for (let x = 0; x < w; x++) colSum[x] = colSum[x]! + tmp[row + x]!;
  }
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const add = clampI(y + r + 1, h) * w;
    const sub = clampI(y - r, h) * w;
    for (let x = 0; x < w; x++) {
      const s = colSum[x]!;
      src[row + x] = s;
      colSum[x] = s + tmp[add + x]! - tmp[sub + x]!;
    }
  }
}

function clampI(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}

/** out = a + (b - a) * alpha per channel; alpha 0 → a exactly, alpha 1 → b exactly. */
function mix(a: Raster, b: Raster, alpha: Float32Array): Raster {
  const out = cloneRaster(a);
  for (let p = 0; p < alpha.length; p++) {
    const t = alpha[p]!;
    if (t <= 0) continue;
    for (let c = 0; c < 4; c++) {
      const i = p * 4 + c;
      out.data[i] = t >= 1 ? b.data[i]! : Math.round(a.data[i]! + (b.data[i]! - a.data[i]!) * t);
    }
  }
  return out;
}

/**
 * PICPIK Masked.ReferStrength (0..2, default 1), read as "how far the redraw
 * moves away from what was in the mask":
 *  - 1: the fill as produced.
 *  - below 1: the original masked pixels show through, (1 - s) of them at s = 0
 *    (nothing redrawn); original pixels with alpha 0 (outpainting) have nothing
 *    to show and are skipped.
 *  - above 1: the fill's low frequencies (overall colour/brightness) are pulled
 *    towards what the surroundings predict — a membrane interpolation of the
 *    known pixels across the mask — by (s - 1); its texture is kept.
 * Pixels with mask 0 are byte-identical to `original`.
 */
export function referBlend(original: Raster, filled: Raster, mask: Mask, referStrength: number): Raster {
  assertSameSize(original, filled, 'referBlend');
  assertSameSize(original, mask, 'referBlend');
  const s = Math.min(2, Math.max(0, referStrength));
  const { width: w, height: h } = original;
  const out = cloneRaster(original);
  const low = s > 1 ? contextShift(original, filled, mask) : null;
  for (let p = 0; p < w * h; p++) {
    const m = mask.data[p]! / 255;
    if (m === 0) continue;
    const keep = s < 1 && original.data[p * 4 + 3]! > 0 ? (1 - s) * m : 0;
    for (let c = 0; c < 3; c++) {
      const i = p * 4 + c;
      let v = filled.data[i]! + (original.data[i]! - filled.data[i]!) * keep;
      if (low) v += (s - 1) * m * low[p * 3 + c]!;
      out.data[i] = Math.round(v);
    }
    out.data[p * 4 + 3] = filled.data[p * 4 + 3]!;
  }
  return out;
}

/** Per pixel RGB: blurred(surrounding membrane) − blurred(fill), i.e. the low-frequency correction. */
function contextShift(original: Raster, filled: Raster, mask: Mask): Float32Array {
  const { width: w, height: h } = original;
  const n = w * h;
  const ctx = new Float32Array(n * 3);
  const known = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    known[p] = mask.data[p] === 0 && original.data[p * 4 + 3]! > 0 ? 1 : 0;
    for (let c = 0; c < 3; c++) ctx[p * 3 + c] = original.data[p * 4 + c]!;
  }
  const shift = new Float32Array(n * 3);
  if (!pushPullFill(ctx, known, w, h, 3)) return shift; // no context at all: nothing to pull towards
  const sigma = Math.max(4, 0.03 * Math.min(w, h));
  const plane = new Float32Array(n);
  for (let c = 0; c < 3; c++) {
    for (let p = 0; p < n; p++) plane[p] = ctx[p * 3 + c]!;
    const a = gaussianBlur(plane, w, h, sigma);
    for (let p = 0; p < n; p++) plane[p] = filled.data[p * 4 + c]!;
    const b = gaussianBlur(plane, w, h, sigma);
    for (let p = 0; p < n; p++) shift[p * 3 + c] = a[p]! - b[p]!;
  }
  return shift;
}
