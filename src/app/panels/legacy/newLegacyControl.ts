import { DEFAULT_CONTROL_MODE, DEFAULT_RESIZE_MODE } from '../../../picpik/enums';
import { INFERENCE_PARAM_DEFAULTS } from '../../../picpik/models';
import type { LegacyControlParams } from '../../request/studioParams';
import { suggestedPreProcessor, type ControlNetCatalog } from '../controlnet/controlNetPairs';
import { legacyIdOf } from '../model/catalogOptions';

/** The preset a new legacy unit starts with: "Graffiti and sketch" needs only an image and a weight. */
export const FIRST_LEGACY_PRESET = 1;

/** Custom-preset ids of a catalog control model: its LegacyId and its fitting pre-processor's. */
export function legacyPairIds(catalog: ControlNetCatalog, controlModelCode: string): Pick<LegacyControlParams, 'modelId' | 'preProcessorId' | 'preProcessorResolution'> | undefined {
  const model = Object.values(catalog.ControlModels).find((entry) => entry.ModelCode === controlModelCode);
  const modelId = model ? legacyIdOf(model) : undefined;
  if (modelId === undefined) return undefined;
  const pre = suggestedPreProcessor(catalog, controlModelCode);
  return {
    modelId,
    preProcessorId: (pre && legacyIdOf(pre)) ?? 0,
    preProcessorResolution: pre?.InferenceParams?.Resolution ?? INFERENCE_PARAM_DEFAULTS.Resolution,
  };
}

/** A legacy ControlNetParam with the documented defaults; custom ids from the catalog when it has LegacyIds. */
export function newLegacyControl(id: string, catalog?: ControlNetCatalog): LegacyControlParams {
  const firstModel = catalog ? Object.values(catalog.ControlModels)[0] : undefined;
  const ids = catalog && firstModel ? legacyPairIds(catalog, firstModel.ModelCode) : undefined;
  return {
    id,
    presetId: FIRST_LEGACY_PRESET,
    controlWeight: INFERENCE_PARAM_DEFAULTS.ControlWeight,
    imageSource: 'canvas',
    modelId: ids?.modelId ?? 0,
    preProcessorId: ids?.preProcessorId ?? 0,
    preProcessorResolution: ids?.preProcessorResolution ?? INFERENCE_PARAM_DEFAULTS.Resolution,
    startingStep: INFERENCE_PARAM_DEFAULTS.StartingStep,
    endingStep: INFERENCE_PARAM_DEFAULTS.EndingStep,
    controlMode: DEFAULT_CONTROL_MODE,
    resizeMode: DEFAULT_RESIZE_MODE,
    param1: 0,
    param2: 0,
  };
}
