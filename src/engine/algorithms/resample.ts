/**
 * Separable resampling: area averaging when shrinking an axis (no aliasing) and
 * bilinear interpolation when enlarging it. Works on any interleaved channel count.
 */
import type { Mask, Raster } from './raster';

interface AxisTaps {
  first: Int32Array; // first source index per destination sample
  count: Int32Array; // taps per destination sample
  weights: Float32Array; // count[i] weights starting at i * maxTaps
  maxTaps: number;
}

function axisTaps(srcN: number, dstN: number): AxisTaps {
  const scale = srcN / dstN;
  const shrinking = scale > 1;
  const maxTaps = shrinking ? Math.ceil(scale) + 2 : 2;
  const first = new Int32Array(dstN);
  const count = new Int32Array(dstN);
  const weights = new Float32Array(dstN * maxTaps);
  for (let i = 0; i < dstN; i++) {
    if (shrinking) {
      // Destination pixel i covers source interval [i*scale, (i+1)*scale).
      const a = i * scale;
      const b = Math.min(srcN, a + scale);
      const s0 = Math.floor(a);
      let n = 0;
      for (let s = s0; s < b; s++) {
        weights[i * maxTaps + n++] = (Math.min(b, s + 1) - Math.max(a, s)) / scale;
      }
      first[i] = s0;
      count[i] = n;
    } else {
      // Pixel centres aligned: dst centre i+0.5 maps to src (i+0.5)*scale.
      const c = Math.min(srcN - 1, Math.max(0, (i + 0.5) * scale - 0.5));
      const s0 = Math.min(srcN - 1, Math.floor(c));
      const t = c - s0;
      first[i] = s0;
      count[i] = s0 + 1 < srcN ? 2 : 1;
      weights[i * maxTaps] = count[i] === 2 ? 1 - t : 1;
      weights[i * maxTaps + 1] = t;
    }
  }
  return { first, count, weights, maxTaps };
}

/** Resample an interleaved float plane (channels per pixel) to dstW×dstH. */
export function resamplePlane(
  src: ArrayLike<number>, width: number, height: number, channels: number, dstW: number, dstH: number,
): Float32Array {
  const hx = axisTaps(width, dstW);
  const tmp = new Float32Array(dstW * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < dstW; x++) {
      const n = hx.count[x]!;
      const f = hx.first[x]!;
      for (let c = 0; c < channels; c++) {
        let s = 0;
        for (let t = 0; t < n; t++) s += src[((y * width) + f + t) * channels + c]! * hx.weights[x * hx.maxTaps + t]!;
        tmp[(y * dstW + x) * channels + c] = s;
      }
    }
  }
  const vy = axisTaps(height, dstH);
  const out = new Float32Array(dstW * dstH * channels);
  for (let y = 0; y < dstH; y++) {
    const n = vy.count[y]!;
    const f = vy.first[y]!;
    for (let x = 0; x < dstW; x++) {
      for (let c = 0; c < channels; c++) {
        let s = 0;
        for (let t = 0; t < n; t++) s += tmp[((f + t) * dstW + x) * channels + c]! * vy.weights[y * vy.maxTaps + t]!;
        out[(y * dstW + x) * channels + c] = s;
      }
    }
  }
  return out;
}

/** Resize an RGBA raster (channels are treated independently; see composite.ts for alpha-aware use). */
export function resize(r: Raster, width: number, height: number): Raster {
  if (width === r.width && height === r.height) return { width, height, data: new Uint8ClampedArray(r.data) };
  const out = resamplePlane(r.data, r.width, r.height, 4, width, height);
  const data = new Uint8ClampedArray(out.length);
  for (let i = 0; i < out.length; i++) data[i] = Math.round(out[i]!);
  return { width, height, data };
}

export function resizeMask(m: Mask, width: number, height: number): Mask {
  if (width === m.width && height === m.height) return { width, height, data: new Uint8Array(m.data) };
  const out = resamplePlane(m.data, m.width, m.height, 1, width, height);
  const data = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) data[i] = Math.min(255, Math.max(0, Math.round(out[i]!)));
  return { width, height, data };
}
