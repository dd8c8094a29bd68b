/**
 * GrabCut (Rother, Kolmogorov & Blake 2004): foreground and background colour mixtures
 * (5 full-covariance components each), a graph cut on the 8-connected pixel grid with the
 * contrast-sensitive smoothness term, iterated until the labels settle. Hard seeds are never
 * relabelled; everything else is decided by the cut.
 */
import { fitGmm, negLogLikelihood } from './gmm';
import type { Gmm } from './gmm';
import { minCut, SLOT_DX, SLOT_DY } from './maxflow';
import type { Raster } from './raster';

export const UNKNOWN = 0;
export const HARD_BG = 1;
export const HARD_FG = 2;

const COMPONENTS = 5;
/** Smoothness weight γ (the paper's 50) and the integer scale of all energies. */
export const GAMMA = 50;
export const ENERGY_SCALE = 32;
const MAX_ROUNDS = 5;
/** Labels changing on fewer pixels than this share end the iterations. */
const SETTLED = 0.001;
/** Colour samples per model fit: more costs time, not accuracy. */
const MAX_SAMPLES = 40_000;

export interface CutInput {
  /** Contrast (the smoothness term) comes from this picture… */
  image: Raster;
  /** …and the colour models from this one (same size). */
  colours: Raster;
  /** UNKNOWN / HARD_BG / HARD_FG per pixel. */
  hard: Uint8Array;
  /** First guess, 1 = foreground, used to fit the first colour models. */
  init: Uint8Array;
}

export interface CutResult {
  label: Uint8Array;
  fg: Gmm;
  bg: Gmm;
}

export function grabCut({ image, colours, hard, init }: CutInput): CutResult {
  const { width: w, height: h } = image;
  const n = w * h;
  const { nbr, nlink } = gridLinks(image);
  let maxLinks = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < 8; k++) s += nlink[i * 8 + k]!;
    if (s > maxLinks) maxLinks = s;
  }
  const K = maxLinks + 1;
  let label: Uint8Array = new Uint8Array(n);
  for (let i = 0; i < n; i++) label[i] = hard[i] === HARD_FG ? 1 : hard[i] === HARD_BG ? 0 : init[i]!;
  let fg = fitGmm(samples(colours, label, 1), COMPONENTS);
  let bg = fitGmm(samples(colours, label, 0), COMPONENTS);
  const cap = new Int32Array(n * 8);
  const tr = new Int32Array(n);
  const d = colours.data;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    cap.set(nlink);
    for (let i = 0; i < n; i++) {
      if (hard[i] === HARD_FG) tr[i] = K;
      else if (hard[i] === HARD_BG) tr[i] = -K;
      else {
        const r = d[i * 4]!, g = d[i * 4 + 1]!, b = d[i * 4 + 2]!;
        const cost = negLogLikelihood(bg, r, g, b) - negLogLikelihood(fg, r, g, b);
        tr[i] = Math.max(-1e6, Math.min(1e6, Math.round(ENERGY_SCALE * cost)));
      }
    }
    const next = minCut({ n, nbr, cap, tr });
    let changed = 0;
    for (let i = 0; i < n; i++) if (next[i] !== label[i]) changed++;
    label = next;
    if (changed < SETTLED * n) break;
    const fgSamples = samples(colours, label, 1);
    if (fgSamples.length === 0) break;
    fg = fitGmm(fgSamples, COMPONENTS);
    bg = fitGmm(samples(colours, label, 0), COMPONENTS);
  }
  return { label, fg, bg };
}

/**
 * Neighbour table and n-link capacities γ/dist · exp(−β‖zp − zq‖²) with β = 1 / (2⟨‖zp − zq‖²⟩)
 * over the 8-connected grid.
 */
function gridLinks(image: Raster): { nbr: Int32Array; nlink: Int32Array } {
  const { width: w, height: h, data: d } = image;
  const n = w * h;
  const nbr = new Int32Array(n * 8).fill(-1);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      for (let k = 0; k < 8; k++) {
        const xx = x + SLOT_DX[k]!, yy = y + SLOT_DY[k]!;
        if (xx >= 0 && yy >= 0 && xx < w && yy < h) nbr[i * 8 + k] = yy * w + xx;
      }
    }
  }
  const diff2 = (i: number, j: number): number => {
    const dr = d[i * 4]! - d[j * 4]!, dg = d[i * 4 + 1]! - d[j * 4 + 1]!, db = d[i * 4 + 2]! - d[j * 4 + 2]!;
    return dr * dr + dg * dg + db * db;
  };
  let sum = 0, count = 0;
  for (let a = 0; a < n * 8; a++) {
    const j = nbr[a]!;
    if (j < 0) continue;
    sum += diff2(a >> 3, j);
    count++;
  }
  const beta = sum > 0 ? count / (2 * sum) : 0;
  const nlink = new Int32Array(n * 8);
  for (let a = 0; a < n * 8; a++) {
    const j = nbr[a]!;
    if (j < 0) continue;
    const k = a & 7;
    const dist = SLOT_DX[k] !== 0 && SLOT_DY[k] !== 0 ? Math.SQRT2 : 1;
    nlink[a] = Math.round((ENERGY_SCALE * GAMMA * Math.exp(-beta * diff2(a >> 3, j))) / dist);
  }
  return { nbr, nlink };
}

/** RGB of the pixels labelled `want`, evenly thinned to at most MAX_SAMPLES. */
function samples(image: Raster, label: Uint8Array, want: number): Float32Array {
  let count = 0;
  for (let i = 0; i < label.length; i++) if (label[i] === want) count++;
  const stride = Math.max(1, Math.ceil(count / MAX_SAMPLES));
  const out = new Float32Array(Math.ceil(count / stride) * 3);
  let seen = 0, o = 0;
  for (let i = 0; i < label.length; i++) {
    if (label[i] !== want) continue;
    if (seen++ % stride !== 0) continue;
    out[o++] = image.data[i * 4]!;
    out[o++] = image.data[i * 4 + 1]!;
    out[o++] = image.data[i * 4 + 2]!;
  }
  return out;
}
