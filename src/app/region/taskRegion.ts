import { maskGray } from '../canvas/export/maskGray';
import { uncoveredRects } from '../canvas/geometry/outpaintLayout';
import { intersectRect, isEmptyRect, type PixelRect } from '../canvas/geometry/pixelRect';
import { encodeAlpha } from '../canvas/rasters/alphaCodec';
import type { StudioParams } from '../request/studioParams';
import { MAIN_MASK_ID, type StudioDocument } from '../store/documentTypes';
import type { TaskRegion } from '../store/resultsSlice';
import type { GenerationRegion } from './resolveRegion';
import { usesMainMask } from './resolveRegion';

/** Feather of ApplyReferencePattern (it has no MaskBlur): a pixel's worth of anti-aliasing. */
const PATTERN_FEATHER = 1;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Paints the parts of `areas` inside `rect` white in a rect-sized grey mask. */
function whiten(gray: Uint8Array, rect: PixelRect, areas: readonly PixelRect[]): void {
  for (const area of areas) {
    const part = intersectRect(area, rect);
    if (isEmptyRect(part)) continue;
    for (let y = part.y; y < part.y + part.height; y++) gray.fill(255, (y - rect.y) * rect.width + part.x - rect.x, (y - rect.y) * rect.width + part.x - rect.x + part.width);
  }
}

/** The document's complement inside `rect`: what lies past its edges. */
function outsideDocument(rect: PixelRect, doc: StudioDocument): PixelRect[] {
  const right = doc.width;
  const bottom = doc.height;
  return [
    { x: rect.x, y: rect.y, width: rect.width, height: Math.max(0, -rect.y) },
    { x: rect.x, y: bottom, width: rect.width, height: Math.max(0, rect.y + rect.height - bottom) },
    { x: rect.x, y: rect.y, width: Math.max(0, -rect.x), height: rect.height },
    { x: right, y: rect.y, width: Math.max(0, rect.x + rect.width - right), height: rect.height },
  ];
}

/**
 * What accepting a result of this request needs later, recorded at submit: the region, its
 * generation size, where the picture sat, and — for masked actions — the region's mask as
 * sent (document resolution, black/white, outpaint area included), run-length coded, with
 * the feather radius in document pixels (MaskBlur scaled by region / generation size).
 */
export function describeTaskRegion(doc: StudioDocument, params: StudioParams, region: GenerationRegion): TaskRegion {
  const { rect, generated } = region;
  const anchor = doc.baseImage ? { x: doc.baseImage.x, y: doc.baseImage.y } : null;
  const base = { rect, generated, anchor, documentSize: { width: doc.width, height: doc.height } };
  if (!usesMainMask(params)) return { ...base, blend: { kind: 'replace' } };
  const { gray } = maskGray(MAIN_MASK_ID, rect);
  if (params.action === 'ModifyMaskedPixels') {
    whiten(gray, rect, [...(doc.baseImage ? uncoveredRects(doc.width, doc.height, doc.baseImage) : []), ...outsideDocument(rect, doc)]);
    if (params.masked.invertMask) for (let i = 0; i < gray.length; i++) gray[i] = 255 - gray[i]!;
  }
  const feather = params.action === 'ModifyMaskedPixels' ? Math.round((params.masked.maskBlur * rect.width) / generated.width) : PATTERN_FEATHER;
  return { ...base, blend: { kind: 'mask', feather, mask: bytesToBase64(encodeAlpha(gray)) } };
}
