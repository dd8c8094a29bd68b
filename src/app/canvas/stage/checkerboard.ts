import { context2d, createRasterCanvas } from '../rasters/maskPixels';

/** The transparency checkerboard, 8-pixel squares in two dark greys that sit well in the dark UI. */
let pattern: HTMLCanvasElement | null = null;

export function checkerboardPattern(): HTMLCanvasElement {
  if (pattern) return pattern;
  const square = 8;
  pattern = createRasterCanvas(square * 2, square * 2);
  const ctx = context2d(pattern);
  ctx.fillStyle = '#2a2d33';
  ctx.fillRect(0, 0, square * 2, square * 2);
  ctx.fillStyle = '#1f2126';
  ctx.fillRect(0, 0, square, square);
  ctx.fillRect(square, square, square, square);
  return pattern;
}
