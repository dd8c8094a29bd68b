/**
 * ControlNet pre-processors (canny, lineart) and the step that lets an edge map
 * visibly shape a generated picture (applyStructure).
 */
import { gaussianBlur } from './filters';
import { assertSameSize, cloneRaster, createMask, luminance } from './raster';
import type { Mask, Raster } from './raster';

export interface CannyOptions {
  /** Hysteresis low threshold on the L1 Sobel magnitude (OpenCV's default norm); default 100. */
  low?: number;
  /** High threshold; default 200. */
  high?: number;
  /** Gaussian pre-blur sigma; default 1 (0 = none, like cv2.Canny on a raw image). */
  sigma?: number;
}

/**
 * Canny (1986): Gaussian blur → 3×3 Sobel → non-maximum suppression along the
 * gradient direction → double threshold with hysteresis (8-connected). Like
 * cv2.Canny on a colour image, each pixel uses the RGB channel with the
 * strongest gradient, so edges between equally bright colours are found too.
 * Returns white (255) one-pixel edges on black.
 */
export function canny(image: Raster, opts: CannyOptions = {}): Mask {
  const { width: w, height: h } = image;
  const low = opts.low ?? 100;
  const high = Math.max(low, opts.high ?? 200);
  const planes = [0, 1, 2].map((c) => gaussianBlur(channel(image, c), w, h, opts.sigma ?? 1));
  const mag = new Float32Array(w * h);
  const dir = new Uint8Array(w * h); // 0: horizontal gradient, 1: vertical, 2: "/" diagonal, 3: "\" diagonal
  for (const g of planes) {
    for (let y = 1; y < h - 1; y++) {
      for (let x = 1; x < w - 1; x++) {
        const i = y * w + x;
        const tl = g[i - w - 1]!, tc = g[i - w]!, tr = g[i - w + 1]!;
        const ml = g[i - 1]!, mr = g[i + 1]!;
        const bl = g[i + w - 1]!, bc = g[i + w]!, br = g[i + w + 1]!;
        const gx = tr + 2 * mr + br - tl - 2 * ml - bl;
        const gy = bl + 2 * bc + br - tl - 2 * tc - tr;
        const ax = Math.abs(gx);
        const ay = Math.abs(gy);
        if (ax + ay <= mag[i]!) continue;
        mag[i] = ax + ay;
        // tan(22.5°) ≈ 0.4142, tan(67.5°) ≈ 2.4142
        dir[i] = ay < ax * 0.4142 ? 0 : ay > ax * 2.4142 ? 1 : gx * gy < 0 ? 2 : 3;
      }
    }
  }
  // Non-maximum suppression: keep a pixel only if it is a ridge across the edge.
  const cand = new Uint8Array(w * h); // 1 = weak, 2 = strong
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const m = mag[i]!;
      if (m <= low) continue;
      const d = dir[i]!;
      const off = d === 0 ? 1 : d === 1 ? w : d === 2 ? w - 1 : w + 1;
      // Strict on one side, non-strict on the other, so plateaus yield one pixel.
      if (m > mag[i - off]! && m >= mag[i + off]!) cand[i] = m > high ? 2 : 1;
    }
  }
  return hysteresis(cand, w, h);
}

function channel(r: Raster, c: number): Float32Array {
  const out = new Float32Array(r.width * r.height);
  for (let p = 0; p < out.length; p++) out[p] = r.data[p * 4 + c]!;
  return out;
}

/** Keep weak pixels only when 8-connected to a strong one. */
function hysteresis(cand: Uint8Array, w: number, h: number): Mask {
  const out = createMask(w, h);
  const stack = new Int32Array(w * h);
  let top = 0;
  for (let i = 0; i < cand.length; i++) {
    if (cand[i] !== 2) continue;
    out.data[i] = 255;
    stack[top++] = i;
  }
  while (top > 0) {
    const i = stack[--top]!;
    const x = i % w;
    for (let dy = -w; dy <= w; dy += w) {
      for (let dx = -1; dx <= 1; dx++) {
        if ((x === 0 && dx < 0) || (x === w - 1 && dx > 0)) continue;
        const j = i + dy + dx;
        if (j < 0 || j >= cand.length || out.data[j] || !cand[j]) continue;
        out.data[j] = 255;
        stack[top++] = j;
      }
    }
  }
  return out;
}

export interface LineartOptions {
  /** Narrow Gaussian sigma; default scales with size (≥ 0.8, min side / 640). */
  sigma?: number;
}

/**
 * Soft line art by difference of Gaussians (Winnemöller's XDoG family): where
 * the wide blur is brighter than the narrow one the pixel sits on the dark side
 * of an edge or on a dark line. That excess is soft-thresholded with tanh so
 * faint texture fades out and real contours come out as white lines on black.
 */
export function lineart(image: Raster, opts: LineartOptions = {}): Mask {
  const { width: w, height: h } = image;
  const s1 = opts.sigma ?? Math.max(0.8, Math.min(w, h) / 640);
  const gray = luminance(image);
  const narrow = gaussianBlur(gray, w, h, s1);
  const wide = gaussianBlur(gray, w, h, s1 * 1.6);
  const out = createMask(w, h);
  const floor = 2; // grey levels of DoG response treated as noise
  const soft = 8; // response (above the floor) that maps to ~76% white
  for (let i = 0; i < out.data.length; i++) {
    const d = wide[i]! - narrow[i]! - floor;
    out.data[i] = d <= 0 ? 0 : Math.round(255 * Math.tanh(d / soft));
  }
  return out;
}

/**
 * Ink an edge map into a picture so a ControlNet unit visibly shapes it: each
 * edge pixel is pulled towards a dark shade of its own colour by
 * min(1, 0.6 × weight × edge/255). weight (ControlWeight 0..2) 0 = unchanged.
 */
export function applyStructure(base: Raster, edges: Mask, weight: number): Raster {
  assertSameSize(base, edges, 'applyStructure');
  const out = cloneRaster(base);
  const k = 0.6 * Math.max(0, Math.min(2, weight));
  if (k === 0) return out;
  for (let p = 0; p < edges.data.length; p++) {
    const e = edges.data[p]!;
    if (e === 0) continue;
    const a = Math.min(1, (k * e) / 255);
    for (let c = 0; c < 3; c++) {
      const v = base.data[p * 4 + c]!;
      out.data[p * 4 + c] = Math.round(v - (v - v * 0.15) * a);
    }
  }
  return out;
}
