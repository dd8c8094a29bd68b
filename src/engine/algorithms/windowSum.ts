/**
 * Sums over (2r+1)² windows by running sums along rows, then columns, clamping at the
 * picture's border (samples beyond it are not counted). O(n) whatever r is; the tight loops
 * avoid per-sample closures because the guided filter runs a dozen of these per call.
 */

/** Window sums of `src` (w × h); `out` may be given to reuse memory. */
export function windowSum(src: Float32Array, w: number, h: number, r: number, out = new Float32Array(w * h)): Float32Array {
  const tmp = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let s = 0;
    for (let x = 0; x <= Math.min(r, w - 1); x++) s += src[row + x]!;
    for (let x = 0; x < w; x++) {
      tmp[row + x] = s;
      const add = x + r + 1, drop = x - r;
      if (add < w) s += src[row + add]!;
      if (drop >= 0) s -= src[row + drop]!;
    }
  }
  for (let x = 0; x < w; x++) {
    let s = 0;
    for (let y = 0; y <= Math.min(r, h - 1); y++) s += tmp[y * w + x]!;
    for (let y = 0; y < h; y++) {
      out[y * w + x] = s;
      const add = y + r + 1, drop = y - r;
      if (add < h) s += tmp[add * w + x]!;
      if (drop >= 0) s -= tmp[drop * w + x]!;
    }
  }
  return out;
}

/** Window means (sums divided by the number of pixels the window really covers). */
export function windowMean(src: Float32Array, w: number, h: number, r: number, count: Float32Array): Float32Array {
  const out = windowSum(src, w, h, r);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / count[i]!;
  return out;
}

/** 1 where some pixel with flag set lies in the (2r+1)² window around it (square dilation). */
export function dilateSquare(flag: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const src = new Float32Array(flag.length);
  for (let i = 0; i < flag.length; i++) src[i] = flag[i]!;
  const sums = windowSum(src, w, h, r);
  const out = new Uint8Array(flag.length);
  for (let i = 0; i < out.length; i++) out[i] = sums[i]! > 0.5 ? 1 : 0;
  return out;
}
