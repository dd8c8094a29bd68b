import { getMask } from '../canvas/rasters/maskRegistry';
import type { MaskId } from '../store/documentTypes';
import type { MaskTileData } from './maskPlan';

/** Longest stretch of tile reads before the page gets a chance to paint. */
const SLICE_MS = 8;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The painted tiles of a mask, with their alpha. Only allocated tiles are read (an unpainted
 * 2560² mask costs nothing), in slices of a few milliseconds so the page keeps painting.
 */
export async function readMaskTiles(maskId: MaskId): Promise<MaskTileData[]> {
  const mask = getMask(maskId);
  if (!mask) return [];
  const tiles: MaskTileData[] = [];
  let sliceStart = performance.now();
  for (const [key, tile] of [...mask.entries()]) {
    const rect = mask.tileRect(key);
    tiles.push({ ...rect, alpha: tile.readAlpha({ x: 0, y: 0, width: rect.width, height: rect.height }) });
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  return tiles;
}
