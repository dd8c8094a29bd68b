import type { z } from 'zod';
import { imageIndex, numberInRange, requestObject, zBase64Image } from './common';
import { flag, listOf } from './fieldSchemas';
import { generationFields } from './generationFields';
import { reportIndicesOutsideList } from './imageIndexChecks';
import { LIST_LIMITS } from './requestLimits';

/** Action ApplyReferencePattern: redraw the masked area with the pattern of a reference image. */
export const zApplyReferencePatternRequest = requestObject('ApplyReferencePattern', {
  ...generationFields,
  RawImageIndex: imageIndex(),
  MaskIndex: imageIndex(),
  PatternImageIndex: imageIndex(),
  PatternReferStrength: numberInRange(0, 1).optional(),
  ChaoticMode: flag().optional(),
  ColorCorrection: flag().optional(),
  ImageAndMaskList: listOf(zBase64Image, { max: LIST_LIMITS.images }).optional(),
}).superRefine((request, ctx) => {
  reportIndicesOutsideList(ctx, 'ImageAndMaskList', request.ImageAndMaskList, [
    { path: ['RawImageIndex'], index: request.RawImageIndex },
    { path: ['MaskIndex'], index: request.MaskIndex },
    { path: ['PatternImageIndex'], index: request.PatternImageIndex },
  ]);
});
export type ApplyReferencePatternRequest = z.infer<typeof zApplyReferencePatternRequest>;

export const APPLY_REFERENCE_PATTERN_DEFAULTS = {
  PatternReferStrength: 0.5,
  ChaoticMode: false,
  ColorCorrection: false,
} as const;
