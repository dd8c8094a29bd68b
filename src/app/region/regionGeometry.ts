import { clipToCanvas, isEmptyRect, unionRect, type PixelRect } from '../canvas/geometry/pixelRect';

/** Region edges snap to this many document pixels (generation sizes are multiples of 8 too). */
export const REGION_SNAP = 8;
export const DEFAULT_CONTEXT_PADDING = 64;
export const MAX_CONTEXT_PADDING = 1024;
/** The smallest region a designer can draw, in document pixels. */
export const MIN_REGION_SIDE = 16;

export interface AspectPreset {
  label: string;
  ratio: number;
}

export const ASPECT_PRESETS: readonly AspectPreset[] = [
  { label: '1:1', ratio: 1 },
  { label: '4:5', ratio: 4 / 5 },
  { label: '3:2', ratio: 3 / 2 },
  { label: '16:9', ratio: 16 / 9 },
];

export const snap = (value: number, step = REGION_SNAP) => Math.round(value / step) * step;

/** Grows a rectangle outwards to the snap grid. */
export function snapOutwards(rect: PixelRect, step = REGION_SNAP): PixelRect {
  const x = Math.floor(rect.x / step) * step;
  const y = Math.floor(rect.y / step) * step;
  return { x, y, width: Math.ceil((rect.x + rect.width) / step) * step - x, height: Math.ceil((rect.y + rect.height) / step) * step - y };
}

export function padRect(rect: PixelRect, padding: number): PixelRect {
  return { x: rect.x - padding, y: rect.y - padding, width: rect.width + padding * 2, height: rect.height + padding * 2 };
}

/**
 * The automatic region: the bounding box of everything to redraw (masks, the outpaint area),
 * plus the context padding, snapped outwards to 8 px and clamped to the document.
 * Null when there is nothing to redraw.
 */
export function automaticRegion(bounds: readonly (PixelRect | null)[], padding: number, doc: { width: number; height: number }): PixelRect | null {
  let union: PixelRect | null = null;
  for (const rect of bounds) if (rect && !isEmptyRect(rect)) union = union ? unionRect(union, rect) : rect;
  if (!union) return null;
  const padded = clipToCanvas(snapOutwards(padRect(union, Math.max(0, padding))), doc.width, doc.height);
  return isEmptyRect(padded) ? null : padded;
}

/** True when the rectangle reaches past the document (outpainting). */
export function reachesOutside(rect: PixelRect, doc: { width: number; height: number }): boolean {
  return rect.x < 0 || rect.y < 0 || rect.x + rect.width > doc.width || rect.y + rect.height > doc.height;
}

/** The smallest rectangle holding both the document and the region: the document after accepting. */
export function grownDocument(rect: PixelRect, doc: { width: number; height: number }): PixelRect {
  return unionRect({ x: 0, y: 0, width: doc.width, height: doc.height }, rect);
}

/** A rectangle from two corners, snapped; with `ratio` the height follows the width. */
export function rectFromCorners(a: { x: number; y: number }, b: { x: number; y: number }, ratio?: number): PixelRect {
  let dx = snap(b.x) - snap(a.x);
  let dy = snap(b.y) - snap(a.y);
  if (ratio) {
    const width = Math.max(Math.abs(dx), Math.abs(dy) * ratio);
    dx = Math.sign(dx || 1) * width;
    dy = Math.sign(dy || 1) * snap(width / ratio);
  }
  const x = Math.min(snap(a.x), snap(a.x) + dx);
  const y = Math.min(snap(a.y), snap(a.y) + dy);
  return { x, y, width: Math.max(REGION_SNAP, Math.abs(dx)), height: Math.max(REGION_SNAP, Math.abs(dy)) };
}

/** A region of the given aspect ratio, as large as fits `within`, centred on it. */
export function fitAspect(within: PixelRect, ratio: number): PixelRect {
  let width = within.width;
  let height = width / ratio;
  if (height > within.height) {
    height = within.height;
    width = height * ratio;
  }
  // Rounded down: the frame must still fit.
  const w = Math.max(REGION_SNAP, Math.floor(width / REGION_SNAP) * REGION_SNAP);
  const h = Math.max(REGION_SNAP, Math.floor(height / REGION_SNAP) * REGION_SNAP);
  return { x: snap(within.x + (within.width - w) / 2), y: snap(within.y + (within.height - h) / 2), width: w, height: h };
}
