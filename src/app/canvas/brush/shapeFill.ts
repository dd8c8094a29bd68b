import type { PaintMode } from '../../store/editorTypes';
import { rectFromBounds, type PixelRect } from '../geometry/pixelRect';
import { context2d } from '../rasters/maskPixels';

/** Rectangle and lasso: fill a closed shape into the mask, painting or erasing. */
export function fillPolygon(
  canvas: HTMLCanvasElement,
  points: readonly { x: number; y: number }[],
  mode: PaintMode,
  color: string,
): PixelRect | null {
  if (points.length < 3) return null;
  const ctx = context2d(canvas);
  ctx.save();
  ctx.globalCompositeOperation = mode === 'erase' ? 'destination-out' : 'source-over';
  ctx.fillStyle = color;
  ctx.beginPath();
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  points.forEach((point, index) => {
    if (index === 0) ctx.moveTo(point.x, point.y);
    else ctx.lineTo(point.x, point.y);
    left = Math.min(left, point.x);
    top = Math.min(top, point.y);
    right = Math.max(right, point.x);
    bottom = Math.max(bottom, point.y);
  });
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  return rectFromBounds(left - 1, top - 1, right + 1, bottom + 1);
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
