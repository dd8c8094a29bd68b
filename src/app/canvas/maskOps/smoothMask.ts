import { MASK_THRESHOLD } from '../export/maskThreshold';
import type { PixelRect } from '../geometry/pixelRect';
import type { TiledMask } from '../rasters/tiledMask';
import { allocatedBounds, chunkOf, growRect, transformChunks, type Block } from './maskChunks';

export const SMOOTH_MIN = 1;
export const SMOOTH_MAX = 100;

/** One horizontal then vertical running-mean pass of radius r (edges clamp). */
function boxBlur(values: Float32Array, width: number, height: number, r: number): Float32Array {
  const tmp = new Float32Array(values.length);
  const out = new Float32Array(values.length);
  const span = 2 * r + 1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += values[row + Math.min(width - 1, Math.max(0, k))]!;
    for (let x = 0; x < width; x++) {
      tmp[row + x] = sum / span;
      sum += values[row + Math.min(width - 1, x + r + 1)]! - values[row + Math.max(0, x - r)]!;
    }
  }
  for (let x = 0; x < width; x++) {
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += tmp[Math.min(height - 1, Math.max(0, k)) * width + x]!;
    for (let y = 0; y < height; y++) {
      out[y * width + x] = sum / span;
      sum += tmp[Math.min(height - 1, y + r + 1) * width + x]! - tmp[Math.max(0, y - r) * width + x]!;
    }
  }
  return out;
}

/**
 * Rounds off jagged edges and removes specks narrower than about the radius, like an image
 * editor's Smooth: the mask is blurred (two box passes ≈ a Gaussian) and cut again at half,
 * with a soft ramp of a pixel or two so the new edge is not stair-stepped.
 */
function smoothBlock(block: Block, radius: number): Uint8Array | null {
  const { alpha, rect } = block;
  let any = false;
  const values = new Float32Array(alpha.length);
  for (let i = 0; i < alpha.length; i++) {
    values[i] = alpha[i]!;
    if (alpha[i]) any = true;
  }
  if (!any) return null;
  const half = Math.max(1, Math.round(radius / 2));
  const blurred = boxBlur(boxBlur(values, rect.width, rect.height, half), rect.width, rect.height, radius - half || 1);
  const out = new Uint8Array(alpha.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(0, Math.min(255, Math.round((blurred[i]! - MASK_THRESHOLD) * 4 + MASK_THRESHOLD)));
  return chunkOf(block, out);
}

export function smoothMask(mask: TiledMask, radius: number): PixelRect | null {
  if (!Number.isInteger(radius) || radius < SMOOTH_MIN || radius > SMOOTH_MAX) {
    throw new RangeError(`Smooth radius must be a whole number of pixels from ${SMOOTH_MIN} to ${SMOOTH_MAX} (got ${radius})`);
  }
  const bounds = allocatedBounds(mask);
  if (!bounds) return null;
  return transformChunks(mask, growRect(bounds, radius), radius * 2, (block) => smoothBlock(block, radius));
}
