/**
 * Soft alpha for a hard cut, the way rembg's alpha matting uses the RemoveBackground edge
 * options: the cut is first softened along the picture's own edges (guided filter), then
 * ForegroundThreshold / BackgroundThreshold on that soft outline give the sure parts, both
 * eroded by ErodeSize; in the band left between them alpha is solved from colour: each
 * pixel's colour projected on the line between the local foreground and background colours
 * (pushed in from the sure parts), trusted only where those colours differ and the pixel
 * lies near the line, else the soft outline. Hair optimisation widens the band and trusts
 * the colour more, for strands thinner than the cut can follow.
 */
import { distanceTransform } from '../../picpik/distanceTransform';
import { pushPullFill } from './fill';
import { guidedFilter } from './guidedFilter';
import { createMask, createRaster } from './raster';
import type { Mask, Raster } from './raster';

export interface MatteOptions {
  /** 0..40: how far the sure parts are eroded (px at this size). */
  erode: number;
  /** 0..255: soft outline at or above this is sure foreground (checked first). */
  fgThr: number;
  /** 0..255: soft outline at or below this is sure background. */
  bgThr: number;
  hair: boolean;
}

export interface Matte {
  alpha: Mask;
  /** Estimated foreground colour (RGB, 0..255) of the band's pixels, for a cut-out without background fringes. */
  colour: Float32Array | null;
}

export function matte(image: Raster, label: Uint8Array, opts: MatteOptions): Matte {
  const { width: w, height: h } = image;
  const r = Math.max(2, Math.round(Math.max(w, h) / 500));
  const widen = opts.hair ? Math.round(opts.erode / 2) + r : 0;
  // Far from the outline nothing is uncertain, so the work is done on the outline's bounding box.
  const far0 = opts.fgThr === 0 ? 255 : 0; // a threshold of 0 makes even the background "sure foreground"
  const alpha = createMask(w, h);
  for (let i = 0; i < w * h; i++) alpha.data[i] = label[i] ? 255 : far0;
  const box = outlineBox(label, w, h, opts.erode + widen + 2 * r + 2);
  if (!box) return { alpha, colour: null };
  const [x0, y0, cw, ch] = box;
  const crop = cropRaster(image, x0, y0, cw, ch);
  const cropLabel = new Uint8Array(cw * ch);
  for (let y = 0; y < ch; y++) cropLabel.set(label.subarray((y0 + y) * w + x0, (y0 + y) * w + x0 + cw), y * cw);
  const part = matteRegion(crop, cropLabel, r, opts.erode + widen, opts);
  const colour = part.colour ? new Float32Array(w * h * 3) : null;
  for (let y = 0; y < ch; y++) {
    alpha.data.set(part.alpha.subarray(y * cw, (y + 1) * cw), (y0 + y) * w + x0);
    if (colour) colour.set(part.colour!.subarray(y * cw * 3, (y + 1) * cw * 3), ((y0 + y) * w + x0) * 3);
  }
  return { alpha, colour };
}

