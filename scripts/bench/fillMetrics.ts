// Measurements for the content-aware fill bench (scripts/bench/fill.ts), all against the original pixels.
import { distanceTransform } from '../../src/picpik/distanceTransform';
import { boxBlur } from '../../src/engine/algorithms/filters';
import { createRng, luminance } from '../../src/engine/algorithms/raster';
import type { Mask, Raster } from '../../src/engine/algorithms/raster';

/**
 * Random blob mask covering `share` of the picture: 1–4 star-shaped blobs with wavy outlines
 * (radius modulated by a few low harmonics), grown together until they cover the share.
 */
export function blobMask(w: number, h: number, share: number, seed: number): Mask {
  const rng = createRng(seed);
  const blobs = Array.from({ length: 1 + Math.floor(rng() * 4) }, () => ({
    cx: w * (0.15 + 0.7 * rng()),
    cy: h * (0.15 + 0.7 * rng()),
    size: 0.5 + rng(),
    waves: Array.from({ length: 4 }, (_, k) => ({ k: k + 2, a: (0.25 * rng()) / (k + 1), phase: 2 * Math.PI * rng() })),
  }));
  // Per pixel, the smallest common scale at which some blob covers it; the mask is the `share` of pixels with the smallest.
  const need = new Float32Array(w * h).fill(Infinity);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (const b of blobs) {
        const dx = x - b.cx;
        const dy = y - b.cy;
        const theta = Math.atan2(dy, dx);
        let radius = 1;
        for (const wv of b.waves) radius += wv.a * Math.cos(wv.k * theta + wv.phase);
        need[y * w + x] = Math.min(need[y * w + x]!, Math.hypot(dx, dy) / (b.size * radius));
      }
    }
  }
  const limit = Float32Array.from(need).sort()[Math.round(share * w * h) - 1]!;
  return { width: w, height: h, data: Uint8Array.from(need, (v) => (v <= limit ? 255 : 0)) };
}

export function coverage(mask: Mask): number {
  let n = 0;
  for (const v of mask.data) if (v >= 128) n++;
  return n / mask.data.length;
}

/** Mean PSNR (dB) of RGB over the masked pixels. */
export function holePsnr(original: Raster, result: Raster, mask: Mask): number {
  let se = 0;
  let n = 0;
  for (let p = 0; p < mask.data.length; p++) {
    if (mask.data[p]! < 128) continue;
    for (let c = 0; c < 3; c++) se += (original.data[p * 4 + c]! - result.data[p * 4 + c]!) ** 2;
    n += 3;
  }
  return 10 * Math.log10((255 * 255) / Math.max(1e-9, se / Math.max(1, n)));
}

/** |4-neighbour Laplacian| of luminance. */
function laplacian(r: Raster): Float32Array {
  const { width: w, height: h } = r;
  const l = luminance(r);
  const out = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      out[p] = Math.abs(4 * l[p]! - l[p - 1]! - l[p + 1]! - l[p - w]! - l[p + w]!);
    }
  }
  return out;
}

/** Gradient magnitude of luminance (central differences). */
function gradient(r: Raster): Float32Array {
  const { width: w, height: h } = r;
  const l = luminance(r);
  const out = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      out[p] = 0.5 * Math.hypot(l[p + 1]! - l[p - 1]!, l[p + w]! - l[p - w]!);
    }
  }
  return out;
}

function meanWhere(values: Float32Array, keep: (p: number) => boolean): number {
  let s = 0;
  let n = 0;
  for (let p = 0; p < values.length; p++) {
    if (!keep(p)) continue;
    s += values[p]!;
    n++;
  }
  return n ? s / n : 0;
}

/** Distance of each pixel to the other side of the mask outline (0 on neither side is possible). */
function outlineDistances(mask: Mask): { inside: Float32Array; outside: Float32Array; hole: Uint8Array } {
  const hole = Uint8Array.from(mask.data, (v) => (v >= 128 ? 1 : 0));
  const known = Uint8Array.from(hole, (v) => 1 - v);
  return { hole, inside: distanceTransform(known, mask.width, mask.height), outside: distanceTransform(hole, mask.width, mask.height) };
}

export interface FillScores {
  psnr: number;
  /** Laplacian detail in the hole relative to its ring, over the same ratio in the original (1 = same texture). */
  texture: number;
  /** Gradient on the outline over the gradient in the band around it, both sides (1 = no visible edge). */
  seam: number;
  /** The same seam measure on the original picture, for reference. */
  seamOriginal: number;
  /** Laplacian detail of the result over the original's, on hole pixels whose surroundings were flat; NaN if none. */
  flatDetail: number;
}

/** Luminance levels of mean |Laplacian| over a 15×15 window below which an area counts as flat. */
const FLAT_DETAIL = 1.5;

export function scoreFill(original: Raster, result: Raster, mask: Mask, maskBlur: number): FillScores {
  const { width: w, height: h } = original;
  const { hole, inside, outside } = outlineDistances(mask);
  const lapO = laplacian(original);
  const lapR = laplacian(result);
  const ringLo = maskBlur;
  const ringHi = maskBlur + 16;
  const inRing = (p: number): boolean => !hole[p] && outside[p]! > ringLo && outside[p]! <= ringHi;
  const inHole = (p: number): boolean => hole[p] === 1;
  const texture = meanWhere(lapR, inHole) / Math.max(1e-9, meanWhere(lapR, inRing)) / (meanWhere(lapO, inHole) / Math.max(1e-9, meanWhere(lapO, inRing)));
  const onOutline = (p: number): boolean => (hole[p] ? inside[p]! <= 1.5 : outside[p]! <= 1.5);
  const nearOutline = (p: number): boolean => {
    const d = hole[p] ? inside[p]! : outside[p]!;
    return d > 6 && d <= 16;
  };
  const seamOf = (g: Float32Array): number => meanWhere(g, onOutline) / Math.max(1e-9, meanWhere(g, nearOutline));
  const localDetail = boxBlur(lapO, w, h, 7);
  const flat = (p: number): boolean => hole[p] === 1 && localDetail[p]! < FLAT_DETAIL;
  let flats = 0;
  for (let p = 0; p < w * h; p++) if (flat(p)) flats++;
  return {
    psnr: holePsnr(original, result, mask),
    texture,
    seam: seamOf(gradient(result)),
    seamOriginal: seamOf(gradient(original)),
    flatDetail: flats >= 2000 ? meanWhere(lapR, flat) / Math.max(1e-9, meanWhere(lapO, flat)) : Number.NaN,
  };
}
