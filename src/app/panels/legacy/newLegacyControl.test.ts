import { describe, expect, it } from 'vitest';
import type { ControlNetCatalog } from '../controlnet/controlNetPairs';
import { legacyPairIds, newLegacyControl } from './newLegacyControl';

const catalog: ControlNetCatalog = {
  PreProcessors: { lineart: { ModelCode: 'lineart', InferenceParams: { Resolution: 640 }, LegacyId: 2 } },
  ControlModels: { lineart: { ModelCode: 'control_v11p_sd15_lineart', PreProcessors: ['lineart'], LegacyId: 7 } },
};

describe('legacy ControlNet params', () => {
  it('start on a preset with the documented weight, steps and modes', () => {
    expect(newLegacyControl('c1')).toMatchObject({
      id: 'c1',
      presetId: 1,
      controlWeight: 1,
      startingStep: 0,
      endingStep: 1,
      controlMode: 'Balanced',
      resizeMode: 'ResizeAndFill',
      imageSource: 'canvas',
    });
  });

  it('take custom ids from a catalog that carries LegacyIds', () => {
    expect(legacyPairIds(catalog, 'control_v11p_sd15_lineart')).toEqual({ modelId: 7, preProcessorId: 2, preProcessorResolution: 640 });
    expect(newLegacyControl('c2', catalog)).toMatchObject({ modelId: 7, preProcessorId: 2, preProcessorResolution: 640 });
  });

  it('have no catalog ids for models without a LegacyId', () => {
    expect(legacyPairIds({ PreProcessors: {}, ControlModels: { x: { ModelCode: 'x' } } }, 'x')).toBeUndefined();
  });
});
