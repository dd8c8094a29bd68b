/**
 * Single-channel float filters: box / Gaussian blur. Both are separable and O(n)
 * (or O(n·k) for small exact kernels), so they stay cheap on 2560×2560 planes.
 * Borders replicate the edge pixel. (The distance transform is shared with the
 * browser: src/picpik/distanceTransform.ts.)
 */

/** Box blur of radius r (window 2r+1) in both directions; returns a new array. */
export function boxBlur(src: Float32Array, width: number, height: number, radius: number): Float32Array {
  const r = Math.max(0, Math.floor(radius));
  const out = new Float32Array(src);
  if (r === 0) return out;
  const tmp = new Float32Array(Math.max(width, height));
  for (let y = 0; y < height; y++) boxLine(out, y * width, 1, width, r, tmp);
  for (let x = 0; x < width; x++) boxLine(out, x, width, height, r, tmp);
  return out;
}

/** In-place running-sum box filter along one line (start, stride, n samples). */
function boxLine(a: Float32Array, start: number, stride: number, n: number, r: number, tmp: Float32Array): void {
  const at = (i: number): number => a[start + (i < 0 ? 0 : i >= n ? n - 1 : i) * stride]!;
  let sum = 0;
  for (let i = -r; i <= r; i++) sum += at(i);
  const inv = 1 / (2 * r + 1);
  for (let i = 0; i < n; i++) {
    tmp[i] = sum * inv;
    sum += at(i + r + 1) - at(i - r);
  }
  for (let i = 0; i < n; i++) a[start + i * stride] = tmp[i]!;
}

/**
 * Gaussian blur. Small sigmas use an exact sampled kernel (edge detection needs
 * the accuracy); large sigmas use three box passes, which is within a few percent
 * of a true Gaussian and independent of sigma in cost.
 */
export function gaussianBlur(src: Float32Array, width: number, height: number, sigma: number): Float32Array {
  if (sigma <= 0) return new Float32Array(src);
  if (sigma <= 3) return exactGaussian(src, width, height, sigma);
  let out = src;
  for (const r of boxRadiiForGauss(sigma, 3)) out = boxBlur(out, width, height, r);
  return out === src ? new Float32Array(src) : out;
}

/** Box radii whose repeated application approximates a Gaussian of this sigma. */
export function boxRadiiForGauss(sigma: number, passes: number): number[] {
  const ideal = Math.sqrt((12 * sigma * sigma) / passes + 1);
  let wl = Math.floor(ideal);
  if (wl % 2 === 0) wl--;
  const wu = wl + 2;
  const m = Math.round((12 * sigma * sigma - passes * wl * wl - 4 * passes * wl - 3 * passes) / (-4 * wl - 4));
  const radii: number[] = [];
  for (let i = 0; i < passes; i++) radii.push(((i < m ? wl : wu) - 1) / 2);
  return radii;
}

function exactGaussian(src: Float32Array, width: number, height: number, sigma: number): Float32Array {
  const r = Math.max(1, Math.ceil(sigma * 3));
  const k = new Float32Array(2 * r + 1);
  let ksum = 0;
  for (let i = -r; i <= r; i++) ksum += k[i + r] = Math.exp(-(i * i) / (2 * sigma * sigma));
  for (let i = 0; i < k.length; i++) k[i] = k[i]! / ksum;
  const tmp = new Float32Array(src.length);
  const out = new Float32Array(src.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) {
        const xx = x + i < 0 ? 0 : x + i >= width ? width - 1 : x + i;
        s += src[row + xx]! * k[i + r]!;
      }
      tmp[row + x] = s;
    }
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) {
        const yy = y + i < 0 ? 0 : y + i >= height ? height - 1 : y + i;
        s += tmp[yy * width + x]! * k[i + r]!;
      }
      out[y * width + x] = s;
    }
  }
  return out;
}
