/**
 * GrabCut's first foreground guess: the pixels whose colour the background does not explain.
 * The background samples (border, outside the box, exclude points) give a colour model after
 * two corrections that studio backdrops need: a smooth quadratic colour surface is taken out
 * first (light falls off across a sweep, a vignette brightens the middle), and a pixel that
 * is a darker copy of a background colour counts as background (a cast shadow).
 */
import { gaussianBlur } from './filters';
import { fitGmm, negLogLikelihood } from './gmm';
import type { Gmm } from './gmm';
import { createRaster } from './raster';
import type { Raster } from './raster';

/** A "new" colour is less likely under the background model than this share of background pixels. */
const NOVELTY_QUANTILE = 0.97;
/** Shadows darken the backdrop by at most this much (factor of its brightness). */
const DARKEST_SHADOW = 0.45;
/** Extra cost (nats) of explaining a pixel as shadow rather than lit backdrop. */
const SHADOW_COST = 1;
const MAX_SAMPLES = 20_000;

/** The picture with the backdrop's smooth colour surface (fitted on `bgIdx`) taken out, its mean kept. */
export function flattenBackdrop(img: Raster, bgIdx: Int32Array): { flat: Raster; surface: Surface } {
  const surface = colourSurface(img, bgIdx, Math.max(1, Math.floor(bgIdx.length / MAX_SAMPLES)));
  return { flat: applySurface(img, surface), surface };
}

/** `img` minus the surface (coordinates are relative, so a surface fitted at one size applies at any). */
export function applySurface(img: Raster, surface: Surface): Raster {
  const { width: w, height: h, data: d } = img;
  const out = createRaster(w, h);
  for (let i = 0; i < w * h; i++) {
    const x = (2 * (i % w)) / w - 1, y = (2 * Math.floor(i / w)) / h - 1;
    for (let c = 0; c < 3; c++) out.data[i * 4 + c] = d[i * 4 + c]! - evalSurface(surface, c, x, y) + surface.mean[c]!;
    out.data[i * 4 + 3] = 255;
  }
  return out;
}

/** 1 where the (flattened) colour is unlike the background samples `bgIdx`, 0 elsewhere (and where `exclude`). */
export function novelPixels(flat: Raster, bgIdx: Int32Array, exclude: (i: number) => boolean): Uint8Array {
  const { width: w, height: h, data: d } = flat;
  const n = w * h;
  const stride = Math.max(1, Math.floor(bgIdx.length / MAX_SAMPLES));
  const samples = new Float32Array(Math.ceil(bgIdx.length / stride) * 3);
  for (let s = 0, o = 0; s < bgIdx.length; s += stride) for (let c = 0; c < 3; c++) samples[o++] = d[bgIdx[s]! * 4 + c]!;
  const bg = fitGmm(samples, 5);
  const raw = new Float32Array(n);
  for (let i = 0; i < n; i++) raw[i] = shadowTolerantNll(bg, d[i * 4]!, d[i * 4 + 1]!, d[i * 4 + 2]!);
  const novelty = gaussianBlur(raw, w, h, 1.5);
  const ref: number[] = [];
  for (let s = 0; s < bgIdx.length; s += stride) ref.push(novelty[bgIdx[s]!]!);
  ref.sort((a, b) => a - b);
  const tau = ref[Math.floor(NOVELTY_QUANTILE * (ref.length - 1))]! + 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (!exclude(i) && novelty[i]! > tau) out[i] = 1;
  return out;
}

/** −log p under the model, or under the model of a darker (shadowed) copy of the same colours if that is likelier. */
function shadowTolerantNll(bg: Gmm, r: number, g: number, b: number): number {
  let best = negLogLikelihood(bg, r, g, b);
  for (let c = 0; c < bg.k; c++) {
    const mr = bg.mean[c * 3]!, mg = bg.mean[c * 3 + 1]!, mb = bg.mean[c * 3 + 2]!;
    const k = (r * mr + g * mg + b * mb) / Math.max(1, mr * mr + mg * mg + mb * mb);
    if (k >= 1 || k < DARKEST_SHADOW) continue;
    best = Math.min(best, negLogLikelihood(bg, r / k, g / k, b / k) + SHADOW_COST);
  }
  return best;
}

