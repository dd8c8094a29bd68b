import type { BaseImagePlacement } from '../../store/documentTypes';
import { clipToCanvas, isEmptyRect, type PixelRect } from './pixelRect';

/**
 * The part of the document the base image covers, in whole pixels. Partially covered edge
 * pixels count as uncovered so the mask never leaves a seam of unpainted half-pixels.
 */
export function coveredRect(docWidth: number, docHeight: number, base: BaseImagePlacement | null): PixelRect {
  if (!base) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.ceil(base.x);
  const top = Math.ceil(base.y);
  const right = Math.floor(base.x + base.width);
  const bottom = Math.floor(base.y + base.height);
  return clipToCanvas({ x: left, y: top, width: right - left, height: bottom - top }, docWidth, docHeight);
}

/**
 * The document area the base image does not cover, as up to four non-overlapping bands:
 * full-width top and bottom, then left and right beside the image.
 */
export function uncoveredRects(docWidth: number, docHeight: number, base: BaseImagePlacement | null): PixelRect[] {
  const covered = coveredRect(docWidth, docHeight, base);
  if (isEmptyRect(covered)) return [{ x: 0, y: 0, width: docWidth, height: docHeight }];
  const bands: PixelRect[] = [
    { x: 0, y: 0, width: docWidth, height: covered.y },
    { x: 0, y: covered.y + covered.height, width: docWidth, height: docHeight - covered.y - covered.height },
    { x: 0, y: covered.y, width: covered.x, height: covered.height },
    { x: covered.x + covered.width, y: covered.y, width: docWidth - covered.x - covered.width, height: covered.height },
  ];
  return bands.filter((band) => !isEmptyRect(band));
}
