/**
 * Backdrops for the segmentation fixtures: two plain studio ones (a grey sweep with a soft
 * contact shadow, a blue paper with a vignette) and three real textures, tinted (grass,
 * gravel, brick). Seeded noise, so the same call gives the same pixels.
 */
import { gaussianBlur } from '../../algorithms/filters';
import { createRaster, createRng } from '../../algorithms/raster';
import type { Raster } from '../../algorithms/raster';
import { resize } from '../../algorithms/resample';

export const BACKDROPS = ['plain-grey', 'plain-blue', 'grass', 'gravel', 'brick'] as const;
export type BackdropName = (typeof BACKDROPS)[number];

/** Colour at texture brightness 0 and 1, per channel. */
const TINTS: Record<string, [[number, number, number], [number, number, number]]> = {
  grass: [[30, 60, 20], [150, 225, 95]],
  gravel: [[60, 56, 50], [225, 212, 190]],
  brick: [[70, 35, 28], [235, 150, 115]],
};

export interface Footprint {
  left: number;
  right: number;
  bottom: number;
}

export function backdrop(name: BackdropName, w: number, h: number, textures: Map<string, Raster>, object: Footprint): Raster {
  if (name === 'plain-grey') return studioSweep(w, h, object);
  if (name === 'plain-blue') return bluePaper(w, h);
  return tinted(textures.get(name)!, TINTS[name]!, w, h);
}

function studioSweep(w: number, h: number, o: Footprint): Raster {
  const out = createRaster(w, h, [0, 0, 0, 255]);
  const rng = createRng(11);
  // Soft contact shadow under the object: a blurred flat ellipse, darkening up to 30 %.
  const shadow = new Float32Array(w * h);
  const cx = (o.left + o.right) / 2, rx = 0.5 * (o.right - o.left), ry = Math.max(6, 0.05 * h), cy = o.bottom - ry * 0.6;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 < 1) shadow[y * w + x] = 1;
  const soft = gaussianBlur(shadow, w, h, ry * 0.8);
  for (let y = 0; y < h; y++) {
    const t = y / (h - 1);
    for (let x = 0; x < w; x++) {
      const k = (1 - 0.3 * soft[y * w + x]!);
      const n = (rng() - 0.5) * 4;
      const q = (y * w + x) * 4;
      out.data[q] = (238 - 40 * t + n) * k;
      out.data[q + 1] = (238 - 39 * t + n) * k;
      out.data[q + 2] = (241 - 37 * t + n) * k;
    }
  }
  return out;
}

function bluePaper(w: number, h: number): Raster {
  const out = createRaster(w, h, [0, 0, 0, 255]);
  const rng = createRng(12);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const r2 = ((x - w / 2) / (w / 2)) ** 2 + ((y - h / 2) / (h / 2)) ** 2;
      const v = 1 - 0.12 * r2;
      const n = (rng() - 0.5) * 4;
      const q = (y * w + x) * 4;
      out.data[q] = 176 * v + n;
      out.data[q + 1] = 200 * v + n;
      out.data[q + 2] = 226 * v + n;
    }
  }
  return out;
}

/** The grey texture enlarged 1.4×, mirror-tiled over the canvas and mapped between two colours. */
function tinted(texture: Raster, [lo, hi]: [[number, number, number], [number, number, number]], w: number, h: number): Raster {
  const big = resize(texture, Math.round(texture.width * 1.4), Math.round(texture.height * 1.4));
  const out = createRaster(w, h, [0, 0, 0, 255]);
  const mirror = (v: number, n: number): number => {
    const m = v % (2 * n);
    return m < n ? m : 2 * n - 1 - m;
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const t = big.data[(mirror(y, big.height) * big.width + mirror(x, big.width)) * 4]! / 255;
      const q = (y * w + x) * 4;
      for (let c = 0; c < 3; c++) out.data[q + c] = lo[c]! + (hi[c]! - lo[c]!) * t;
    }
  }
  return out;
}
