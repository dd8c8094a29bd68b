import type { z } from 'zod';
import { requestObject, zBase64Image } from './common';
import { listOf } from './fieldSchemas';
import { generationFields } from './generationFields';
import { reportIndicesOutsideList } from './imageIndexChecks';
import { zImage2Image, zMask } from './models';
import { LIST_LIMITS } from './requestLimits';

/** Action ModifyMaskedPixels: inpainting / outpainting of the white area of a mask. */
export const zModifyMaskedPixelsRequest = requestObject('ModifyMaskedPixels', {
  ...generationFields,
  Image2Image: zImage2Image.optional(),
  Masked: zMask,
  ImageAndMaskList: listOf(zBase64Image, { max: LIST_LIMITS.images }),
}).superRefine((request, ctx) => {
  reportIndicesOutsideList(ctx, 'ImageAndMaskList', request.ImageAndMaskList, [
    { path: ['Image2Image', 'ImageIndex'], index: request.Image2Image?.ImageIndex },
    { path: ['Masked', 'ImageIndex'], index: request.Masked.ImageIndex },
    { path: ['Masked', 'MaskIndex'], index: request.Masked.MaskIndex },
  ]);
});
export type ModifyMaskedPixelsRequest = z.infer<typeof zModifyMaskedPixelsRequest>;
