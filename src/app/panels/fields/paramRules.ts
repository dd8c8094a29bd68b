import { zApplyReferencePatternRequest } from '../../../picpik/applyReferencePattern';
import { generationFields } from '../../../picpik/generationFields';
import { zGenerateTxt2ImgRequest, zLegacyControlNetParam, zLegacySubModelParam } from '../../../picpik/generateTxt2Img';
import { zImage2Image, zInferenceParams, zMask } from '../../../picpik/models';
import { describeZodError } from '../../../picpik/errors';
import { numberRule } from './fieldRules';

/** Documented UI steps (the seed pages' "Step" column); the bounds come from the schemas. */
const HUNDREDTH = 0.01;
const RESOLUTION_STEP = 64;

const inference = zInferenceParams.shape;
const legacy = zGenerateTxt2ImgRequest.shape;
const legacyControl = zLegacyControlNetParam.shape;
const legacySubModel = zLegacySubModelParam.shape;

/** Every numeric field of the panels, each checked by the PICPIK schema it feeds. */
export const PARAM_RULES = {
  seed: numberRule('Seed', generationFields.Seed),
  batchSize: numberRule('BatchSize', generationFields.BatchSize),
  loraWeight: numberRule('LoraWeight', inference.LoraWeight, HUNDREDTH),
  resolution: numberRule('Resolution', inference.Resolution, RESOLUTION_STEP),
  controlWeight: numberRule('ControlWeight', inference.ControlWeight, HUNDREDTH),
  startingStep: numberRule('StartingStep', inference.StartingStep, HUNDREDTH),
  endingStep: numberRule('EndingStep', inference.EndingStep, HUNDREDTH),
  cannyLowThreshold: numberRule('CannyLowThreshold', inference.CannyLowThreshold),
  cannyHighThreshold: numberRule('CannyHighThreshold', inference.CannyHighThreshold),
  referStrength: numberRule('ReferStrength', zImage2Image.shape.ReferStrength, HUNDREDTH),
  maskedReferStrength: numberRule('ReferStrength', zMask.shape.ReferStrength, HUNDREDTH),
  maskBlur: numberRule('MaskBlur', zMask.shape.MaskBlur),
  patternReferStrength: numberRule('PatternReferStrength', zApplyReferencePatternRequest.shape.PatternReferStrength, HUNDREDTH),
} as const;

/** The legacy GenerateTxt2Img fields (their own names and ranges). */
export const LEGACY_RULES = {
  seed: numberRule('Seed', legacy.Seed),
  batchSize: numberRule('BatchSize', legacy.BatchSize),
  mainModelId: numberRule('MainModelId', legacy.MainModelId),
  steps: numberRule('Steps', legacy.Steps),
  cfgScale: numberRule('CfgScale', legacy.CfgScale, 0.5),
  clipSkip: numberRule('ClipSkip', legacy.ClipSkip),
  controlWeight: numberRule('ControlWeight', legacyControl.ControlWeight, HUNDREDTH),
  modelId: numberRule('ModelId', legacyControl.ModelId),
  preProcessorId: numberRule('PreProcessorId', legacyControl.PreProcessorId),
  preProcessorResolution: numberRule('PreProcessorResolution', legacyControl.PreProcessorResolution, RESOLUTION_STEP),
  startingControlStep: numberRule('StartingControlStep', legacyControl.StartingControlStep, HUNDREDTH),
  endingControlStep: numberRule('EndingControlStep', legacyControl.EndingControlStep, HUNDREDTH),
  param1: numberRule('Param1Value', legacyControl.Param1Value),
  param2: numberRule('Param2Value', legacyControl.Param2Value),
  subModelId: numberRule('SubModelId', legacySubModel.SubModelId),
  subModelWeight: numberRule('ControlWeight', legacySubModel.ControlWeight, HUNDREDTH),
} as const;

/** "StartingStep must not be greater than EndingStep (got 0.8 > 0.5)", from the InferenceParams schema. */
export function stepOrderProblem(startingStep: number, endingStep: number): string | undefined {
  const result = zInferenceParams.safeParse({ StartingStep: startingStep, EndingStep: endingStep });
  return result.success ? undefined : describeZodError(result.error);
}

/** The same check for a legacy ControlNetParam (StartingControlStep / EndingControlStep). */
export function legacyStepOrderProblem(startingStep: number, endingStep: number): string | undefined {
  const result = zLegacyControlNetParam.safeParse({ StartingControlStep: startingStep, EndingControlStep: endingStep });
  return result.success ? undefined : describeZodError(result.error);
}
