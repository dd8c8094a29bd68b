/**
 * Colour guided filter (He, Sun & Tang, "Guided Image Filtering", 2013): smooths a plane
 * while following the guide picture's edges, by fitting a local linear model of the guide's
 * colour in every (2r+1)² window. Applied to a hard cut it gives the edge-aware soft outline
 * the paper shows for feathering and matting. O(n) with box filters.
 */
import { windowMean, windowSum } from './windowSum';
import type { Raster } from './raster';

/** `p` (0..1 per pixel) filtered under `guide`; eps is the regulariser in (0..1 colour)² units. */
export function guidedFilter(guide: Raster, p: Float32Array, r: number, eps: number): Float32Array {
  const { width: w, height: h, data: d } = guide;
  const n = w * h;
  const I = [new Float32Array(n), new Float32Array(n), new Float32Array(n)] as const;
  for (let i = 0; i < n; i++) {
    I[0][i] = d[i * 4]! / 255;
    I[1][i] = d[i * 4 + 1]! / 255;
    I[2][i] = d[i * 4 + 2]! / 255;
  }
  const count = windowSum(new Float32Array(n).fill(1), w, h, r);
  const box = (a: Float32Array): Float32Array => windowMean(a, w, h, r, count);
  const product = (a: Float32Array, b: Float32Array): Float32Array => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
    return out;
  };
  const mI = I.map(box) as Float32Array[];
  const mp = box(p);
  const mIp = I.map((c) => box(product(c, p)));
  // Upper triangle of the colour covariance: rr, rg, rb, gg, gb, bb.
  const pairs: [number, number][] = [[0, 0], [0, 1], [0, 2], [1, 1], [1, 2], [2, 2]];
  const mII = pairs.map(([a, b]) => box(product(I[a]!, I[b]!)));
  const A = [new Float32Array(n), new Float32Array(n), new Float32Array(n)] as const;
  const B = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const m0 = mI[0]![i]!, m1 = mI[1]![i]!, m2 = mI[2]![i]!, mpi = mp[i]!;
    const c0 = mIp[0]![i]! - m0 * mpi, c1 = mIp[1]![i]! - m1 * mpi, c2 = mIp[2]![i]! - m2 * mpi;
    const s00 = mII[0]![i]! - m0 * m0 + eps, s01 = mII[1]![i]! - m0 * m1, s02 = mII[2]![i]! - m0 * m2;
    const s11 = mII[3]![i]! - m1 * m1 + eps, s12 = mII[4]![i]! - m1 * m2, s22 = mII[5]![i]! - m2 * m2 + eps;
    // Σ⁻¹ · cov(I, p) by the adjugate (Σ is symmetric positive definite thanks to eps).
    const i00 = s11 * s22 - s12 * s12, i01 = s02 * s12 - s01 * s22, i02 = s01 * s12 - s02 * s11;
    const i11 = s00 * s22 - s02 * s02, i12 = s01 * s02 - s00 * s12, i22 = s00 * s11 - s01 * s01;
    const det = s00 * i00 + s01 * i01 + s02 * i02;
    const a0 = (i00 * c0 + i01 * c1 + i02 * c2) / det;
    const a1 = (i01 * c0 + i11 * c1 + i12 * c2) / det;
    const a2 = (i02 * c0 + i12 * c1 + i22 * c2) / det;
    A[0][i] = a0;
    A[1][i] = a1;
    A[2][i] = a2;
    B[i] = mpi - a0 * m0 - a1 * m1 - a2 * m2;
  }
  const mA = A.map(box) as Float32Array[];
  const mB = box(B);
  const q = new Float32Array(n);
  for (let i = 0; i < n; i++) q[i] = mA[0]![i]! * I[0][i]! + mA[1]![i]! * I[1][i]! + mA[2]![i]! * I[2][i]! + mB[i]!;
  return q;
}
