import { MASK_THRESHOLD } from '../export/maskThreshold';
import type { PixelRect } from '../geometry/pixelRect';
import type { TiledMask } from '../rasters/tiledMask';
import { allocatedBounds, growRect } from './maskChunks';

/**
 * Marks the unmasked pixels reachable from the border of a width × height image through
 * unmasked 4-neighbours (a scanline flood fill, so the work list stays small).
 */
function reachableFromBorder(masked: Uint8Array, width: number, height: number): Uint8Array {
  const seen = new Uint8Array(width * height);
  const stack: number[] = [];
  const push = (x: number, y: number) => {
    const i = y * width + x;
    if (!masked[i] && !seen[i]) stack.push(i);
  };
  for (let x = 0; x < width; x++) {
    push(x, 0);
    push(x, height - 1);
  }
  for (let y = 0; y < height; y++) {
    push(0, y);
    push(width - 1, y);
  }
  while (stack.length > 0) {
    const start = stack.pop()!;
    if (seen[start]) continue;
    const y = Math.floor(start / width);
    const row = y * width;
    let left = start - row;
    let right = left;
    while (left > 0 && !masked[row + left - 1] && !seen[row + left - 1]) left--;
    while (right < width - 1 && !masked[row + right + 1] && !seen[row + right + 1]) right++;
    for (let x = left; x <= right; x++) {
      seen[row + x] = 1;
      if (y > 0) push(x, y - 1);
      if (y < height - 1) push(x, y + 1);
    }
  }
  return seen;
}

/**
 * Fills every hole: unmasked areas the mask encloses completely (not connected to the
 * outside of the mask's bounding box) become masked. Returns the changed area or null.
 */
export function fillHoles(mask: TiledMask): PixelRect | null {
  const bounds = allocatedBounds(mask);
  if (!bounds) return null;
  // One pixel of margin: the outside is connected all around the mask.
  const rect = growRect(bounds, 1);
  const alpha = mask.readAlpha(rect);
  const masked = new Uint8Array(alpha.length);
  for (let i = 0; i < alpha.length; i++) masked[i] = alpha[i]! >= MASK_THRESHOLD ? 1 : 0;
  const outside = reachableFromBorder(masked, rect.width, rect.height);
  let holes = 0;
  for (let i = 0; i < alpha.length; i++) {
    if (masked[i] || outside[i]) continue;
    alpha[i] = 255;
    holes++;
  }
  if (holes === 0) return null;
  mask.writeAlpha(rect, alpha);
  return bounds;
}
