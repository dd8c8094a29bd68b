/**
 * GenerateBackgrounds building blocks: fit a transparent foreground into the
 * output size (PICPIK ResizeMode), a soft contact shadow under it, and the
 * standard alpha "over" composite.
 */
import { gaussianBlur } from './filters';
import { assertSameSize, cloneRaster, createRaster } from './raster';
import type { Raster } from './raster';
import { resamplePlane } from './resample';

export type ResizeMode = 'JustResize' | 'CropAndResize' | 'ResizeAndFill';

/**
 * JustResize stretches to width×height; CropAndResize scales to cover and crops
 * the centre; ResizeAndFill scales to fit, centred, the rest transparent.
 */
export function placeForeground(fg: Raster, width: number, height: number, mode: ResizeMode = 'ResizeAndFill'): Raster {
  if (mode === 'JustResize') return resizeAlphaAware(fg, width, height);
  const cover = mode === 'CropAndResize';
  const scale = cover ? Math.max(width / fg.width, height / fg.height) : Math.min(width / fg.width, height / fg.height);
  const sw = cover ? Math.max(width, Math.round(fg.width * scale)) : Math.max(1, Math.min(width, Math.round(fg.width * scale)));
  const sh = cover ? Math.max(height, Math.round(fg.height * scale)) : Math.max(1, Math.min(height, Math.round(fg.height * scale)));
  const scaled = resizeAlphaAware(fg, sw, sh);
  const out = createRaster(width, height);
  // Cover: offset is negative (crop); fit: positive (margin).
  const ox = Math.floor((width - sw) / 2);
  const oy = Math.floor((height - sh) / 2);
  for (let y = 0; y < height; y++) {
    const sy = y - oy;
    if (sy < 0 || sy >= sh) continue;
    for (let x = 0; x < width; x++) {
      const sx = x - ox;
      if (sx < 0 || sx >= sw) continue;
      const si = (sy * sw + sx) * 4;
      const di = (y * width + x) * 4;
      for (let c = 0; c < 4; c++) out.data[di + c] = scaled.data[si + c]!;
    }
  }
  return out;
}

/** Resize in premultiplied space so transparent pixels' colours don't bleed into edges. */
export function resizeAlphaAware(r: Raster, width: number, height: number): Raster {
  if (width === r.width && height === r.height) return cloneRaster(r);
  const n = r.width * r.height;
  const pre = new Float32Array(n * 4);
  for (let p = 0; p < n; p++) {
    const a = r.data[p * 4 + 3]! / 255;
    for (let c = 0; c < 3; c++) pre[p * 4 + c] = r.data[p * 4 + c]! * a;
    pre[p * 4 + 3] = r.data[p * 4 + 3]!;
  }
  const res = resamplePlane(pre, r.width, r.height, 4, width, height);
  const out = createRaster(width, height);
  for (let p = 0; p < width * height; p++) {
    const a = res[p * 4 + 3]!;
    out.data[p * 4 + 3] = Math.round(a);
    if (a <= 0) continue;
    for (let c = 0; c < 3; c++) out.data[p * 4 + c] = Math.round((res[p * 4 + c]! * 255) / a);
  }
  return out;
}

export interface ShadowOptions {
  /** Downward offset as a fraction of the height; default 0.015. */
  offset?: number;
  /** Blur sigma of the soft shadow as a fraction of the smaller side; default 0.03. */
  softness?: number;
  /** Peak darkening 0..1; default 0.5. */
  opacity?: number;
}

/**
 * Shadow opacity (0..1 per pixel) cast by a placed foreground: a tight, dark
 * occlusion term just under the object plus a wider soft shadow, both from the
 * alpha shifted downward, so the object looks like it stands on the background.
 */
export function contactShadow(placedFg: Raster, opts: ShadowOptions = {}): Float32Array {
  const { width: w, height: h } = placedFg;
  const off = Math.round((opts.offset ?? 0.015) * h);
  const sigma = Math.max(1, (opts.softness ?? 0.03) * Math.min(w, h));
  const opacity = Math.min(1, Math.max(0, opts.opacity ?? 0.5));
  const shifted = new Float32Array(w * h);
  for (let y = off; y < h; y++) {
    for (let x = 0; x < w; x++) shifted[y * w + x] = placedFg.data[((y - off) * w + x) * 4 + 3]! / 255;
  }
  const tight = gaussianBlur(shifted, w, h, Math.max(1, sigma / 4));
  const soft = gaussianBlur(shifted, w, h, sigma);
  const out = new Float32Array(w * h);
  for (let i = 0; i < out.length; i++) {
    const combined = 1 - (1 - tight[i]! * 0.8) * (1 - soft[i]! * 0.6);
    out[i] = opacity * Math.min(1, combined);
  }
  return out;
}

/** Darken a background by a shadow opacity map (RGB × (1 − shadow)); alpha unchanged. */
export function applyShadow(bg: Raster, shadow: Float32Array): Raster {
  if (shadow.length !== bg.width * bg.height) throw new RangeError('applyShadow: size mismatch');
  const out = cloneRaster(bg);
  for (let p = 0; p < shadow.length; p++) {
    const k = 1 - shadow[p]!;
    if (k >= 1) continue;
    for (let c = 0; c < 3; c++) out.data[p * 4 + c] = Math.round(bg.data[p * 4 + c]! * k);
  }
  return out;
}

/** Porter-Duff "over" on straight alpha. fg alpha 255 → fg exactly; fg alpha 0 → bg exactly. */
export function compositeOver(bg: Raster, fg: Raster): Raster {
  assertSameSize(bg, fg, 'compositeOver');
  const out = cloneRaster(bg);
  for (let p = 0; p < bg.width * bg.height; p++) {
    const i = p * 4;
    const fa = fg.data[i + 3]! / 255;
    if (fa === 0) continue;
    if (fa === 1) {
      for (let c = 0; c < 4; c++) out.data[i + c] = fg.data[i + c]!;
      continue;
    }
    const ba = (bg.data[i + 3]! / 255) * (1 - fa);
    const oa = fa + ba;
    for (let c = 0; c < 3; c++) out.data[i + c] = Math.round((fg.data[i + c]! * fa + bg.data[i + c]! * ba) / oa);
    out.data[i + 3] = Math.round(oa * 255);
  }
  return out;
}
