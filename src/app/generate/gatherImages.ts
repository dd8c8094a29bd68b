import { getAsset } from '../canvas/assets';
import type { ImageSource, StudioParams } from '../request/studioParams';
import { MAIN_MASK_ID, type MaskId, type StudioDocument } from '../store/documentTypes';
import type { GenerationRegion } from '../region/resolveRegion';
import { regionPlanFrame, shiftTiles } from '../region/regionPlans';
import { compositePlan, foregroundsPlan, maskPlan, outpaintPicturePlan } from './documentPlans';
import { planAssetIds } from './drawPlan';
import type { EncodeJob, ImageInput, JobSlots } from './encodeJob';
import { readMaskTiles } from './maskTiles';

const imageSize = (assetId: string) => getAsset(assetId);

/**
 * Describes exactly the images the chosen action needs, for the encode worker: plans and
 * asset ids, no pixels but the painted mask tiles. Everything drawn from the document is
 * cropped to the generation region and scaled to its generation size (see region/regionPlans.ts);
 * reference images (Image2Image, background, pattern slots) go as they are. A slot left empty
 * stays undefined: the request builder names it in its refusal.
 */
export async function describeImages(params: StudioParams, source: StudioDocument, region: GenerationRegion): Promise<JobSlots> {
  const { doc, view, offset } = regionPlanFrame(source, region);
  const tiles = async (maskId: MaskId) => shiftTiles(await readMaskTiles(maskId), offset);
  // One plan object per canvas picture: the worker encodes a shared input once.
  const composite = doc.baseImage || doc.edits.length > 0 || doc.foregrounds.length > 0 ? compositePlan(doc, view) : undefined;
  const asset = (assetId: string | undefined): ImageInput | undefined => (assetId ? { kind: 'asset', assetId } : undefined);
  // A control image from its slot covers the document: the region's part of it is sent.
  const coveringDocument = (assetId: string | undefined): ImageInput | undefined =>
    assetId ? { kind: 'picture', width: doc.width, height: doc.height, view, layers: [{ draws: [{ assetId, dest: [offset.x, offset.y, source.width, source.height] }] }] } : undefined;
  const fromSource = (from: ImageSource, assetId: string | undefined) => (from === 'canvas' ? composite : coveringDocument(assetId));
  const refs = doc.references;
  const slots: JobSlots = {};

  switch (params.action) {
    case 'ModifyMaskedPixels':
      if (doc.baseImage) {
        slots.picture = outpaintPicturePlan(doc, imageSize, view);
        // An all-black mask asks PICPIK to redraw nothing: the slot stays empty ("paint a mask").
        slots.mask = maskPlan(doc, await tiles(MAIN_MASK_ID), { outpaint: true, dropWhenBlack: true, view });
      }
      break;
    case 'GenerateImages':
      slots.control = {};
      for (const unit of params.controlUnits.filter((u) => u.enabled)) {
        slots.control[unit.id] = {
          image: fromSource(unit.imageSource, refs.control[unit.id]),
          mask: unit.useMask ? maskPlan(doc, await tiles(unit.id), { view }) : undefined,
        };
      }
      break;
    case 'GenerateBackgrounds':
      slots.foreground = doc.foregrounds.length > 0 ? foregroundsPlan(doc, view) : composite;
      if (params.background.enabled) slots.background = asset(refs.background);
      break;
    case 'ApplyReferencePattern':
      slots.picture = composite;
      slots.mask = doc.baseImage ? maskPlan(doc, await tiles(MAIN_MASK_ID), { view }) : undefined;
      slots.pattern = asset(refs.pattern);
      break;
    case 'GenerateTxt2Img':
      slots.control = {};
      for (const param of params.legacy.enableControlNet ? params.legacy.controlParams : []) {
        slots.control[param.id] = { image: fromSource(param.imageSource, refs.control[param.id]) };
      }
      break;
  }
  if ((params.action === 'GenerateImages' || params.action === 'ModifyMaskedPixels') && params.img2img.enabled) {
    slots.img2img = params.img2img.source === 'canvas' ? composite : asset(refs.img2img);
  }
  return slots;
}

/** Every asset the slots draw or send, with its bytes (Blobs are passed to the worker without a copy). */
export function slotAssets(slots: JobSlots): EncodeJob['assets'] {
  const inputs: (ImageInput | undefined)[] = [
    ...Object.entries(slots).filter(([slot]) => slot !== 'control').map(([, input]) => input as ImageInput),
    ...Object.values(slots.control ?? {}).flatMap((unit) => [unit.image, unit.mask]),
  ];
  const ids = inputs.flatMap((input) => (!input ? [] : input.kind === 'asset' ? [input.assetId] : input.kind === 'picture' ? planAssetIds(input) : []));
  const assets: EncodeJob['assets'] = {};
  for (const id of new Set(ids)) {
    const source = getAsset(id)?.source;
    if (source === undefined) throw new Error(`The image ${id} is no longer loaded: open it again`);
    assets[id] = source;
  }
  return assets;
}
