import type { z } from 'zod';
import { requestObject, zBase64Image } from './common';
import { flag, listOf } from './fieldSchemas';
import { generationFields } from './generationFields';
import { reportIndicesOutsideList } from './imageIndexChecks';
import { zControlNetUnit, zImage2Image } from './models';
import { LIST_LIMITS } from './requestLimits';

export const MAX_CONTROLNET_UNITS = LIST_LIMITS.controlNetUnits;

/** Action GenerateImages: text/image to image with up to three ControlNet units. */
export const zGenerateImagesRequest = requestObject('GenerateImages', {
  ...generationFields,
  ControlNetList: listOf(zControlNetUnit, { max: MAX_CONTROLNET_UNITS }).optional(),
  Image2Image: zImage2Image.optional(),
  Tileable: flag().optional(),
  ImageAndMaskList: listOf(zBase64Image, { max: LIST_LIMITS.images }).optional(),
}).superRefine((request, ctx) => {
  reportIndicesOutsideList(ctx, 'ImageAndMaskList', request.ImageAndMaskList, [
    { path: ['Image2Image', 'ImageIndex'], index: request.Image2Image?.ImageIndex },
    ...(request.ControlNetList ?? []).flatMap((unit, i) => [
      { path: ['ControlNetList', i, 'ImageIndex'], index: unit.ImageIndex },
      { path: ['ControlNetList', i, 'MaskIndex'], index: unit.MaskIndex },
    ]),
  ]);
});
export type GenerateImagesRequest = z.infer<typeof zGenerateImagesRequest>;

export const GENERATE_IMAGES_DEFAULTS = { Tileable: false } as const;
