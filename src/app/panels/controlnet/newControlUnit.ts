import { INFERENCE_PARAM_DEFAULTS, type ControlModel, type PreProcessor } from '../../../picpik/models';
import type { ControlUnitParams } from '../../request/studioParams';
import { suggestedPreProcessor, type ControlNetCatalog } from './controlNetPairs';

export interface ControlPair {
  preProcessor: PreProcessor;
  controlModel: ControlModel;
}

/** The pair a new unit starts with: the first control model that has a fitting pre-processor. */
export function defaultControlPair(catalog: ControlNetCatalog): ControlPair | undefined {
  const models = Object.values(catalog.ControlModels);
  for (const controlModel of models) {
    const preProcessor = suggestedPreProcessor(catalog, controlModel.ModelCode);
    if (preProcessor) return { preProcessor, controlModel };
  }
  const controlModel = models[0];
  const preProcessor = Object.values(catalog.PreProcessors)[0];
  return controlModel && preProcessor ? { preProcessor, controlModel } : undefined;
}

/**
 * A unit as the catalog describes its models: their InferenceParams give the starting
 * Resolution, ControlWeight and steps; what they leave out takes the documented defaults.
 */
export function newControlUnit(id: string, pair: ControlPair): ControlUnitParams {
  const pre = pair.preProcessor.InferenceParams ?? {};
  const control = pair.controlModel.InferenceParams ?? {};
  return {
    id,
    enabled: true,
    preProcessor: pair.preProcessor,
    controlModel: pair.controlModel,
    resolution: pre.Resolution ?? INFERENCE_PARAM_DEFAULTS.Resolution,
    controlWeight: control.ControlWeight ?? INFERENCE_PARAM_DEFAULTS.ControlWeight,
    startingStep: control.StartingStep ?? INFERENCE_PARAM_DEFAULTS.StartingStep,
    endingStep: control.EndingStep ?? INFERENCE_PARAM_DEFAULTS.EndingStep,
    imageSource: 'canvas',
    useMask: false,
    invertMask: false,
  };
}
