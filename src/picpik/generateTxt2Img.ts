import { z } from 'zod';
import { intAtLeast, intInRange, numberInRange, requestObject, zBase64Image } from './common';
import { expectMessage } from './issueMessages';
import { flag, listOf, strictFields, textList } from './fieldSchemas';
import { zControlMode, zControlPreSetId, zLegacyModelType, zLegacySampler, zResizeMode } from './enums';
import { LIST_LIMITS } from './requestLimits';

/** Documented ranges of legacy GenerateTxt2Img (no longer maintained upstream). */
export const LEGACY_TXT2IMG_RANGES = {
  BatchSize: { min: 1, max: 16 },
  Steps: { min: 1, max: 150 },
  CfgScale: { min: 0, max: 30 },
  Width: { min: 16, max: 1440 },
  Height: { min: 16, max: 1440 },
  Seed: { min: -1, max: 2147483647 },
  ClipSkip: { min: 1, max: 12 },
  ControlWeight: { min: 0, max: 2 },
  ControlStep: { min: 0, max: 1 },
} as const;

export const MAX_LEGACY_CONTROLNET_PARAMS = LIST_LIMITS.controlNetUnits;

const R = LEGACY_TXT2IMG_RANGES;

function plainNumber() {
  return z.number({ error: expectMessage('a number') });
}

/** Weight of one sub-model (LoRA) picked by id. */
export const zLegacySubModelParam = strictFields('SubModelParam', {
  SubModelId: intAtLeast(0).optional(),
  ControlWeight: plainNumber().optional(),
});

/**
 * One legacy ControlNet unit. With ControlPreSetId ≠ 0 the doc says only ControlNetImg and
 * ControlWeight matter; with 0 (custom) all fields should be filled. Nothing is marked required.
 */
export const zLegacyControlNetParam = strictFields('ControlNetParam', {
  ControlNetImg: zBase64Image.optional(),
  ControlPreSetId: zControlPreSetId.optional(),
  ControlWeight: numberInRange(R.ControlWeight.min, R.ControlWeight.max).optional(),
  ModelId: intAtLeast(0).optional(),
  PreProcessorId: intAtLeast(0).optional(),
  StartingControlStep: numberInRange(R.ControlStep.min, R.ControlStep.max).optional(),
  EndingControlStep: numberInRange(R.ControlStep.min, R.ControlStep.max).optional(),
  ControlMode: zControlMode.optional(),
  ResizeMode: zResizeMode.optional(),
  PreProcessorResolution: intAtLeast(1).optional(),
  Param1Value: plainNumber().optional(),
  Param2Value: plainNumber().optional(),
}).superRefine((param, ctx) => {
  const starting = param.StartingControlStep ?? 0;
  const ending = param.EndingControlStep ?? 1;
  if (starting > ending) {
    ctx.addIssue({
      code: 'custom',
      path: ['StartingControlStep'],
      input: starting,
      message: `must not be greater than EndingControlStep (got ${starting} > ${ending})`,
    });
  }
});
export type LegacyControlNetParam = z.infer<typeof zLegacyControlNetParam>;

/** Action GenerateTxt2Img (legacy): required flags exactly as the legacy page marks them. */
export const zGenerateTxt2ImgRequest = requestObject('GenerateTxt2Img', {
  ModelType: zLegacyModelType,
  MainModelId: intAtLeast(0),
  SubModelIds: listOf(intAtLeast(0), { max: LIST_LIMITS.subModels }, 'a list of model ids').optional(),
  SubModelParams: listOf(zLegacySubModelParam, { max: LIST_LIMITS.subModels }).optional(),
  BatchSize: intInRange(R.BatchSize.min, R.BatchSize.max),
  Steps: intInRange(R.Steps.min, R.Steps.max),
  CfgScale: numberInRange(R.CfgScale.min, R.CfgScale.max),
  Seed: intInRange(R.Seed.min, R.Seed.max),
  Sampler: zLegacySampler,
  Width: intInRange(R.Width.min, R.Width.max),
  Height: intInRange(R.Height.min, R.Height.max),
  ClipSkip: intInRange(R.ClipSkip.min, R.ClipSkip.max),
  TranslatePrompt: flag(),
  PositivePrompts: textList(LIST_LIMITS.prompts).optional(),
  NegativePrompts: textList(LIST_LIMITS.prompts).optional(),
  EnableControlNet: flag().optional(),
  ControlNetParams: listOf(zLegacyControlNetParam, { max: MAX_LEGACY_CONTROLNET_PARAMS }).optional(),
  UseCustomMainModelVae: flag().optional(),
});
export type GenerateTxt2ImgRequest = z.infer<typeof zGenerateTxt2ImgRequest>;

/** Values of the legacy examples, for forms that start a legacy request. */
export const LEGACY_TXT2IMG_DEFAULTS = {
  ModelType: 'combined_model',
  BatchSize: 1,
  Steps: 20,
  CfgScale: 7.5,
  Seed: -1,
  Sampler: 'Euler',
  ClipSkip: 1,
  Width: 512,
  Height: 512,
  TranslatePrompt: true,
  UseCustomMainModelVae: false,
} as const;
