import { MASK_THRESHOLD } from '../export/maskThreshold';
import type { PixelRect } from '../geometry/pixelRect';
import type { TiledMask } from '../rasters/tiledMask';
import { squaredDistances } from '../../../picpik/distanceTransform';
import { allocatedBounds, chunkOf, growRect, transformChunks, type Block } from './maskChunks';

/** Grow and shrink take 1–256 px: wide enough for any edit, bounded so a chunk's halo stays small. */
export const GROW_MIN = 1;
export const GROW_MAX = 256;

const clampByte = (value: number) => (value <= 0 ? 0 : value >= 1 ? 255 : Math.round(value * 255));

function hasAny(alpha: Uint8Array, test: (value: number) => boolean): boolean {
  for (let i = 0; i < alpha.length; i++) if (test(alpha[i]!)) return true;
  return false;
}

/** Grow: every pixel within `by` px of a masked pixel (alpha ≥ 50 %) becomes masked, with a 1 px soft edge. */
function growBlock(block: Block, by: number): Uint8Array | null {
  const { alpha, rect } = block;
  if (!hasAny(alpha, (a) => a >= MASK_THRESHOLD)) return null;
  const d2 = squaredDistances(rect.width, rect.height, (i) => alpha[i]! >= MASK_THRESHOLD);
  const out = new Uint8Array(alpha.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(alpha[i]!, clampByte(by + 0.5 - Math.sqrt(d2[i]!)));
  return chunkOf(block, out);
}

/** Shrink: pixels within `by` px of an unmasked pixel are dropped; the document's edge does not count. */
function shrinkBlock(block: Block, by: number): Uint8Array | null {
  const { alpha, rect } = block;
  if (!hasAny(alpha, (a) => a >= MASK_THRESHOLD)) return null;
  if (!hasAny(alpha, (a) => a < MASK_THRESHOLD)) return null;
  const d2 = squaredDistances(rect.width, rect.height, (i) => alpha[i]! < MASK_THRESHOLD);
  const out = new Uint8Array(alpha.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(alpha[i]!, clampByte(Math.sqrt(d2[i]!) - by));
  return chunkOf(block, out);
}

function checkedAmount(by: number): number {
  if (!Number.isInteger(by) || by < GROW_MIN || by > GROW_MAX) {
    throw new RangeError(`Grow / shrink amount must be a whole number of pixels from ${GROW_MIN} to ${GROW_MAX} (got ${by})`);
  }
  return by;
}

/** Grows the mask by `by` document pixels; returns the changed area (null when nothing changed). */
export function growMask(mask: TiledMask, by: number): PixelRect | null {
  const amount = checkedAmount(by);
  const bounds = allocatedBounds(mask);
  if (!bounds) return null;
  return transformChunks(mask, growRect(bounds, amount), amount, (block) => growBlock(block, amount));
}

/** Shrinks the mask by `by` document pixels; returns the changed area (null when nothing changed). */
export function shrinkMask(mask: TiledMask, by: number): PixelRect | null {
  const amount = checkedAmount(by);
  const bounds = allocatedBounds(mask);
  if (!bounds) return null;
  // The document's edge is no boundary: a mask reaching it is not eaten from there.
  return transformChunks(mask, bounds, amount, (block) => shrinkBlock(block, amount));
}
