/**
 * Brings a cut made on a downscaled picture back to full size without losing its edge:
 * the labels are enlarged, then every pixel within a few pixels of the enlarged outline is
 * decided again by a graph cut at full resolution (same colour models, full-resolution
 * contrast), with the pixels just outside that band fixed to their enlarged labels.
 */
import { negLogLikelihood } from './gmm';
import { ENERGY_SCALE, GAMMA, HARD_BG, HARD_FG } from './grabcut';
import { minCut, SLOT_DX, SLOT_DY } from './maxflow';
import type { Raster } from './raster';
import { createMask } from './raster';
import { resizeMask } from './resample';
import type { Segmentation } from './segment';
import { evalSurface } from './firstGuess';
import { dilateSquare } from './windowSum';

/**
 * Full-size labels (1 = foreground) from `cut` made at sw × sh. `hard(i)` gives HARD_FG /
 * HARD_BG / 0 for a full-size pixel: hard seeds stay as they are inside the band too.
 */
export function refineCut(image: Raster, cut: Segmentation, sw: number, sh: number, hard: (i: number) => number): Uint8Array {
  const { width: w, height: h, data: d } = image;
  const n = w * h;
  const small = createMask(sw, sh);
  for (let i = 0; i < cut.label.length; i++) small.data[i] = cut.label[i] ? 255 : 0;
  const big = resizeMask(small, w, h);
  const label = new Uint8Array(n);
  for (let i = 0; i < n; i++) label[i] = big.data[i]! >= 128 ? 1 : 0;
  if (sw === w && sh === h) return label;

  // Band: pixels within reach of the enlarged outline (one working pixel plus a margin).
  const reach = Math.ceil(Math.max(w / sw, h / sh)) + 2;
  const edge = new Uint8Array(n);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if ((x + 1 < w && label[i + 1] !== label[i]) || (y + 1 < h && label[i + w] !== label[i])) edge[i] = 1;
    }
  }
  const band = dilateSquare(edge, w, h, reach);
  const index = new Int32Array(n).fill(-1);
  const nodes: number[] = [];
  for (let i = 0; i < n; i++) {
    if (band[i]) {
      index[i] = nodes.length;
      nodes.push(i);
    }
  }
  const m = nodes.length;
  if (m === 0) return label;

  const diff2 = (i: number, j: number): number => {
    const dr = d[i * 4]! - d[j * 4]!, dg = d[i * 4 + 1]! - d[j * 4 + 1]!, db = d[i * 4 + 2]! - d[j * 4 + 2]!;
    return dr * dr + dg * dg + db * db;
  };
  const neighbour = (i: number, k: number): number => {
    const x = (i % w) + SLOT_DX[k]!, y = Math.floor(i / w) + SLOT_DY[k]!;
    return x < 0 || y < 0 || x >= w || y >= h ? -1 : y * w + x;
  };
  let sum = 0, count = 0;
  for (const i of nodes) {
    for (let k = 4; k < 8; k++) {
      const j = neighbour(i, k);
      if (j >= 0) {
        sum += diff2(i, j);
        count++;
      }
    }
  }
  const beta = sum > 0 ? count / (2 * sum) : 0;
  const nbr = new Int32Array(m * 8).fill(-1);
  const cap = new Int32Array(m * 8);
  const tr = new Int32Array(m);
  const K = Math.round(8 * ENERGY_SCALE * GAMMA) + 1;
  for (let c = 0; c < m; c++) {
    const i = nodes[c]!;
    const fx = (2 * (i % w)) / w - 1, fy = (2 * Math.floor(i / w)) / h - 1, s = cut.surface;
    const r = d[i * 4]! - evalSurface(s, 0, fx, fy) + s.mean[0]!;
    const g = d[i * 4 + 1]! - evalSurface(s, 1, fx, fy) + s.mean[1]!;
    const b = d[i * 4 + 2]! - evalSurface(s, 2, fx, fy) + s.mean[2]!;
    let t = ENERGY_SCALE * (negLogLikelihood(cut.bg, r, g, b) - negLogLikelihood(cut.fg, r, g, b));
    for (let k = 0; k < 8; k++) {
      const j = neighbour(i, k);
      if (j < 0) continue;
      const wgt = Math.round((ENERGY_SCALE * GAMMA * Math.exp(-beta * diff2(i, j))) / (k === 0 || k === 2 || k === 5 || k === 7 ? Math.SQRT2 : 1));
      if (index[j]! >= 0) {
        nbr[c * 8 + k] = index[j]!;
        cap[c * 8 + k] = wgt;
      } else {
        t += label[j] ? wgt : -wgt; // a fixed neighbour pulls towards its own label
      }
    }
    const seed = hard(i);
    tr[c] = seed === HARD_FG ? K : seed === HARD_BG ? -K : Math.max(-1e6, Math.min(1e6, Math.round(t)));
  }
  const side = minCut({ n: m, nbr, cap, tr });
  for (let c = 0; c < m; c++) label[nodes[c]!] = side[c]!;
  return label;
}
