/**
 * Tiny colour k-means (k-means++ seeding, Lloyd iterations) used as the
 * foreground / background colour models of foreground.ts.
 */
import { createRng } from './raster';

/** At most this many samples are clustered; more adds cost, not accuracy. */
const MAX_SAMPLES = 4000;

/** Cluster RGB samples (n×3); returns up to k centroids (k×3). Deterministic. */
export function kmeansColors(samples: Float32Array, k: number, iterations = 8): Float32Array {
  const n = samples.length / 3;
  if (n === 0) return new Float32Array(0);
  const rng = createRng(n * 31 + k);
  const pts = subsample(samples, n, rng);
  const m = pts.length / 3;
  const kk = Math.min(k, m);
  const cent = new Float32Array(kk * 3);
  // k-means++: spread initial centres in proportion to squared distance.
  const first = Math.floor(rng() * m);
  cent.set(pts.subarray(first * 3, first * 3 + 3), 0);
  const d2 = new Float32Array(m).fill(Infinity);
  for (let c = 1; c < kk; c++) {
    let total = 0;
    for (let i = 0; i < m; i++) {
      d2[i] = Math.min(d2[i]!, dist2(pts, i, cent, c - 1));
      total += d2[i]!;
    }
    let pick = rng() * total;
    let chosen = m - 1;
    for (let i = 0; i < m; i++) {
      pick -= d2[i]!;
      if (pick <= 0) {
        chosen = i;
        break;
      }
    }
    cent.set(pts.subarray(chosen * 3, chosen * 3 + 3), c * 3);
  }
  const sum = new Float64Array(kk * 3);
  const cnt = new Int32Array(kk);
  for (let it = 0; it < iterations; it++) {
    sum.fill(0);
    cnt.fill(0);
    for (let i = 0; i < m; i++) {
      const c = nearest(cent, pts[i * 3]!, pts[i * 3 + 1]!, pts[i * 3 + 2]!).index;
      cnt[c] = cnt[c]! + 1;
      for (let j = 0; j < 3; j++) sum[c * 3 + j] = sum[c * 3 + j]! + pts[i * 3 + j]!;
    }
    for (let c = 0; c < kk; c++) {
      if (cnt[c] === 0) continue;
      for (let j = 0; j < 3; j++) cent[c * 3 + j] = sum[c * 3 + j]! / cnt[c]!;
    }
  }
  return cent;
}

const result = { index: 0, d2: 0 };

/** Nearest centroid and its squared distance (reuses one result object: no per-pixel allocation). */
export function nearest(cent: Float32Array, r: number, g: number, b: number): { index: number; d2: number } {
  let best = Infinity;
  let bi = 0;
  for (let c = 0; c < cent.length; c += 3) {
    const dr = r - cent[c]!, dg = g - cent[c + 1]!, db = b - cent[c + 2]!;
    const d = dr * dr + dg * dg + db * db;
    if (d < best) {
      best = d;
      bi = c / 3;
    }
  }
  result.index = bi;
  result.d2 = best;
  return result;
}

function dist2(pts: Float32Array, i: number, cent: Float32Array, c: number): number {
  const dr = pts[i * 3]! - cent[c * 3]!, dg = pts[i * 3 + 1]! - cent[c * 3 + 1]!, db = pts[i * 3 + 2]! - cent[c * 3 + 2]!;
  return dr * dr + dg * dg + db * db;
}

function subsample(samples: Float32Array, n: number, rng: () => number): Float32Array {
  if (n <= MAX_SAMPLES) return samples;
  const out = new Float32Array(MAX_SAMPLES * 3);
  for (let i = 0; i < MAX_SAMPLES; i++) {
    const s = Math.floor(rng() * n);
    out[i * 3] = samples[s * 3]!;
    out[i * 3 + 1] = samples[s * 3 + 1]!;
    out[i * 3 + 2] = samples[s * 3 + 2]!;
  }
  return out;
}