function matteRegion(image: Raster, label: Uint8Array, r: number, erode: number, opts: MatteOptions): { alpha: Uint8Array; colour: Float32Array | null } {
  const { width: w, height: h, data } = image;
  const n = w * h;
  const hard = new Float32Array(n);
  for (let i = 0; i < n; i++) hard[i] = label[i]!;
  const soft = guidedFilter(image, hard, r, 1e-3);
  for (let i = 0; i < n; i++) soft[i] = Math.min(255, Math.max(0, soft[i]! * 255));
  const sureFg = erodeWhere(soft, w, h, (v) => v >= opts.fgThr, erode);
  const sureBg = erodeWhere(soft, w, h, (v) => v <= opts.bgThr && !(v >= opts.fgThr), erode);
  const out = new Uint8Array(n);
  const F = new Float32Array(n * 3), B = new Float32Array(n * 3);
  for (let i = 0; i < n * 3; i++) F[i] = B[i] = data[((i / 3) | 0) * 4 + (i % 3)]!;
  const haveF = pushPullFill(F, sureFg, w, h, 3);
  const haveB = pushPullFill(B, sureBg, w, h, 3);
  const tolerance = opts.hair ? 0.5 : 0.25;
  // Colour decides alpha near the cut's edge (further out for hair); deeper in, the cut stands.
  const edge = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((i % w < w - 1 && label[i] !== label[i + 1]) || (i + w < n && label[i] !== label[i + w])) edge[i] = 1;
  const edgeDist = distanceTransform(edge, w, h);
  const reach = opts.hair ? Math.max(3, erode / 2) : 2.5;
  for (let p = 0; p < n; p++) {
    if (sureFg[p]) {
      out[p] = 255;
      continue;
    }
    if (sureBg[p]) continue;
    let a = soft[p]! / 255;
    if (haveF && haveB) {
      let dot = 0, len2 = 0;
      for (let c = 0; c < 3; c++) {
        const fb = F[p * 3 + c]! - B[p * 3 + c]!;
        dot += (data[p * 4 + c]! - B[p * 3 + c]!) * fb;
        len2 += fb * fb;
      }
      const len = Math.sqrt(len2);
      if (len > 20) {
        const t = Math.min(1, Math.max(0, dot / len2));
        let off2 = 0;
        for (let c = 0; c < 3; c++) {
          const e = data[p * 4 + c]! - (B[p * 3 + c]! + t * (F[p * 3 + c]! - B[p * 3 + c]!));
          off2 += e * e;
        }
        // Trust the colour line where the two colours really differ and the pixel lies near it.
        const spread = Math.min(1, (len - 20) / 40);
        const near = Math.exp(-off2 / (tolerance * len + 8) ** 2);
        const c = spread * near * Math.exp(-((edgeDist[p]! / reach) ** 2));
        a = c * t + (1 - c) * a;
      }
      // Foreground colour with the background's share taken out (I = αF + (1 − α)B); faint pixels keep the pushed-in one.
      if (a > 0.3) for (let c = 0; c < 3; c++) F[p * 3 + c] = Math.min(255, Math.max(0, (data[p * 4 + c]! - (1 - a) * B[p * 3 + c]!) / a));
    }
    out[p] = Math.round(a * 255);
  }
  return { alpha: out, colour: haveF && haveB ? F : null };
}

/** [x, y, width, height] of the outline's bounding box grown by `margin`, or null without an outline. */
function outlineBox(label: Uint8Array, w: number, h: number, margin: number): [number, number, number, number] | null {
  let x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if ((x + 1 < w && label[i] !== label[i + 1]) || (y + 1 < h && label[i] !== label[i + w])) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  x0 = Math.max(0, x0 - margin); y0 = Math.max(0, y0 - margin);
  x1 = Math.min(w - 1, x1 + 1 + margin); y1 = Math.min(h - 1, y1 + 1 + margin);
  return [x0, y0, x1 - x0 + 1, y1 - y0 + 1];
}

function cropRaster(r: Raster, x0: number, y0: number, w: number, h: number): Raster {
  const out = createRaster(w, h);
  for (let y = 0; y < h; y++) out.data.set(r.data.subarray(((y0 + y) * r.width + x0) * 4, ((y0 + y) * r.width + x0 + w) * 4), y * w * 4);
  return out;
}

/** Pixels meeting `pred` whose distance to any pixel not meeting it exceeds r (disc erosion). */
function erodeWhere(soft: Float32Array, w: number, h: number, pred: (v: number) => boolean, r: number): Uint8Array {
  const inside = new Uint8Array(w * h);
  const outside = new Uint8Array(w * h);
  for (let i = 0; i < inside.length; i++) {
    if (pred(soft[i]!)) inside[i] = 1;
    else outside[i] = 1;
  }
  if (r === 0) return inside;
  const dist = distanceTransform(outside, w, h);
  for (let i = 0; i < inside.length; i++) if (inside[i] && dist[i]! <= r) inside[i] = 0;
  return inside;
}

/** 1 when the outline is ragged (hair, fur): its length is well above that of a smoothed copy. */
export function looksHairy(label: Uint8Array, w: number, h: number, smoothed: Uint8Array): boolean {
  const perimeter = (m: Uint8Array): number => {
    let p = 0;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = y * w + x;
        if (x + 1 < w && m[i] !== m[i + 1]) p++;
        if (y + 1 < h && m[i] !== m[i + w]) p++;
      }
    }
    return p;
  };
  const smooth = perimeter(smoothed);
  return smooth > 0 && perimeter(label) > 1.35 * smooth;
}
