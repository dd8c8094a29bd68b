import type { RequestOf } from '../../picpik/actions';
import type { Model } from '../../picpik/models';
import type { StudioParams, SubModelChoice } from './studioParams';

/** Width × Height of a request: the generation size of its region (64–2560, multiples of 8). */
export interface RequestSize {
  width: number;
  height: number;
}

/** The fields GenerateImages, ModifyMaskedPixels, GenerateBackgrounds and ApplyReferencePattern share. */
export type CommonGenerationFields = Pick<
  RequestOf<'GenerateImages'>,
  'MainModel' | 'SubModelList' | 'PositivePrompts' | 'NegativePrompts' | 'TranslatePrompts' | 'Seed' | 'Width' | 'Height' | 'BatchSize' | 'UseMainModelVAE'
>;

/** Prompt lists as sent: trimmed, empty entries dropped. */
export function cleanPrompts(prompts: readonly string[]): string[] {
  return prompts.map((prompt) => prompt.trim()).filter((prompt) => prompt.length > 0);
}

/** A LoRA carries its weight in InferenceParams.LoraWeight; other sub-models go as ListModels gave them. */
export function subModelPayload(choice: SubModelChoice): Model {
  if (choice.kind !== 'lora') return choice.model;
  return { ...choice.model, InferenceParams: { ...choice.model.InferenceParams, LoraWeight: choice.weight } };
}

export function commonGenerationFields(params: StudioParams, size: RequestSize): CommonGenerationFields {
  const subModels = params.subModels.filter((choice) => choice.enabled).map(subModelPayload);
  return {
    MainModel: params.mainModel,
    ...(subModels.length > 0 ? { SubModelList: subModels } : {}),
    PositivePrompts: cleanPrompts(params.positivePrompts),
    NegativePrompts: cleanPrompts(params.negativePrompts),
    TranslatePrompts: params.translatePrompts,
    Seed: params.seed,
    Width: size.width,
    Height: size.height,
    BatchSize: params.batchSize,
    UseMainModelVAE: params.useMainModelVAE,
  };
}
