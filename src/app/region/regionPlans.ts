import type { PixelRect } from '../canvas/geometry/pixelRect';
import { resizeDocument } from '../store/documentTransforms';
import type { StudioDocument } from '../store/documentTypes';
import type { GenerationRegion } from './resolveRegion';
import { grownDocument } from './regionGeometry';

/**
 * How the request's pictures are drawn for a region: the encode worker's plans draw a document
 * and crop-and-scale one rectangle of it (`view`) to the generation size. A region reaching
 * past the document's edges is drawn on the document as it will be after accepting — grown
 * to include the region and shifted so it starts at (0, 0) — so the part outside is simply
 * more outpaint area: edge-extended in the picture, white in the mask.
 */
export interface RegionPlanFrame {
  doc: StudioDocument;
  view: { rect: PixelRect; width: number; height: number };
  /** Added to document coordinates to get the plan document's (mask tiles move by it). */
  offset: { x: number; y: number };
}

export function regionPlanFrame(doc: StudioDocument, region: GenerationRegion): RegionPlanFrame {
  const grown = grownDocument(region.rect, doc);
  const offset = { x: grown.x === 0 ? 0 : -grown.x, y: grown.y === 0 ? 0 : -grown.y };
  const planDoc = grown.width === doc.width && grown.height === doc.height ? doc : resizeDocument(doc, grown.width, grown.height, offset.x, offset.y);
  const rect = { ...region.rect, x: region.rect.x + offset.x, y: region.rect.y + offset.y };
  return { doc: planDoc, view: { rect, width: region.generated.width, height: region.generated.height }, offset };
}

/** Mask tiles (document rectangles with alpha) moved into the plan document. */
export function shiftTiles<T extends { x: number; y: number }>(tiles: readonly T[], offset: { x: number; y: number }): T[] {
  if (offset.x === 0 && offset.y === 0) return [...tiles];
  return tiles.map((tile) => ({ ...tile, x: tile.x + offset.x, y: tile.y + offset.y }));
}
