/**
 * ApplyReferencePattern, classically: tile the pattern over the masked region
 * and let the raw picture's shading (folds, light falloff) modulate it, so the
 * pattern looks printed on the object rather than pasted over it.
 */
import { gaussianBlur } from './filters';
import { assertSameSize, cloneRaster, createRng, luminance } from './raster';
import type { Mask, Raster } from './raster';

export interface PatternOptions {
  /** PatternReferStrength 0..1, default 0.5: opacity 1 − (1 − s)² (0 → raw unchanged, 1 → full pattern). */
  strength?: number;
  /** Reinhard colour transfer of the masked result to the raw region's per-channel mean/std. Ignored in chaotic mode, as PICPIK documents. */
  colorCorrection?: boolean;
  /** Per-tile random 90° rotations and offsets (seeded). */
  chaotic?: boolean;
  seed: number;
  /** Tile size as a multiple of the pattern size; default 1. */
  tileScale?: number;
}

export function applyPattern(raw: Raster, mask: Mask, pattern: Raster, opts: PatternOptions): Raster {
  assertSameSize(raw, mask, 'applyPattern');
  const { width: w, height: h } = raw;
  const s = Math.min(1, Math.max(0, opts.strength ?? 0.5));
  const opacity = 1 - (1 - s) * (1 - s);
  const out = cloneRaster(raw);
  if (opacity === 0) return out;
  const shading = shadingRatio(raw, mask);
  const tile = tileSampler(pattern, Math.max(0.05, opts.tileScale ?? 1), opts.chaotic ?? false, opts.seed);
  const mixed = new Float32Array(w * h * 3);
  const rgb: [number, number, number] = [0, 0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      if (mask.data[p] === 0) continue;
      tile(x, y, rgb);
      const k = shading[p]!;
      for (let c = 0; c < 3; c++) {
        const printed = Math.min(255, rgb[c]! * k);
        mixed[p * 3 + c] = raw.data[p * 4 + c]! + (printed - raw.data[p * 4 + c]!) * opacity;
      }
    }
  }
  if (opts.colorCorrection && !opts.chaotic) matchStats(mixed, raw, mask);
  for (let p = 0; p < w * h; p++) {
    const m = mask.data[p]! / 255;
    if (m === 0) continue;
    for (let c = 0; c < 3; c++) {
      const v = raw.data[p * 4 + c]!;
      out.data[p * 4 + c] = Math.round(v + (mixed[p * 3 + c]! - v) * m);
    }
  }
  return out;
}

/**
 * Raw luminance divided by its local mean over the masked region (normalised
 * convolution, so outside pixels don't leak in): 1 on flat areas, <1 in folds
 * and shadows, >1 on highlights. Clamped to [0, 2.5].
 */
function shadingRatio(raw: Raster, mask: Mask): Float32Array {
  const { width: w, height: h } = raw;
  const L = luminance(raw);
  const m = new Float32Array(w * h);
  const Lm = new Float32Array(w * h);
  let minX = w, minY = h, maxX = 0, maxY = 0;
  for (let p = 0; p < w * h; p++) {
    const v = mask.data[p]! / 255;
    if (v === 0) continue;
    m[p] = v;
    Lm[p] = L[p]! * v;
    const x = p % w, y = (p - x) / w;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  // "Regional" mean: about a fifth of the region's size, so broad light falloff counts as shading too.
  const sigma = Math.max(4, 0.2 * Math.min(maxX - minX + 1, maxY - minY + 1));
  const num = gaussianBlur(Lm, w, h, sigma);
  const den = gaussianBlur(m, w, h, sigma);
  const out = new Float32Array(w * h);
  for (let p = 0; p < w * h; p++) {
    if (m[p] === 0) continue;
    const mean = den[p]! > 1e-6 ? num[p]! / den[p]! : L[p]!;
    out[p] = Math.min(2.5, Math.max(0, (L[p]! + 1) / (mean + 1)));
  }
  return out;
}

type Sampler = (x: number, y: number, rgb: [number, number, number]) => void;

/** Bilinear, wrapping pattern lookup; in chaotic mode each tile cell gets its own rotation and offset. */
function tileSampler(pattern: Raster, scale: number, chaotic: boolean, seed: number): Sampler {
  const pw = pattern.width, ph = pattern.height, d = pattern.data;
  const tw = pw * scale, th = ph * scale;
  const rng = createRng(seed);
  const cells = new Map<number, [number, number, number]>(); // cell → [rotation, offX, offY]
  const cellOf = (cx: number, cy: number): [number, number, number] => {
    const key = cx * 73856093 ^ cy * 19349663;
    let c = cells.get(key);
    if (!c) {
      c = [Math.floor(rng() * 4), rng() * pw, rng() * ph];
      cells.set(key, c);
    }
    return c;
  };
  const baseOff: [number, number] = chaotic ? [rng() * pw, rng() * ph] : [0, 0];
  return (x, y, rgb) => {
    let u = x / scale + baseOff[0];
    let v = y / scale + baseOff[1];
    if (chaotic) {
      const cell = cellOf(Math.floor(x / tw), Math.floor(y / th));
      const lu = (x % tw) / scale; // position inside the cell, in pattern pixels
      const lv = (y % th) / scale;
      const rot = cell[0];
      u = (rot === 0 ? lu : rot === 1 ? lv : rot === 2 ? pw - lu : ph - lv) + cell[1];
      v = (rot === 0 ? lv : rot === 1 ? pw - lu : rot === 2 ? ph - lv : lu) + cell[2];
    }
    const fu = ((u % pw) + pw) % pw, fv = ((v % ph) + ph) % ph;
    const x0 = Math.floor(fu), y0 = Math.floor(fv);
    const x1 = (x0 + 1) % pw, y1 = (y0 + 1) % ph;
    const ax = fu - x0, ay = fv - y0;
    for (let c = 0; c < 3; c++) {
      const top = d[(y0 * pw + x0) * 4 + c]! * (1 - ax) + d[(y0 * pw + x1) * 4 + c]! * ax;
      const bot = d[(y1 * pw + x0) * 4 + c]! * (1 - ax) + d[(y1 * pw + x1) * 4 + c]! * ax;
      rgb[c] = top * (1 - ay) + bot * ay;
    }
  };
}

/** Reinhard et al. 2001 per channel: shift/scale masked values to the raw region's mean and std. */
function matchStats(mixed: Float32Array, raw: Raster, mask: Mask): void {
  const n = raw.width * raw.height;
  for (let c = 0; c < 3; c++) {
    let sw = 0, sa = 0, sa2 = 0, sb = 0, sb2 = 0;
    for (let p = 0; p < n; p++) {
      const m = mask.data[p]! / 255;
      if (m === 0) continue;
      const a = mixed[p * 3 + c]!, b = raw.data[p * 4 + c]!;
      sw += m; sa += a * m; sa2 += a * a * m; sb += b * m; sb2 += b * b * m;
    }
    if (sw === 0) return;
    const ma = sa / sw, mb = sb / sw;
    const sda = Math.sqrt(Math.max(0, sa2 / sw - ma * ma));
    const sdb = Math.sqrt(Math.max(0, sb2 / sw - mb * mb));
    const gain = sda > 1e-3 ? sdb / sda : 1;
    for (let p = 0; p < n; p++) {
      if (mask.data[p] === 0) continue;
      mixed[p * 3 + c] = Math.min(255, Math.max(0, mb + (mixed[p * 3 + c]! - ma) * gain));
    }
  }
}
