import { buildRequest } from '../request/buildRequest';
import type { EncodedImages } from '../request/encodedImages';
import type { StudioParams } from '../request/studioParams';
import type { StudioDocument } from '../store/documentTypes';

/** A 1×1 PNG standing in for each image the document can provide, so fields validate before any export. */
const STAND_IN = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export type Readiness = { ok: true } | { ok: false; message: string; field?: string | undefined };

/** Which images the document could supply right now (without encoding any of them). */
export function availableImages(doc: StudioDocument): EncodedImages {
  const hasPicture = doc.baseImage !== null || doc.foregrounds.length > 0;
  const canvas = hasPicture ? STAND_IN : undefined;
  const control: NonNullable<EncodedImages['control']> = {};
  for (const [unitId, assetId] of Object.entries(doc.references.control)) if (assetId) control[unitId] = { image: STAND_IN, mask: STAND_IN };
  return {
    picture: canvas,
    mask: doc.baseImage ? STAND_IN : undefined,
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

/** Live check for the Generate button: the reason it is disabled, naming the field or slot. */
export function checkReadiness(params: StudioParams, doc: StudioDocument): Readiness {
  const result = buildRequest(params, { width: doc.width, height: doc.height }, withCanvasSources(params, doc, availableImages(doc)));
  return result.ok ? { ok: true } : { ok: false, message: result.message, field: result.field };
}
