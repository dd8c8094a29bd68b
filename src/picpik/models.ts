import type { z } from 'zod';
import { imageIndex, intInRange, numberInRange } from './common';
import { flag, looseFields, nonEmptyText, strictFields, text, textList } from './fieldSchemas';
import { LIST_LIMITS } from './requestLimits';
import { zControlMode, zResizeMode } from './enums';

/** Documented ranges of the InferenceParams keys (Steps…CFGScale from older pages, see api.md §3). */
export const INFERENCE_PARAM_RANGES = {
  LoraWeight: { min: -1, max: 2 },
  Resolution: { min: 64, max: 2048 },
  ControlWeight: { min: 0, max: 2 },
  StartingStep: { min: 0, max: 1 },
  EndingStep: { min: 0, max: 1 },
  Steps: { min: 6, max: 100 },
  ClipSkip: { min: 1, max: 12 },
  CFGScale: { min: 1, max: 30 },
  CannyLowThreshold: { min: 0, max: 255 },
  CannyHighThreshold: { min: 0, max: 255 },
} as const;

/** Documented defaults: what the server assumes when a key is absent. */
export const INFERENCE_PARAM_DEFAULTS = {
  LoraWeight: 1,
  Resolution: 512,
  ControlWeight: 1,
  StartingStep: 0,
  EndingStep: 1,
  Steps: 10,
  Sampler: 'Euler',
  ClipSkip: 1,
  CFGScale: 7.5,
  CannyLowThreshold: 100,
  CannyHighThreshold: 200,
} as const;

const R = INFERENCE_PARAM_RANGES;

/**
 * Per-model inference parameters. Known keys are typed and ranged; unknown keys returned by
 * ListModels are kept so a model can be sent back as-is. StartingStep must not exceed
 * EndingStep (absent values count as their defaults 0 and 1).
 */
export const zInferenceParams = looseFields('InferenceParams', {
  LoraWeight: numberInRange(R.LoraWeight.min, R.LoraWeight.max).optional(),
  Resolution: intInRange(R.Resolution.min, R.Resolution.max).optional(),
  ControlWeight: numberInRange(R.ControlWeight.min, R.ControlWeight.max).optional(),
  StartingStep: numberInRange(R.StartingStep.min, R.StartingStep.max).optional(),
  EndingStep: numberInRange(R.EndingStep.min, R.EndingStep.max).optional(),
  Steps: intInRange(R.Steps.min, R.Steps.max).optional(),
  Sampler: nonEmptyText().optional(),
  ClipSkip: intInRange(R.ClipSkip.min, R.ClipSkip.max).optional(),
  CFGScale: numberInRange(R.CFGScale.min, R.CFGScale.max).optional(),
  CannyLowThreshold: numberInRange(R.CannyLowThreshold.min, R.CannyLowThreshold.max).optional(),
  CannyHighThreshold: numberInRange(R.CannyHighThreshold.min, R.CannyHighThreshold.max).optional(),
  ControlMode: zControlMode.optional(),
  ResizeMode: zResizeMode.optional(),
}).superRefine((params, ctx) => {
  const starting = params.StartingStep ?? INFERENCE_PARAM_DEFAULTS.StartingStep;
  const ending = params.EndingStep ?? INFERENCE_PARAM_DEFAULTS.EndingStep;
  if (starting > ending) {
    ctx.addIssue({
      code: 'custom',
      path: ['StartingStep'],
      input: starting,
      message: `must not be greater than EndingStep (got ${starting} > ${ending})`,
    });
  }
});
export type InferenceParams = z.infer<typeof zInferenceParams>;

/** A main model or sub-model (LoRA, Embedding, HyperNetwork). Loose: ListModels fields survive. */
export const zModel = looseFields('Model', {
  Name: text().optional(),
  ModelCode: nonEmptyText(),
  IsOfficial: flag().optional(),
  TriggerWordList: textList(LIST_LIMITS.triggerWords).optional(),
  InferenceParams: zInferenceParams.optional(),
});
export type Model = z.infer<typeof zModel>;

/** A ControlNet pre-processor from ListControlNets; loose like Model. */
export const zPreProcessor = looseFields('PreProcessor', {
  ModelCode: nonEmptyText(),
  InferenceParams: zInferenceParams.optional(),
});
export type PreProcessor = z.infer<typeof zPreProcessor>;

/** A ControlNet model from ListControlNets; loose like Model. */
export const zControlModel = looseFields('ControlModel', {
  ModelCode: nonEmptyText(),
  InferenceParams: zInferenceParams.optional(),
});
export type ControlModel = z.infer<typeof zControlModel>;

/** One ControlNet unit of GenerateImages.ControlNetList. */
export const zControlNetUnit = strictFields('ControlNet', {
  ImageIndex: imageIndex(),
  MaskIndex: imageIndex().optional(),
  InvertMask: flag().optional(),
  PreProcessor: zPreProcessor,
  ControlModel: zControlModel,
});
export type ControlNetUnit = z.infer<typeof zControlNetUnit>;
export const CONTROLNET_UNIT_DEFAULTS = { InvertMask: false } as const;

/**
 * A reference image. ResizeMode is not in the Image2Image table but the GenerateBackgrounds
 * example sends it inside BackgroundImage2Image, so it is accepted everywhere.
 */
export const zImage2Image = strictFields('Image2Image', {
  ImageIndex: imageIndex(),
  ReferStrength: numberInRange(0, 1).optional(),
  ResizeMode: zResizeMode.optional(),
});
export type Image2Image = z.infer<typeof zImage2Image>;
export const IMAGE2IMAGE_DEFAULTS = { ReferStrength: 0.5 } as const;

/** The redrawn area of ModifyMaskedPixels (the doc's type "Mask", field "Masked"). */
export const zMask = strictFields('Mask', {
  ImageIndex: imageIndex(),
  MaskIndex: imageIndex(),
  ReferStrength: numberInRange(0, 2).optional(),
  InvertMask: flag().optional(),
  MaskBlur: intInRange(0, 64).optional(),
  PromptsMoreImportant: flag().optional(),
});
export type Mask = z.infer<typeof zMask>;
export const MASKED_DEFAULTS = {
  ReferStrength: 1,
  InvertMask: false,
  MaskBlur: 12,
  PromptsMoreImportant: false,
} as const;

/** The transparent foreground of GenerateBackgrounds (a PNG with alpha). */
export const zForeground = strictFields('Foreground', {
  ImageIndex: imageIndex(),
  ResizeMode: zResizeMode.optional(),
});
export type Foreground = z.infer<typeof zForeground>;
export const FOREGROUND_DEFAULTS = { ResizeMode: 'ResizeAndFill' } as const;