export interface Surface {
  coef: Float64Array; // 3 channels × 6 terms: 1, x, y, x², xy, y²
  mean: Float64Array;
}

function terms(x: number, y: number, out: Float64Array): void {
  out[0] = 1; out[1] = x; out[2] = y; out[3] = x * x; out[4] = x * y; out[5] = y * y;
}

export function evalSurface(s: Surface, c: number, x: number, y: number): number {
  const k = s.coef;
  const o = c * 6;
  return k[o]! + k[o + 1]! * x + k[o + 2]! * y + k[o + 3]! * x * x + k[o + 4]! * x * y + k[o + 5]! * y * y;
}

/** Least-squares quadratic colour surface over the background samples (coordinates in −1..1). */
function colourSurface(img: Raster, bgIdx: Int32Array, stride: number): Surface {
  const { width: w, height: h, data: d } = img;
  const ata = new Float64Array(36), atb = new Float64Array(18), t = new Float64Array(6), mean = new Float64Array(3);
  let count = 0;
  for (let s = 0; s < bgIdx.length; s += stride) {
    const i = bgIdx[s]!;
    terms((2 * (i % w)) / w - 1, (2 * Math.floor(i / w)) / h - 1, t);
    for (let a = 0; a < 6; a++) {
      for (let b = 0; b < 6; b++) ata[a * 6 + b] = ata[a * 6 + b]! + t[a]! * t[b]!;
      for (let c = 0; c < 3; c++) atb[c * 6 + a] = atb[c * 6 + a]! + t[a]! * d[i * 4 + c]!;
    }
    for (let c = 0; c < 3; c++) mean[c] = mean[c]! + d[i * 4 + c]!;
    count++;
  }
  for (let c = 0; c < 3; c++) mean[c] = mean[c]! / Math.max(1, count);
  // A little ridge keeps the fit defined when the samples are a thin frame or a few discs.
  for (let a = 1; a < 6; a++) ata[a * 6 + a] = ata[a * 6 + a]! + 1e-3 * count;
  const coef = new Float64Array(18);
  for (let c = 0; c < 3; c++) coef.set(solve6(ata, atb.subarray(c * 6, c * 6 + 6)), c * 6);
  return { coef, mean };
}

/** Gaussian elimination with partial pivoting on a 6×6 system. */
function solve6(a0: Float64Array, b0: Float64Array): Float64Array {
  const a = Float64Array.from(a0), b = Float64Array.from(b0);
  for (let col = 0; col < 6; col++) {
    let piv = col;
    for (let r = col + 1; r < 6; r++) if (Math.abs(a[r * 6 + col]!) > Math.abs(a[piv * 6 + col]!)) piv = r;
    for (let k = 0; k < 6; k++) [a[col * 6 + k], a[piv * 6 + k]] = [a[piv * 6 + k]!, a[col * 6 + k]!];
    [b[col], b[piv]] = [b[piv]!, b[col]!];
    const p = a[col * 6 + col]! || 1e-12;
    for (let r = col + 1; r < 6; r++) {
      const f = a[r * 6 + col]! / p;
      for (let k = col; k < 6; k++) a[r * 6 + k] = a[r * 6 + k]! - f * a[col * 6 + k]!;
      b[r] = b[r]! - f * b[col]!;
    }
  }
  const x = new Float64Array(6);
  for (let r = 5; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < 6; k++) s -= a[r * 6 + k]! * x[k]!;
    x[r] = s / (a[r * 6 + r]! || 1e-12);
  }
  return x;
}
