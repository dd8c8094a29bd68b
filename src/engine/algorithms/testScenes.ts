/**
 * Photo-like synthetic test pictures and measurement helpers for the unit tests.
 * The scenes are deliberately textured (gradients, multi-octave noise, grain,
 * patterned shapes) so "the fill is not flat" style assertions mean something.
 */
import { createMask, createRaster, createRng } from './raster';
import type { Mask, Raster } from './raster';

/** Smooth lattice noise in [0,1], `cells` lattice cells across the larger side. */
export function valueNoise(w: number, h: number, cells: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const gw = cells + 2;
  const grid = new Float32Array(gw * gw);
  for (let i = 0; i < grid.length; i++) grid[i] = rng();
  const out = new Float32Array(w * h);
  const s = cells / Math.max(w, h);
  for (let y = 0; y < h; y++) {
    const fy = y * s;
    const iy = Math.floor(fy);
    const ty = smooth(fy - iy);
    for (let x = 0; x < w; x++) {
      const fx = x * s;
      const ix = Math.floor(fx);
      const tx = smooth(fx - ix);
      const a = grid[iy * gw + ix]! * (1 - tx) + grid[iy * gw + ix + 1]! * tx;
      const b = grid[(iy + 1) * gw + ix]! * (1 - tx) + grid[(iy + 1) * gw + ix + 1]! * tx;
      out[y * w + x] = a * (1 - ty) + b * ty;
    }
  }
  return out;
}

function smooth(t: number): number {
  return t * t * (3 - 2 * t);
}

/** Sky gradient with clouds, a textured field, a striped red disc, a brick wall and film grain. */
export function photoScene(w: number, h: number, seed = 1): Raster {
  const img = createRaster(w, h, [0, 0, 0, 255]);
  const clouds = valueNoise(w, h, 6, seed);
  const coarse = valueNoise(w, h, 12, seed + 1);
  const fine = valueNoise(w, h, Math.max(8, Math.round(w / 6)), seed + 2);
  const grain = createRng(seed + 3);
  const horizon = Math.round(h * 0.45);
  const disc = { x: w * 0.3, y: h * 0.62, r: Math.min(w, h) * 0.12 };
  const wall = { x0: Math.round(w * 0.58), y0: Math.round(h * 0.3), x1: Math.round(w * 0.85), y1: Math.round(h * 0.7) };
  const brick = Math.max(4, Math.round(w / 40));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      let r: number, g: number, b: number;
      if (y < horizon) {
        const t = y / horizon;
        const c = Math.max(0, clouds[p]! - 0.55) * 2.2 * 255;
        r = 70 + 110 * t + c;
        g = 120 + 90 * t + c;
        b = 210 + 35 * t + c * 0.3;
      } else {
        const t = coarse[p]! * 0.6 + fine[p]! * 0.4;
        r = 60 + 90 * t;
        g = 100 + 80 * t;
        b = 30 + 40 * t;
      }
      const dx = x - disc.x;
      const dy = y - disc.y;
      if (dx * dx + dy * dy < disc.r * disc.r) {
        const stripe = Math.floor((x + y) / Math.max(3, disc.r / 4)) % 2;
        r = stripe ? 200 : 150;
        g = stripe ? 40 : 30;
        b = stripe ? 50 : 70;
      }
      if (x >= wall.x0 && x < wall.x1 && y >= wall.y0 && y < wall.y1) {
        const row = Math.floor(y / brick);
        const mortar = y % brick === 0 || (x + (row % 2) * (brick >> 1) * 2) % (brick * 2) === 0;
        r = mortar ? 200 : 150 + 40 * fine[p]!;
        g = mortar ? 195 : 70 + 20 * fine[p]!;
        b = mortar ? 185 : 50;
      }
      const n = (grain() - 0.5) * 14;
      img.data[p * 4] = r + n;
      img.data[p * 4 + 1] = g + n;
      img.data[p * 4 + 2] = b + n;
    }
  }
  return img;
}

/** A textured object on a plain-ish (slightly graded, grainy) backdrop plus its true mask. */
export function objectOnBackdrop(w: number, h: number, seed = 5): { image: Raster; truth: Mask } {
  const img = createRaster(w, h, [0, 0, 0, 255]);
  const truth = createMask(w, h);
  const tex = valueNoise(w, h, 16, seed);
  const grain = createRng(seed + 1);
  const cx = w * 0.5, cy = h * 0.55, rx = w * 0.22, ry = h * 0.3;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      const inBody = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 < 1;
      const inHead = (x - cx) ** 2 + (y - (cy - ry - h * 0.08)) ** 2 < (h * 0.1) ** 2;
      const n = (grain() - 0.5) * 10;
      let r = 225 - (y / h) * 25, g = 228 - (y / h) * 25, b = 235 - (y / h) * 20;
      if (inBody || inHead) {
        truth.data[p] = 255;
        const t = tex[p]!;
        r = 40 + 120 * t;
        g = 60 + 60 * t;
        b = 120 + 80 * t;
      }
      img.data[p * 4] = r + n;
      img.data[p * 4 + 1] = g + n;
      img.data[p * 4 + 2] = b + n;
    }
  }
  return { image: img, truth };
}

export function rectMask(w: number, h: number, x0: number, y0: number, x1: number, y1: number): Mask {
  const m = createMask(w, h);
  for (let y = Math.max(0, y0); y < Math.min(h, y1); y++) m.data.fill(255, y * w + Math.max(0, x0), y * w + Math.min(w, x1));
  return m;
}

export function discMask(w: number, h: number, cx: number, cy: number, r: number): Mask {
  const m = createMask(w, h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if ((x - cx) ** 2 + (y - cy) ** 2 < r * r) m.data[y * w + x] = 255;
  return m;
}

/** Fraction of pixels with mask >= 128. */
export function coverage(m: Mask): number {
  let n = 0;
  for (const v of m.data) if (v >= 128) n++;
  return n / m.data.length;
}

/** Mean RGB over pixels where select(p) is true. */
export function meanRgb(img: Raster, select: (p: number) => boolean): [number, number, number] {
  const s = [0, 0, 0];
  let n = 0;
  for (let p = 0; p < img.width * img.height; p++) {
    if (!select(p)) continue;
    for (let c = 0; c < 3; c++) s[c]! += img.data[p * 4 + c]!;
    n++;
  }
  return [s[0]! / n, s[1]! / n, s[2]! / n];
}

/** Mean over selected pixels of the luminance variance in a (2r+1)² window: a texture measure. */
export function localVariance(img: Raster, select: (p: number) => boolean, r = 2): number {
  const { width: w, height: h } = img;
  const lum = (p: number): number => 0.299 * img.data[p * 4]! + 0.587 * img.data[p * 4 + 1]! + 0.114 * img.data[p * 4 + 2]!;
  let total = 0;
  let n = 0;
  for (let y = r; y < h - r; y++) {
    for (let x = r; x < w - r; x++) {
      if (!select(y * w + x)) continue;
      let s = 0, s2 = 0, k = 0;
      for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) {
        const v = lum((y + dy) * w + x + dx);
        s += v;
        s2 += v * v;
        k++;
      }
      total += s2 / k - (s / k) ** 2;
      n++;
    }
  }
  return total / Math.max(1, n);
}
