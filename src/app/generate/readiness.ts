import { buildRequest } from '../request/buildRequest';
import type { EncodedImages } from '../request/encodedImages';
import type { StudioParams } from '../request/studioParams';
import { uncoveredRects } from '../canvas/geometry/outpaintLayout';
import type { StudioDocument } from '../store/documentTypes';
import { currentRegion } from '../region/currentRegion';

/** A 1×1 PNG standing in for each image the document can provide, so fields validate before any export. */
const STAND_IN = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export type Readiness = { ok: true } | { ok: false; message: string; field?: string | undefined };

/** What the live check knows beyond the form and the document (measured off the main thread). */
export interface ReadinessFacts {
  /** Generate Backgrounds: the foreground it would send has no transparent pixel. */
  foregroundOpaque?: boolean | undefined;
  /** The main mask has painted pixels (false: empty, so inpainting has nothing to redraw). */
  mainMaskPainted?: boolean | undefined;
}

/** Which images the document could supply right now (without encoding any of them). */
export function availableImages(doc: StudioDocument, facts: ReadinessFacts = {}): EncodedImages {
  const hasPicture = doc.baseImage !== null || doc.edits.length > 0 || doc.foregrounds.length > 0;
  const canvas = hasPicture ? STAND_IN : undefined;
  const control: NonNullable<EncodedImages['control']> = {};
  for (const [unitId, assetId] of Object.entries(doc.references.control)) if (assetId) control[unitId] = { image: STAND_IN, mask: STAND_IN };
  // Nothing painted and nothing to outpaint: there is nothing to redraw (the builder says what to do).
  const outpaints = doc.baseImage !== null && uncoveredRects(doc.width, doc.height, doc.baseImage).length > 0;
  const somethingToRedraw = facts.mainMaskPainted !== false || outpaints;
  return {
    picture: canvas,
    mask: doc.baseImage && somethingToRedraw ? STAND_IN : undefined,
    foreground: doc.foregrounds.length > 0 || doc.baseImage ? STAND_IN : undefined,
    img2img: doc.references.img2img ? STAND_IN : undefined,
    background: doc.references.background ? STAND_IN : undefined,
    pattern: doc.references.pattern ? STAND_IN : undefined,
    control,
  };
}

/** Units whose image comes from the canvas get the canvas stand-in; painted unit masks count as present. */
function withCanvasSources(params: StudioParams, doc: StudioDocument, images: EncodedImages): EncodedImages {
  const control = { ...images.control };
  const units = [...params.controlUnits, ...params.legacy.controlParams];
  for (const unit of units) {
    const fromCanvas = unit.imageSource === 'canvas' ? images.picture : control[unit.id]?.image;
    control[unit.id] = { image: fromCanvas, mask: doc.masks[unit.id] ? STAND_IN : undefined };
  }
  const img2img = params.img2img.source === 'canvas' ? images.picture : images.img2img;
  return { ...images, control, img2img };
}

export const OPAQUE_FOREGROUND_MESSAGE =
  'The foreground has no transparent pixels: Generate Backgrounds keeps the foreground and paints only behind its transparent parts, so this picture would come back unchanged. Cut out the subject first.';

/** Live check for the Generate button: the reason it is disabled, naming the field or slot. */
export function checkReadiness(params: StudioParams, doc: StudioDocument, facts: ReadinessFacts = {}): Readiness {
  // Width × Height are the generation size of the region the request would cover; a region
  // reaching past the document's edges outpaints there, painted mask or not.
  const region = currentRegion({ document: doc, params });
  const known = region.outside ? { ...facts, mainMaskPainted: true } : facts;
  const result = buildRequest(params, region.generated, withCanvasSources(params, doc, availableImages(doc, known)));
  if (!result.ok) return { ok: false, message: result.message, field: result.field };
  if (params.action === 'GenerateBackgrounds' && facts.foregroundOpaque) return { ok: false, message: OPAQUE_FOREGROUND_MESSAGE, field: 'foreground' };
  return { ok: true };
}
