import { intersectRect, isEmptyRect, unionRect, type PixelRect } from '../geometry/pixelRect';
import { TILE_SIZE, type TiledMask } from '../rasters/tiledMask';

/**
 * Whole-mask operations walk the mask in chunks of a few tiles, each read with a halo of
 * `halo` pixels around it (cut at the document's edge): memory stays bounded on a 100 MP
 * document, and an operation reaching `halo` pixels (grow, shrink, smooth) gives the same
 * answer as on the whole image.
 */
export const CHUNK_SIZE = TILE_SIZE * 4;

export interface Block {
  /** Alpha of `rect` (the chunk plus its halo), row by row. */
  alpha: Uint8Array;
  rect: PixelRect;
  /** The part of `rect` to write back. */
  chunk: PixelRect;
}

export function documentRect(mask: TiledMask): PixelRect {
  return { x: 0, y: 0, width: mask.width, height: mask.height };
}

/** Union of the allocated tiles' rectangles: everything painted lies inside (null = empty mask). */
export function allocatedBounds(mask: TiledMask): PixelRect | null {
  let bounds: PixelRect | null = null;
  for (const [key] of mask.entries()) {
    const rect = mask.tileRect(key);
    bounds = bounds ? unionRect(bounds, rect) : rect;
  }
  return bounds;
}

export function growRect(rect: PixelRect, by: number): PixelRect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

/**
 * Calls `apply` for every chunk of `area` (clipped to the document) and writes what it returns
 * (the chunk's new alpha) back; null leaves the chunk as it is. Every block is read from the
 * mask as it was before the operation: a row of chunks is written only once the next row,
 * whose halo reaches into it, has been computed. Returns the changed area.
 */
export function transformChunks(
  mask: TiledMask,
  area: PixelRect,
  halo: number,
  apply: (block: Block) => Uint8Array | null,
): PixelRect | null {
  if (halo > CHUNK_SIZE) throw new RangeError(`A mask operation reaches at most ${CHUNK_SIZE} px (asked ${halo})`);
  const clipped = intersectRect(area, documentRect(mask));
  if (isEmptyRect(clipped)) return null;
  let changed: PixelRect | null = null;
  let previousRow: [PixelRect, Uint8Array][] = [];
  const flush = (row: [PixelRect, Uint8Array][]) => {
    for (const [chunk, alpha] of row) mask.writeAlpha(chunk, alpha);
  };
  const startX = Math.floor(clipped.x / CHUNK_SIZE) * CHUNK_SIZE;
  const startY = Math.floor(clipped.y / CHUNK_SIZE) * CHUNK_SIZE;
  for (let y = startY; y < clipped.y + clipped.height; y += CHUNK_SIZE) {
    const row: [PixelRect, Uint8Array][] = [];
    for (let x = startX; x < clipped.x + clipped.width; x += CHUNK_SIZE) {
      const chunk = intersectRect({ x, y, width: CHUNK_SIZE, height: CHUNK_SIZE }, clipped);
      if (isEmptyRect(chunk)) continue;
      // The halo stops at the document's edge: nothing lies beyond it, and edges do not count as boundaries.
      const rect = intersectRect(growRect(chunk, halo), documentRect(mask));
      const next = apply({ alpha: mask.readAlpha(rect), rect, chunk });
      if (!next) continue;
      row.push([chunk, next]);
      changed = changed ? unionRect(changed, chunk) : chunk;
    }
    flush(previousRow);
    previousRow = row;
  }
  flush(previousRow);
  return changed;
}

/** The chunk's part of a block's values, row by row. */
export function chunkOf(block: Block, values: Uint8Array): Uint8Array {
  const { rect, chunk } = block;
  const out = new Uint8Array(chunk.width * chunk.height);
  for (let y = 0; y < chunk.height; y++) {
    const start = (chunk.y - rect.y + y) * rect.width + (chunk.x - rect.x);
    out.set(values.subarray(start, start + chunk.width), y * chunk.width);
  }
  return out;
}
