import type { PixelRect } from '../geometry/pixelRect';

/**
 * PICPIK masks are black/white: a pixel is white (redraw) when the mask's alpha is at least
 * half. Soft brush edges therefore export as a hard edge at their midpoint, never as grey.
 */
export const MASK_THRESHOLD = 128;

/** Reads the alpha of RGBA pixels into 0/255 greyscale. */
export function thresholdAlpha(rgba: Uint8ClampedArray | Uint8Array, gray: Uint8Array = new Uint8Array(rgba.length / 4)): Uint8Array {
  for (let i = 0, j = 3; i < gray.length; i++, j += 4) gray[i] = rgba[j]! >= MASK_THRESHOLD ? 255 : 0;
  return gray;
}

/** Paints rects white in a greyscale image (the outpaint area joins the mask). */
export function whitenRects(gray: Uint8Array, width: number, rects: readonly PixelRect[]): Uint8Array {
  for (const rect of rects) {
    for (let y = rect.y; y < rect.y + rect.height; y++) gray.fill(255, y * width + rect.x, y * width + rect.x + rect.width);
  }
  return gray;
}
