import { z } from 'zod';
import { intAtLeast, intInRange, requestObject, zBase64Image } from './common';
import { expectMessage } from './issueMessages';
import { flag, listOf, strictFields } from './fieldSchemas';
import { zHairOptimization } from './enums';
import { LIST_LIMITS } from './requestLimits';

/** Documented ranges shared by RemoveBackground and ExtractContents. */
export const SEGMENTATION_RANGES = {
  ErodeSize: { min: 0, max: 40 },
  ForegroundThreshold: { min: 0, max: 255 },
  BackgroundThreshold: { min: 0, max: 255 },
} as const;

/** Documented defaults (HairOptimization has none published). */
export const SEGMENTATION_DEFAULTS = {
  ErodeSize: 15,
  ForegroundThreshold: 240,
  BackgroundThreshold: 15,
  OnlyMask: false,
} as const;

const R = SEGMENTATION_RANGES;

const pixel = () => intAtLeast(0);

/** [x1, y1, x2, y2] in pixels, with x1 < x2 and y1 < y2. */
export const zBox = z
  .tuple([pixel(), pixel(), pixel(), pixel()], { error: expectMessage('a box [x1, y1, x2, y2] of 4 integers') })
  .superRefine(([x1, y1, x2, y2], ctx) => {
    if (x1 >= x2 || y1 >= y2) {
      ctx.addIssue({
        code: 'custom',
        input: [x1, y1, x2, y2],
        message: `must have x1 < x2 and y1 < y2 (got [${x1}, ${y1}, ${x2}, ${y2}])`,
      });
    }
  });

/** A pixel of the raw image, for ExtractContents. */
export const zPoint = strictFields('Point', { X: pixel(), Y: pixel() });
export type Point = z.infer<typeof zPoint>;

const segmentationOptions = {
  ErodeSize: intInRange(R.ErodeSize.min, R.ErodeSize.max).optional(),
  ForegroundThreshold: intInRange(R.ForegroundThreshold.min, R.ForegroundThreshold.max).optional(),
  BackgroundThreshold: intInRange(R.BackgroundThreshold.min, R.BackgroundThreshold.max).optional(),
  HairOptimization: zHairOptimization.optional(),
  OnlyMask: flag().optional(),
};

/** Action RemoveBackground: cut the subject out of RawImage (optionally inside Box). */
export const zRemoveBackgroundRequest = requestObject('RemoveBackground', {
  RawImage: zBase64Image,
  Box: zBox.optional(),
  ...segmentationOptions,
});
export type RemoveBackgroundRequest = z.infer<typeof zRemoveBackgroundRequest>;

/** Action ExtractContents ("Content Extraction"): a mask from included / excluded points. */
export const zExtractContentsRequest = requestObject('ExtractContents', {
  RawImage: zBase64Image,
  IncludePointList: listOf(zPoint, { max: LIST_LIMITS.points }).optional(),
  ExcludePointList: listOf(zPoint, { max: LIST_LIMITS.points }).optional(),
  ...segmentationOptions,
});
export type ExtractContentsRequest = z.infer<typeof zExtractContentsRequest>;
