import { z } from 'zod';
import type { Model } from '../../picpik/models';
import { STUDIO_ACTIONS, type StudioParams } from '../request/studioParams';

/**
 * The generation form as saved (autosave, project files). Numbers are not range-checked:
 * the form may hold a value typed out of range, which the field then marks; only the shape
 * must be right. Models keep their unknown fields, as ListModels gave them.
 */
const zSavedModel = z
  .looseObject({ ModelCode: z.string().min(1), InferenceParams: z.looseObject({}).optional() })
  .transform((model) => model as Model);

const zImageSource = z.enum(['canvas', 'slot']);

const zReferenceParams = z.object({ enabled: z.boolean(), source: zImageSource, referStrength: z.number() });

const zControlUnitParams = z.object({
  id: z.string().min(1),
  enabled: z.boolean(),
  preProcessor: zSavedModel,
  controlModel: zSavedModel,
  resolution: z.number(),
  controlWeight: z.number(),
  startingStep: z.number(),
  endingStep: z.number(),
  imageSource: zImageSource,
  useMask: z.boolean(),
  invertMask: z.boolean(),
});

const zLegacyControlParams = z.object({
  id: z.string().min(1),
  presetId: z.number(),
  controlWeight: z.number(),
  imageSource: zImageSource,
  modelId: z.number(),
  preProcessorId: z.number(),
  preProcessorResolution: z.number(),
  startingStep: z.number(),
  endingStep: z.number(),
  controlMode: z.string(),
  resizeMode: z.string(),
  param1: z.number(),
  param2: z.number(),
});

export const zStudioParams = z.object({
  action: z.enum(STUDIO_ACTIONS),
  mainModel: zSavedModel,
  subModels: z.array(
    z.object({ model: zSavedModel, kind: z.enum(['lora', 'embedding', 'hypernetwork']), enabled: z.boolean(), weight: z.number() }),
  ),
  positivePrompts: z.array(z.string()),
  negativePrompts: z.array(z.string()),
  translatePrompts: z.boolean(),
  seed: z.number(),
  batchSize: z.number(),
  useMainModelVAE: z.boolean(),
  tileable: z.boolean(),
  img2img: zReferenceParams,
  controlUnits: z.array(zControlUnitParams),
  masked: z.object({ referStrength: z.number(), invertMask: z.boolean(), maskBlur: z.number(), promptsMoreImportant: z.boolean() }),
  background: zReferenceParams.extend({ resizeMode: z.string() }),
  foregroundResizeMode: z.string(),
  pattern: z.object({ patternReferStrength: z.number(), chaoticMode: z.boolean(), colorCorrection: z.boolean() }),
  legacy: z.object({
    modelType: z.string(),
    mainModelId: z.number(),
    steps: z.number(),
    cfgScale: z.number(),
    sampler: z.string(),
    clipSkip: z.number(),
    subModels: z.array(z.object({ id: z.number(), weight: z.number() })).default([]),
    enableControlNet: z.boolean(),
    controlParams: z.array(zLegacyControlParams),
    useCustomMainModelVae: z.boolean(),
  }),
}) satisfies z.ZodType<StudioParams, unknown>;
