import { clipToCanvas, intersectRect, isEmptyRect, type PixelRect } from '../canvas/geometry/pixelRect';
import type { StudioDocument } from '../store/documentTypes';

/**
 * The picture a RemoveBackground / ExtractContents request carries: a document rectangle
 * scaled into `width` × `height` pixels (at most 2560 a side, never scaled up). Every box
 * and point sent is in those pixels, and the mask that comes back covers `rect` again.
 */
export interface SentFrame {
  /** Document pixels the sent image shows. */
  rect: PixelRect;
  width: number;
  height: number;
}

export const SEGMENT_MAX_SIDE = 2560;

export interface SentPoint {
  X: number;
  Y: number;
}

export function sentFrameFor(rect: PixelRect, maxSide = SEGMENT_MAX_SIDE): SentFrame {
  if (isEmptyRect(rect)) throw new Error('There is nothing to send: the area is empty');
  const scale = Math.min(1, maxSide / Math.max(rect.width, rect.height));
  return {
    rect,
    width: Math.max(1, Math.min(maxSide, Math.round(rect.width * scale))),
    height: Math.max(1, Math.min(maxSide, Math.round(rect.height * scale))),
  };
}

/** What Select subject and Select object look at: the drawn region, else the whole document. */
export function selectionArea(doc: Pick<StudioDocument, 'width' | 'height' | 'region'>): PixelRect {
  const whole = { x: 0, y: 0, width: doc.width, height: doc.height };
  const frame = doc.region?.frame;
  if (!frame) return whole;
  const clipped = clipToCanvas(frame, doc.width, doc.height);
  return isEmptyRect(clipped) ? whole : clipped;
}

/** A document point in the sent image's pixels, or null when it lies outside the frame. */
export function pointToSent(frame: SentFrame, point: { x: number; y: number }): SentPoint | null {
  const { rect } = frame;
  if (point.x < rect.x || point.y < rect.y || point.x >= rect.x + rect.width || point.y >= rect.y + rect.height) return null;
  const X = Math.floor(((point.x - rect.x) * frame.width) / rect.width);
  const Y = Math.floor(((point.y - rect.y) * frame.height) / rect.height);
  return { X: Math.min(frame.width - 1, X), Y: Math.min(frame.height - 1, Y) };
}

/** A sent-image pixel's centre in document pixels (for drawing what was sent). */
export function sentToDocument(frame: SentFrame, point: SentPoint): { x: number; y: number } {
  return {
    x: frame.rect.x + ((point.X + 0.5) * frame.rect.width) / frame.width,
    y: frame.rect.y + ((point.Y + 0.5) * frame.rect.height) / frame.height,
  };
}

/**
 * A document rectangle as RemoveBackground's Box [x1, y1, x2, y2] in sent pixels: cut to the
 * frame, rounded outwards, x1 < x2 ≤ width and y1 < y2 ≤ height. Null when it misses the frame.
 */
export function boxToSent(frame: SentFrame, box: PixelRect): [number, number, number, number] | null {
  const inside = intersectRect(box, frame.rect);
  if (isEmptyRect(inside)) return null;
  const sx = frame.width / frame.rect.width;
  const sy = frame.height / frame.rect.height;
  const x1 = Math.max(0, Math.floor((inside.x - frame.rect.x) * sx));
  const y1 = Math.max(0, Math.floor((inside.y - frame.rect.y) * sy));
  const x2 = Math.min(frame.width, Math.max(x1 + 1, Math.ceil((inside.x + inside.width - frame.rect.x) * sx)));
  const y2 = Math.min(frame.height, Math.max(y1 + 1, Math.ceil((inside.y + inside.height - frame.rect.y) * sy)));
  if (x1 >= x2 || y1 >= y2) return null;
  return [x1, y1, x2, y2];
}
