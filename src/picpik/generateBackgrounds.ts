import type { z } from 'zod';
import { requestObject, zBase64Image } from './common';
import { listOf } from './fieldSchemas';
import { generationFields } from './generationFields';
import { reportIndicesOutsideList } from './imageIndexChecks';
import { zForeground, zImage2Image } from './models';
import { LIST_LIMITS } from './requestLimits';

/**
 * Action GenerateBackgrounds: a background behind a transparent foreground. This is the
 * documented form (ImageList, TransparentForeground); normalizeRequest turns the example's
 * ImageAndMaskList / TransparentImageIndexList into it before validation.
 */
export const zGenerateBackgroundsRequest = requestObject('GenerateBackgrounds', {
  ...generationFields,
  BackgroundImage2Image: zImage2Image.optional(),
  TransparentForeground: zForeground,
  ImageList: listOf(zBase64Image, { max: LIST_LIMITS.images }),
}).superRefine((request, ctx) => {
  reportIndicesOutsideList(ctx, 'ImageList', request.ImageList, [
    { path: ['TransparentForeground', 'ImageIndex'], index: request.TransparentForeground.ImageIndex },
    { path: ['BackgroundImage2Image', 'ImageIndex'], index: request.BackgroundImage2Image?.ImageIndex },
  ]);
});
export type GenerateBackgroundsRequest = z.infer<typeof zGenerateBackgroundsRequest>;
