import type { RequestOf } from '../../picpik/actions';
import { cleanPrompts, type RequestSize } from './commonFields';
import { requireImage, type EncodedImages } from './encodedImages';
import type { LegacyControlParams, StudioParams } from './studioParams';

type Txt2Img = RequestOf<'GenerateTxt2Img'>;
type LegacyControlParam = NonNullable<Txt2Img['ControlNetParams']>[number];

/** The legacy form keeps its enums as plain values (a saved form may hold anything); buildRequest's schema check names a bad one. */
const sent = <T>(value: string | number) => value as T;

/** A preset needs only image and weight (the legacy page); preset 0 sends every field. */
function controlParam(param: LegacyControlParams, images: EncodedImages, position: number): LegacyControlParam {
  const image = requireImage(images.control?.[param.id]?.image, `control:${param.id}`, `ControlNet ${position + 1} has no image: upload one or use the canvas`);
  const preset = { ControlPreSetId: sent<LegacyControlParam['ControlPreSetId']>(param.presetId), ControlWeight: param.controlWeight, ControlNetImg: image };
  if (param.presetId !== 0) return preset;
  return {
    ...preset,
    ModelId: param.modelId,
    PreProcessorId: param.preProcessorId,
    PreProcessorResolution: param.preProcessorResolution,
    StartingControlStep: param.startingStep,
    EndingControlStep: param.endingStep,
    ControlMode: sent<LegacyControlParam['ControlMode']>(param.controlMode),
    ResizeMode: sent<LegacyControlParam['ResizeMode']>(param.resizeMode),
    Param1Value: param.param1,
    Param2Value: param.param2,
  };
}

/** The legacy GenerateTxt2Img body: its own field names (TranslatePrompt, CfgScale, MainModelId…). */
export function buildGenerateTxt2ImgRequest(params: StudioParams, size: RequestSize, images: EncodedImages): Txt2Img {
  const legacy = params.legacy;
  const controls = legacy.enableControlNet ? legacy.controlParams.map((param, i) => controlParam(param, images, i)) : [];
  // The legacy page: sub-models only with custom_model ("do not fill in if ModelType is combined_model").
  const subModels = legacy.modelType === 'custom_model' ? legacy.subModels : [];
  return {
    Action: 'GenerateTxt2Img',
    ModelType: sent<Txt2Img['ModelType']>(legacy.modelType),
    MainModelId: legacy.mainModelId,
    ...(subModels.length > 0
      ? { SubModelIds: subModels.map((sub) => sub.id), SubModelParams: subModels.map((sub) => ({ SubModelId: sub.id, ControlWeight: sub.weight })) }
      : {}),
    BatchSize: params.batchSize,
    Steps: legacy.steps,
    CfgScale: legacy.cfgScale,
    Seed: params.seed,
    Sampler: sent<Txt2Img['Sampler']>(legacy.sampler),
    Width: size.width,
    Height: size.height,
    ClipSkip: legacy.clipSkip,
    TranslatePrompt: params.translatePrompts,
    PositivePrompts: cleanPrompts(params.positivePrompts),
    NegativePrompts: cleanPrompts(params.negativePrompts),
    EnableControlNet: legacy.enableControlNet,
    ...(controls.length > 0 ? { ControlNetParams: controls } : {}),
    UseCustomMainModelVae: legacy.useCustomMainModelVae,
  };
}
