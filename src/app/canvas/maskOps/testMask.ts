import type { PixelRect } from '../geometry/pixelRect';
import { TILE_SIZE, TiledMask, type MaskTile } from '../rasters/tiledMask';

/** For Node tests: a tile keeping its alpha in bytes (the browser keeps it in a canvas, same contract). */
class BytesTile implements MaskTile {
  readonly alpha = new Uint8Array(TILE_SIZE * TILE_SIZE);
  readAlpha(rect: PixelRect): Uint8Array {
    const out = new Uint8Array(rect.width * rect.height);
    for (let y = 0; y < rect.height; y++) out.set(this.alpha.subarray((rect.y + y) * TILE_SIZE + rect.x, (rect.y + y) * TILE_SIZE + rect.x + rect.width), y * rect.width);
    return out;
  }
  writeAlpha(rect: PixelRect, alpha: Uint8Array): void {
    for (let y = 0; y < rect.height; y++) this.alpha.set(alpha.subarray(y * rect.width, (y + 1) * rect.width), (rect.y + y) * TILE_SIZE + rect.x);
  }
}

export const bytesMask = (width: number, height: number) => new TiledMask(width, height, () => new BytesTile());

export function paintRect(mask: TiledMask, rect: PixelRect, value = 255): void {
  mask.writeAlpha(rect, new Uint8Array(rect.width * rect.height).fill(value));
}

/** Masked (alpha ≥ 128) pixels of the whole mask. */
export function maskedCount(mask: TiledMask): number {
  const alpha = mask.readAlpha({ x: 0, y: 0, width: mask.width, height: mask.height });
  return alpha.reduce((sum, a) => sum + (a >= 128 ? 1 : 0), 0);
}

export const alphaAt = (mask: TiledMask, x: number, y: number) => mask.readAlpha({ x, y, width: 1, height: 1 })[0]!;
