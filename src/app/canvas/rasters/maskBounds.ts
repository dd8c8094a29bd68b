import type { MaskId } from '../../store/documentTypes';
import type { PixelRect } from '../geometry/pixelRect';
import type { TiledMask } from './tiledMask';
import { getMask } from './maskRegistry';

/**
 * The bounding box of what a mask sends as white (alpha ≥ 50 %), or null when nothing is.
 * Cached per raster and revision: the region follows the masks on every render.
 */
const cache = new WeakMap<TiledMask, { revision: number; bounds: PixelRect | null }>();

export function maskBounds(maskId: MaskId, revision: number): PixelRect | null {
  const mask = getMask(maskId);
  if (!mask) return null;
  const known = cache.get(mask);
  if (known && known.revision === revision) return known.bounds;
  const bounds = mask.whiteBounds();
  cache.set(mask, { revision, bounds });
  return bounds;
}
