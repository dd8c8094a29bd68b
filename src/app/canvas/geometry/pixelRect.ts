/** Integer pixel rectangles (dirty regions, covered areas). Empty rects have width or height 0. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const EMPTY_RECT: PixelRect = { x: 0, y: 0, width: 0, height: 0 };

export function isEmptyRect(rect: PixelRect): boolean {
  return rect.width <= 0 || rect.height <= 0;
}

/** Smallest integer rect containing a circle or box given by floating bounds. */
export function rectFromBounds(left: number, top: number, right: number, bottom: number): PixelRect {
  const x = Math.floor(left);
  const y = Math.floor(top);
  return { x, y, width: Math.ceil(right) - x, height: Math.ceil(bottom) - y };
}

export function unionRect(a: PixelRect, b: PixelRect): PixelRect {
  if (isEmptyRect(a)) return b;
  if (isEmptyRect(b)) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

export function intersectRect(a: PixelRect, b: PixelRect): PixelRect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  if (right <= x || bottom <= y) return EMPTY_RECT;
  return { x, y, width: right - x, height: bottom - y };
}

/** Clips a rect to a canvas of the given size. */
export function clipToCanvas(rect: PixelRect, width: number, height: number): PixelRect {
  return intersectRect(rect, { x: 0, y: 0, width, height });
}
