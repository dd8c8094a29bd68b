import type { RequestOf } from '../../picpik/actions';
import type { ResizeMode } from '../../picpik/enums';
import type { Image2Image } from '../../picpik/models';
import { commonGenerationFields, type RequestSize } from './commonFields';
import { controlNetList } from './controlNetFields';
import { requireImage, type EncodedImages } from './encodedImages';
import { ImageListBuilder } from './imageList';
import type { StudioParams } from './studioParams';

/**
 * One builder per action: studio parameters, the request's size (its region's generation
 * size) and the already cropped, encoded images → the typed request body. Pure; the schema
 * check happens once in buildRequest.ts.
 */

/** The name encodeJob.ts (the encode worker) knows the request size by. */
export type { RequestSize as DocumentSize } from './commonFields';

/** The form keeps enum fields as text (a saved form may hold anything); buildRequest's schema check names a bad one. */
const resizeMode = (value: string) => value as ResizeMode;

function image2Image(params: StudioParams['img2img'], images: EncodedImages, list: ImageListBuilder): Image2Image | undefined {
  if (!params.enabled) return undefined;
  const missing = params.source === 'canvas' ? 'Image2Image uses the canvas, which is empty: open an image' : 'Image2Image is on but its reference slot is empty';
  const image = requireImage(images.img2img, 'img2img', missing);
  return { ImageIndex: list.add(image), ReferStrength: params.referStrength };
}

export function buildGenerateImagesRequest(params: StudioParams, size: RequestSize, images: EncodedImages): RequestOf<'GenerateImages'> {
  const list = new ImageListBuilder();
  const reference = image2Image(params.img2img, images, list);
  const units = controlNetList(params.controlUnits, images, list);
  return {
    Action: 'GenerateImages',
    ...commonGenerationFields(params, size),
    ...(units.length > 0 ? { ControlNetList: units } : {}),
    ...(reference ? { Image2Image: reference } : {}),
    Tileable: params.tileable,
    ...(list.list().length > 0 ? { ImageAndMaskList: list.list() } : {}),
  };
}

export function buildModifyMaskedPixelsRequest(params: StudioParams, size: RequestSize, images: EncodedImages): RequestOf<'ModifyMaskedPixels'> {
  const list = new ImageListBuilder();
  const picture = requireImage(images.picture, 'picture', 'Open an image to inpaint first');
  const mask = requireImage(images.mask, 'mask', 'Paint a mask over the area to redraw (or extend the canvas to outpaint)');
  const masked = {
    ImageIndex: list.add(picture),
    MaskIndex: list.add(mask),
    ReferStrength: params.masked.referStrength,
    InvertMask: params.masked.invertMask,
    MaskBlur: params.masked.maskBlur,
    PromptsMoreImportant: params.masked.promptsMoreImportant,
  };
  const reference = image2Image(params.img2img, images, list);
  return {
    Action: 'ModifyMaskedPixels',
    ...commonGenerationFields(params, size),
    ...(reference ? { Image2Image: reference } : {}),
    Masked: masked,
    ImageAndMaskList: list.list(),
  };
}

export function buildGenerateBackgroundsRequest(params: StudioParams, size: RequestSize, images: EncodedImages): RequestOf<'GenerateBackgrounds'> {
  const list = new ImageListBuilder();
  const foreground = requireImage(images.foreground, 'foreground', 'Add a transparent foreground (a PNG with alpha) to place on the new background');
  const transparentForeground = { ImageIndex: list.add(foreground), ResizeMode: resizeMode(params.foregroundResizeMode) };
  let background: Image2Image | undefined;
  if (params.background.enabled) {
    const image = requireImage(images.background, 'background', 'The background reference is on but its slot is empty');
    background = { ImageIndex: list.add(image), ReferStrength: params.background.referStrength, ResizeMode: resizeMode(params.background.resizeMode) };
  }
  return {
    Action: 'GenerateBackgrounds',
    ...commonGenerationFields(params, size),
    ...(background ? { BackgroundImage2Image: background } : {}),
    TransparentForeground: transparentForeground,
    ImageList: list.list(),
  };
}

export function buildApplyReferencePatternRequest(params: StudioParams, size: RequestSize, images: EncodedImages): RequestOf<'ApplyReferencePattern'> {
  const list = new ImageListBuilder();
  const raw = requireImage(images.picture, 'picture', 'Open the image whose area should take the pattern');
  const mask = requireImage(images.mask, 'mask', 'Paint a mask over the area that should take the pattern');
  const pattern = requireImage(images.pattern, 'pattern', 'Put a pattern image in the Pattern slot');
  return {
    Action: 'ApplyReferencePattern',
    ...commonGenerationFields(params, size),
    RawImageIndex: list.add(raw),
    MaskIndex: list.add(mask),
    PatternImageIndex: list.add(pattern),
    PatternReferStrength: params.pattern.patternReferStrength,
    ChaoticMode: params.pattern.chaoticMode,
    ColorCorrection: params.pattern.colorCorrection,
    ImageAndMaskList: list.list(),
  };
}
