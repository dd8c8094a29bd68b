/**
 * Full-covariance Gaussian mixture colour model, as GrabCut uses one for the foreground and
 * one for the background (Rother et al. 2004, 5 components each). Seeded by k-means, then
 * refined the GrabCut way: every sample goes to its most likely component and each
 * component is re-estimated from its own samples.
 */
import { kmeansColors, nearest } from './kmeans';

/** Added to each covariance diagonal (in 0..255 units²): JPEG noise and flat backdrops never make a component singular. */
const MIN_VARIANCE = 4;

export interface Gmm {
  k: number;
  /** log(weight) − ½ log det Σ − 3/2 log 2π, per component. */
  logScale: Float64Array;
  mean: Float64Array; // k × 3
  inv: Float64Array; // k × 9, Σ⁻¹ row-major
}

/** Fits a k-component mixture to RGB samples (n × 3). */
export function fitGmm(samples: Float32Array, k: number): Gmm {
  const n = samples.length / 3;
  if (n === 0) throw new RangeError('fitGmm: no samples');
  const cent = kmeansColors(samples, k);
  const kk = cent.length / 3;
  const assign = new Uint8Array(n);
  for (let i = 0; i < n; i++) assign[i] = nearest(cent, samples[i * 3]!, samples[i * 3 + 1]!, samples[i * 3 + 2]!).index;
  let gmm = learn(samples, assign, kk);
  // Two GrabCut re-assignments: most likely component, then re-estimate.
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < n; i++) assign[i] = likeliestComponent(gmm, samples[i * 3]!, samples[i * 3 + 1]!, samples[i * 3 + 2]!);
    gmm = learn(samples, assign, kk);
  }
  return gmm;
}

/** −log p(colour) under the mixture. */
export function negLogLikelihood(g: Gmm, r: number, gr: number, b: number): number {
  let best = -Infinity;
  const logs = scratch;
  for (let c = 0; c < g.k; c++) {
    logs[c] = componentLog(g, c, r, gr, b);
    if (logs[c]! > best) best = logs[c]!;
  }
  let sum = 0;
  for (let c = 0; c < g.k; c++) sum += Math.exp(logs[c]! - best);
  return -(best + Math.log(sum));
}

const scratch = new Float64Array(16);

function componentLog(g: Gmm, c: number, r: number, gr: number, b: number): number {
  const m = c * 3, v = c * 9;
  const x = r - g.mean[m]!, y = gr - g.mean[m + 1]!, z = b - g.mean[m + 2]!;
  const inv = g.inv;
  const q = x * (inv[v]! * x + inv[v + 1]! * y + inv[v + 2]! * z)
    + y * (inv[v + 3]! * x + inv[v + 4]! * y + inv[v + 5]! * z)
    + z * (inv[v + 6]! * x + inv[v + 7]! * y + inv[v + 8]! * z);
  return g.logScale[c]! - 0.5 * q;
}

function likeliestComponent(g: Gmm, r: number, gr: number, b: number): number {
  let best = -Infinity, bi = 0;
  for (let c = 0; c < g.k; c++) {
    const l = componentLog(g, c, r, gr, b);
    if (l > best) {
      best = l;
      bi = c;
    }
  }
  return bi;
}

/** Weights, means and covariances from hard assignments; empty components are dropped. */
function learn(samples: Float32Array, assign: Uint8Array, k: number): Gmm {
  const n = assign.length;
  const cnt = new Float64Array(k), sum = new Float64Array(k * 3), prod = new Float64Array(k * 9);
  for (let i = 0; i < n; i++) {
    const c = assign[i]!;
    cnt[c]!++;
    for (let a = 0; a < 3; a++) {
      const pa = samples[i * 3 + a]!;
      sum[c * 3 + a] = sum[c * 3 + a]! + pa;
      for (let b = 0; b < 3; b++) prod[c * 9 + a * 3 + b] = prod[c * 9 + a * 3 + b]! + pa * samples[i * 3 + b]!;
    }
  }
  const used = [...cnt.keys()].filter((c) => cnt[c]! > 0);
  const g: Gmm = { k: used.length, logScale: new Float64Array(used.length), mean: new Float64Array(used.length * 3), inv: new Float64Array(used.length * 9) };
  used.forEach((c, o) => {
    const mu = [0, 1, 2].map((a) => sum[c * 3 + a]! / cnt[c]!);
    const cov = new Float64Array(9);
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) cov[a * 3 + b] = prod[c * 9 + a * 3 + b]! / cnt[c]! - mu[a]! * mu[b]!;
      cov[a * 3 + a] = cov[a * 3 + a]! + MIN_VARIANCE;
    }
    const det = invert3(cov, g.inv, o * 9);
    g.mean.set(mu, o * 3);
    g.logScale[o] = Math.log(cnt[c]! / n) - 0.5 * Math.log(det) - 1.5 * Math.log(2 * Math.PI);
  });
  return g;
}

/** Inverse of a symmetric positive-definite 3×3 into out[at..at+9]; returns the determinant. */
function invert3(m: Float64Array, out: Float64Array, at: number): number {
  const a = m[0]!, b = m[1]!, c = m[2]!, d = m[3]!, e = m[4]!, f = m[5]!, g = m[6]!, h = m[7]!, i = m[8]!;
  const A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
  const det = Math.max(1e-6, a * A + b * B + c * C);
  out[at] = A / det;
  out[at + 1] = -(b * i - c * h) / det;
  out[at + 2] = (b * f - c * e) / det;
  out[at + 3] = B / det;
  out[at + 4] = (a * i - c * g) / det;
  out[at + 5] = -(a * f - c * d) / det;
  out[at + 6] = C / det;
  out[at + 7] = -(a * h - b * g) / det;
  out[at + 8] = (a * e - b * d) / det;
  return det;
}
