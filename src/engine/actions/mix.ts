import type { Raster } from '../algorithms/raster';

/** Linear blend of two same-size pictures: amount 0 → a, 1 → b (alpha from a, made opaque). */
export function mix(a: Raster, b: Raster, amount: number): Raster {
  const t = Math.min(1, Math.max(0, amount));
  const data = new Uint8ClampedArray(a.data.length);
  for (let i = 0; i < data.length; i++) data[i] = i % 4 === 3 ? 255 : a.data[i]! + (b.data[i]! - a.data[i]!) * t;
  return { width: a.width, height: a.height, data };
}
