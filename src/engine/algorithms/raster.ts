/**
 * Core pixel containers shared by every algorithm in this folder, plus the small
 * helpers they all lean on. Everything works on flat typed arrays so that large
 * images (2560×2560) never allocate one object per pixel.
 */

/** RGBA, 4 bytes per pixel, row-major, not premultiplied. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** One byte per pixel, 0..255; 255 = selected / to redraw (PICPIK: white = redraw). */
export interface Mask {
  width: number;
  height: number;
  data: Uint8Array;
}

export type Rgb = [number, number, number];

/** Mask values at or above this count as "inside" wherever an algorithm needs a hard decision. */
export const MASK_ON = 128;

export function createRaster(width: number, height: number, fill: [number, number, number, number] = [0, 0, 0, 0]): Raster {
  assertSize(width, height);
  const data = new Uint8ClampedArray(width * height * 4);
  if (fill.some((v) => v !== 0)) {
    for (let i = 0; i < data.length; i += 4) {
      data[i] = fill[0];
      data[i + 1] = fill[1];
      data[i + 2] = fill[2];
      data[i + 3] = fill[3];
    }
  }
  return { width, height, data };
}

export function createMask(width: number, height: number, value = 0): Mask {
  assertSize(width, height);
  const data = new Uint8Array(width * height);
  if (value !== 0) data.fill(value);
  return { width, height, data };
}

export function cloneRaster(r: Raster): Raster {
  return { width: r.width, height: r.height, data: new Uint8ClampedArray(r.data) };
}

export function cloneMask(m: Mask): Mask {
  return { width: m.width, height: m.height, data: new Uint8Array(m.data) };
}

/**
 * Binary mask from a black/white picture: luminance (weighted by alpha, so a
 * transparent pixel counts as black) >= threshold → 255, else 0.
 */
export function maskFromRaster(r: Raster, threshold = MASK_ON): Mask {
  const out = createMask(r.width, r.height);
  const d = r.data;
  for (let p = 0, i = 0; p < out.data.length; p++, i += 4) {
    const lum = (0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!) * (d[i + 3]! / 255);
    out.data[p] = lum >= threshold ? 255 : 0;
  }
  return out;
}

/** Grey RGBA picture of a mask (white = 255), e.g. to encode it or show it. */
export function rasterFromMask(m: Mask): Raster {
  const out = createRaster(m.width, m.height);
  for (let p = 0, i = 0; p < m.data.length; p++, i += 4) {
    const v = m.data[p]!;
    out.data[i] = v;
    out.data[i + 1] = v;
    out.data[i + 2] = v;
    out.data[i + 3] = 255;
  }
  return out;
}

export function invertMask(m: Mask): Mask {
  const out = createMask(m.width, m.height);
  for (let i = 0; i < m.data.length; i++) out.data[i] = 255 - m.data[i]!;
  return out;
}

/** Rec.601 luma per pixel, 0..255 floats. */
export function luminance(r: Raster): Float32Array {
  const out = new Float32Array(r.width * r.height);
  const d = r.data;
  for (let p = 0, i = 0; p < out.length; p++, i += 4) {
    out[p] = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
  }
  return out;
}

/** Seeded PRNG (mulberry32): same seed → same sequence, values in [0, 1). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function assertSameSize(a: { width: number; height: number }, b: { width: number; height: number }, what: string): void {
  if (a.width !== b.width || a.height !== b.height) {
    throw new RangeError(`${what}: size mismatch ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  }
}

function assertSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`invalid raster size ${width}×${height}`);
  }
}
