import type { PaintMode } from '../../store/editorTypes';
import { rectFromBounds, type PixelRect } from '../geometry/pixelRect';
import { paintMask, type CanvasMask } from '../rasters/canvasTile';

/** Rectangle and lasso: fill a closed shape into the mask, painting or erasing. */
export function fillPolygon(
  mask: CanvasMask,
  points: readonly { x: number; y: number }[],
  mode: PaintMode,
  color: string,
): PixelRect | null {
  if (points.length < 3) return null;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
  const bounds = rectFromBounds(left - 1, top - 1, right + 1, bottom + 1);
  paintMask(mask, bounds, mode, (ctx) => {
    ctx.fillStyle = color;
    ctx.beginPath();
    points.forEach((point, index) => (index === 0 ? ctx.moveTo(point.x, point.y) : ctx.lineTo(point.x, point.y)));
    ctx.closePath();
    ctx.fill();
  });
  return bounds;
}

export function rectCorners(a: { x: number; y: number }, b: { x: number; y: number }): { x: number; y: number }[] {
  const left = Math.round(Math.min(a.x, b.x));
  const right = Math.round(Math.max(a.x, b.x));
  const top = Math.round(Math.min(a.y, b.y));
  const bottom = Math.round(Math.max(a.y, b.y));
  return [
    { x: left, y: top },
    { x: right, y: top },
    { x: right, y: bottom },
    { x: left, y: bottom },
  ];
}
