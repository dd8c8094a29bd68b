/**
 * Exact Euclidean distance transform (Felzenszwalb & Huttenlocher 2012), shared by the
 * browser (grow/shrink a mask by N px) and the local engine (MaskBlur's feathered edge,
 * matting bands). Both sides must agree on how far "N px from the mask" is, so there is one
 * implementation. Pure and isomorphic: two 1-D passes (columns, then rows), each the lower
 * envelope of parabolas, linear in the pixel count.
 */

/** Squared distance of a pixel with no source pixel anywhere (kept finite so the parabola maths stays exact). */
export const NO_SOURCE = 1e20;

/** Squared distances (row by row) to the nearest pixel where `isSource` holds; NO_SOURCE when there is none. */
export function squaredDistances(width: number, height: number, isSource: (index: number) => boolean): Float64Array {
  const out = new Float64Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = isSource(i) ? 0 : NO_SOURCE;
  transformInPlace(out, width, height);
  return out;
}

/** Distance (in pixels) from every pixel to the nearest pixel where feature[i] !== 0; Infinity if there is none. */
export function distanceTransform(feature: Uint8Array, width: number, height: number): Float32Array {
  const g = new Float64Array(width * height);
  for (let i = 0; i < g.length; i++) g[i] = feature[i] ? 0 : NO_SOURCE;
  transformInPlace(g, width, height);
  const out = new Float32Array(width * height);
  for (let i = 0; i < g.length; i++) out[i] = g[i]! >= NO_SOURCE / 2 ? Infinity : Math.sqrt(g[i]!);
  return out;
}

/** Squared distance transform of `g` (0 on sources, NO_SOURCE elsewhere), columns then rows, in place. */
function transformInPlace(g: Float64Array, width: number, height: number): void {
  const n = Math.max(width, height);
  const f = new Float64Array(n);
  const d = new Float64Array(n);
  const v = new Int32Array(n);
  const z = new Float64Array(n + 1);
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) f[y] = g[y * width + x]!;
    lowerEnvelope(f, height, d, v, z);
    for (let y = 0; y < height; y++) g[y * width + x] = d[y]!;
  }
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) f[x] = g[row + x]!;
    lowerEnvelope(f, width, d, v, z);
    for (let x = 0; x < width; x++) g[row + x] = d[x]!;
  }
}

/** 1-D squared distance transform of f (n samples) into d; v and z are scratch (parabola vertices and bounds). */
function lowerEnvelope(f: Float64Array, n: number, d: Float64Array, v: Int32Array, z: Float64Array): void {
  let k = 0;
  v[0] = 0;
  z[0] = -Infinity;
  z[1] = Infinity;
  for (let q = 1; q < n; q++) {
    let s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!);
    // z[0] = -Infinity stops the loop at the first parabola.
    while (s <= z[k]!) {
      k--;
      s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!);
    }
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = Infinity;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1]! < q) k++;
    const p = v[k]!;
    d[q] = (q - p) * (q - p) + f[p]!;
  }
}
