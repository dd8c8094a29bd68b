import { encodeAlpha } from './alphaCodec';
import { TILE_SIZE, type MaskTile, type TiledMask } from './tiledMask';

/**
 * The whole mask's alpha, run-length coded (alphaCodec tokens, so `decodeAlpha` reads it),
 * written straight from the tiles: an unpainted tile is one zero run per row and is never
 * read, so a 100 MP mask with a small stroke costs what was painted instead of a 100 MB
 * scan. Token streams concatenate, which is what lets rows be coded piece by piece.
 */
export function encodeTiledAlpha<T extends MaskTile>(mask: TiledMask<T>): Uint8Array {
  const chunks: Uint8Array[] = [];
  let zeros = 0;
  const flushZeros = () => {
    if (zeros === 0) return;
    chunks.push(Uint8Array.of(255, zeros & 0xff, (zeros >>> 8) & 0xff, (zeros >>> 16) & 0xff, (zeros >>> 24) & 0xff, 0));
    zeros = 0;
  };
  for (let row = 0; row < mask.rows; row++) {
    // Each painted tile of this band is read once, not once per pixel row.
    const band = new Map<number, Uint8Array>();
    for (let column = 0; column < mask.columns; column++) {
      const key = mask.keyOf(column, row);
      const tile = mask.tile(key);
      if (tile) band.set(column, tile.readAlpha({ x: 0, y: 0, width: TILE_SIZE, height: TILE_SIZE }));
    }
    const height = Math.min(TILE_SIZE, mask.height - row * TILE_SIZE);
    for (let y = 0; y < height; y++) {
      for (let column = 0; column < mask.columns; column++) {
        const width = Math.min(TILE_SIZE, mask.width - column * TILE_SIZE);
        const alpha = band.get(column);
        const segment = alpha?.subarray(y * TILE_SIZE, y * TILE_SIZE + width);
        // Zeros at either end of a painted segment join the runs around it.
        let first = 0;
        let last = width;
        while (segment && first < width && segment[first] === 0) first++;
        while (segment && last > first && segment[last - 1] === 0) last--;
        if (!segment || first === width) {
          zeros += width;
          continue;
        }
        zeros += first;
        flushZeros();
        chunks.push(encodeAlpha(segment.subarray(first, last)));
        zeros = width - last;
      }
    }
  }
  flushZeros();
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
