import type { PixelRect } from '../canvas/geometry/pixelRect';
import { MIN_REGION_SIDE, snap } from './regionGeometry';

/** What a press on the region frame grabs: the whole frame, an edge or a corner. */
export type RegionHandle = 'move' | 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';

/**
 * The handle under a document point: corners, then edges (within `tolerance` document
 * pixels of the frame), then the inside; null outside (a press there draws a new frame).
 */
export function hitHandle(rect: PixelRect, point: { x: number; y: number }, tolerance: number): RegionHandle | null {
  const { x, y } = point;
  const left = rect.x;
  const right = rect.x + rect.width;
  const top = rect.y;
  const bottom = rect.y + rect.height;
  const near = (a: number, b: number) => Math.abs(a - b) <= tolerance;
  const withinX = x >= left - tolerance && x <= right + tolerance;
  const withinY = y >= top - tolerance && y <= bottom + tolerance;
  if (!withinX || !withinY) return null;
  const vertical = near(y, top) ? 'n' : near(y, bottom) ? 's' : '';
  const horizontal = near(x, left) ? 'w' : near(x, right) ? 'e' : '';
  const handle = `${vertical}${horizontal}`;
  if (handle) return handle as RegionHandle;
  return x > left && x < right && y > top && y < bottom ? 'move' : null;
}

/**
 * The frame after dragging `handle` by (dx, dy) document pixels from `start`: edges snap to
 * 8 px, the frame never gets smaller than MIN_REGION_SIDE, and `keepAspect` (Shift) keeps
 * the starting aspect ratio, anchored at the opposite edge or corner.
 */
export function dragRegion(start: PixelRect, handle: RegionHandle, dx: number, dy: number, keepAspect: boolean): PixelRect {
  if (handle === 'move') return { ...start, x: snap(start.x + dx), y: snap(start.y + dy) };
  let left = start.x;
  let top = start.y;
  let right = start.x + start.width;
  let bottom = start.y + start.height;
  if (handle.includes('w')) left = Math.min(snap(left + dx), right - MIN_REGION_SIDE);
  if (handle.includes('e')) right = Math.max(snap(right + dx), left + MIN_REGION_SIDE);
  if (handle.includes('n')) top = Math.min(snap(top + dy), bottom - MIN_REGION_SIDE);
  if (handle.includes('s')) bottom = Math.max(snap(bottom + dy), top + MIN_REGION_SIDE);
  if (!keepAspect) return { x: left, y: top, width: right - left, height: bottom - top };

  const ratio = start.width / start.height;
  const horizontalEdge = handle === 'n' || handle === 's';
  const verticalEdge = handle === 'e' || handle === 'w';
  let width = right - left;
  let height = bottom - top;
  if (horizontalEdge) width = Math.max(MIN_REGION_SIDE, snap(height * ratio));
  else if (verticalEdge) height = Math.max(MIN_REGION_SIDE, snap(width / ratio));
  else if (width / height > ratio) height = Math.max(MIN_REGION_SIDE, snap(width / ratio));
  else width = Math.max(MIN_REGION_SIDE, snap(height * ratio));
  // Anchored at the opposite side; an edge drag keeps the other axis centred.
  const x = handle.includes('w') ? right - width : verticalEdge || handle.includes('e') ? left : snap(start.x + (start.width - width) / 2);
  const y = handle.includes('n') ? bottom - height : horizontalEdge || handle.includes('s') ? top : snap(start.y + (start.height - height) / 2);
  return { x, y, width, height };
}
