import { uncoveredRects } from '../canvas/geometry/outpaintLayout';
import { clipToCanvas, isEmptyRect, type PixelRect } from '../canvas/geometry/pixelRect';
import type { StudioParams } from '../request/studioParams';
import { MAIN_MASK_ID, type MaskId, type StudioDocument } from '../store/documentTypes';
import { generationSize, type Size } from './generationSize';
import { automaticRegion, reachesOutside } from './regionGeometry';

/** The rectangle a request covers and the size it is generated at. */
export interface GenerationRegion {
  /** Document pixels; for outpainting it may reach past the document's edges. */
  rect: PixelRect;
  /** Width × Height of the request. */
  generated: Size;
  /** Drawn by the designer, following the masks, or the whole document. */
  source: 'frame' | 'masks' | 'document';
  /** The region reaches past the document: accepting grows it. */
  outside: boolean;
}

export type MaskBoundsOf = (maskId: MaskId) => PixelRect | null;

/** Actions whose result is blended through the main mask (the rest replace their region). */
export function usesMainMask(params: StudioParams): boolean {
  return params.action === 'ModifyMaskedPixels' || params.action === 'ApplyReferencePattern';
}

/** The masks whose bounding box the automatic region follows, per action. */
function boundsToFollow(doc: StudioDocument, params: StudioParams, boundsOf: MaskBoundsOf): (PixelRect | null)[] {
  if (params.action === 'ModifyMaskedPixels') {
    const outpaint = doc.baseImage ? uncoveredRects(doc.width, doc.height, doc.baseImage) : [];
    return [boundsOf(MAIN_MASK_ID), ...outpaint];
  }
  if (params.action === 'ApplyReferencePattern') return [boundsOf(MAIN_MASK_ID)];
  if (params.action === 'GenerateImages') return params.controlUnits.filter((unit) => unit.enabled && unit.useMask).map((unit) => boundsOf(unit.id));
  return [];
}

/**
 * Where the next request of this action goes. A drawn frame wins (only inpainting may reach
 * past the edges, to outpaint); otherwise the masks' bounding box plus the context padding;
 * otherwise — no mask, an inverted mask, an action without masks — the whole document.
 */
export function resolveRegion(doc: StudioDocument, params: StudioParams, boundsOf: MaskBoundsOf): GenerationRegion {
  const whole = { x: 0, y: 0, width: doc.width, height: doc.height };
  const make = (rect: PixelRect, source: GenerationRegion['source']): GenerationRegion => ({
    rect,
    generated: generationSize(rect, doc.region.resolution),
    source,
    outside: reachesOutside(rect, doc),
  });
  const frame = doc.region.frame;
  if (frame) {
    const rect = params.action === 'ModifyMaskedPixels' ? frame : clipToCanvas(frame, doc.width, doc.height);
    if (!isEmptyRect(rect)) return make(rect, 'frame');
  }
  const inverted = params.action === 'ModifyMaskedPixels' && params.masked.invertMask;
  const auto = inverted ? null : automaticRegion(boundsToFollow(doc, params, boundsOf), doc.region.padding, doc);
  return auto ? make(auto, 'masks') : make(whole, 'document');
}
