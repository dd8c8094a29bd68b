import { getAssetDataUrl } from '../canvas/assets';
import { exportCompositePng } from '../canvas/export/exportCompositePng';
import { exportForegroundsPng } from '../canvas/export/exportForegroundsPng';
import { exportMaskPng } from '../canvas/export/exportMaskPng';
import { exportOutpaintLayout } from '../canvas/export/exportOutpaintLayout';
import type { EncodedImages } from '../request/encodedImages';
import type { ImageSource, StudioParams } from '../request/studioParams';
import { maskGray } from '../canvas/export/maskGray';
import { uncoveredRects } from '../canvas/geometry/outpaintLayout';
import { MAIN_MASK_ID, type StudioDocument } from '../store/documentTypes';

/** Exports the canvas only once per request, however many slots use it. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= make());
}

const slotImage = (assetId: string | undefined) => (assetId ? getAssetDataUrl(assetId) : Promise.resolve(undefined));

/**
 * Encodes exactly the images the chosen action needs (the request builder then wires them).
 * A slot left empty stays undefined: the builder names it in its refusal.
 */
export async function gatherImages(params: StudioParams, doc: StudioDocument): Promise<EncodedImages> {
  const composite = once(() => (doc.baseImage || doc.foregrounds.length > 0 ? exportCompositePng() : Promise.resolve(undefined)));
  const fromSource = (source: ImageSource, assetId: string | undefined) => (source === 'canvas' ? composite() : slotImage(assetId));
  const images: EncodedImages = {};
  const refs = doc.references;

  switch (params.action) {
    case 'ModifyMaskedPixels': {
      if (doc.baseImage) Object.assign(images, await outpaint());
      break;
    }
    case 'GenerateImages':
      images.control = {};
      for (const unit of params.controlUnits.filter((u) => u.enabled)) {
        images.control[unit.id] = {
          image: await fromSource(unit.imageSource, refs.control[unit.id]),
          mask: unit.useMask ? await exportMaskPng(unit.id) : undefined,
        };
      }
      break;
    case 'GenerateBackgrounds':
      images.foreground = doc.foregrounds.length > 0 ? await exportForegroundsPng() : await slotImage(doc.baseImage?.assetId);
      if (params.background.enabled) images.background = await slotImage(refs.background);
      break;
    case 'ApplyReferencePattern':
      images.picture = await composite();
      images.mask = doc.baseImage ? await exportMaskPng() : undefined;
      images.pattern = await slotImage(refs.pattern);
      break;
    case 'GenerateTxt2Img':
      images.control = {};
      for (const param of params.legacy.enableControlNet ? params.legacy.controlParams : []) {
        images.control[param.id] = { image: await fromSource(param.imageSource, refs.control[param.id]) };
      }
      break;
  }
  if ((params.action === 'GenerateImages' || params.action === 'ModifyMaskedPixels') && params.img2img.enabled) {
    images.img2img = await fromSource(params.img2img.source, refs.img2img);
  }
  return images;

  async function outpaint() {
    const layout = await exportOutpaintLayout({ includeForegrounds: true });
    return { picture: layout.image, mask: hasRedrawArea(doc) ? layout.mask : undefined };
  }
}

/** An all-black mask asks PICPIK to redraw nothing: treat it as "no mask painted". */
function hasRedrawArea(doc: StudioDocument): boolean {
  const { width, height, gray } = maskGray(MAIN_MASK_ID);
  return uncoveredRects(width, height, doc.baseImage).length > 0 || gray.some((value) => value > 0);
}
