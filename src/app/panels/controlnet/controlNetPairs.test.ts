import { describe, expect, it } from 'vitest';
import { INFERENCE_PARAM_DEFAULTS } from '../../../picpik/models';
import { isKnownPair, preProcessorCodesFor, suggestedControlModel, suggestedPreProcessor, type ControlNetCatalog } from './controlNetPairs';
import { defaultControlPair, newControlUnit } from './newControlUnit';

/** Shaped like the local engine's catalog: control models list their pre-processors. */
const localCatalog: ControlNetCatalog = {
  PreProcessors: {
    canny: { ModelCode: 'canny', InferenceParams: { Resolution: 768 } },
    lineart: { ModelCode: 'lineart' },
  },
  ControlModels: {
    Canny: { ModelCode: 'control_v11p_sd15_canny', PreProcessors: ['canny'], InferenceParams: { ControlWeight: 0.8 } },
    Lineart: { ModelCode: 'control_v11p_sd15_lineart', PreProcessors: ['lineart'] },
  },
};

/** Shaped like PICPIK's: no lists, so the documented pairs are used. */
const upstreamCatalog: ControlNetCatalog = {
  PreProcessors: { 'depth zoe': { ModelCode: 'depth_zoe' }, mlsd: { ModelCode: 'mlsd' } },
  ControlModels: {
    depth: { ModelCode: 'control_v11f1p_sd15_depth' },
    mlsd: { ModelCode: 'control_v11p_sd15_mlsd' },
    inpaint: { ModelCode: 'control_v11p_sd15_inpaint' },
  },
};

describe('pairing pre-processors and control models', () => {
  it('follows the list the catalog gives', () => {
    expect(suggestedControlModel(localCatalog, 'lineart')?.ModelCode).toBe('control_v11p_sd15_lineart');
    expect(suggestedPreProcessor(localCatalog, 'control_v11p_sd15_canny')?.ModelCode).toBe('canny');
  });

  it('falls back to the documented pairs, skipping pre-processors the catalog lacks', () => {
    expect(preProcessorCodesFor({ ModelCode: 'control_v11f1p_sd15_depth' })).toEqual(['depth', 'depth_leres', 'depth_zoe']);
    expect(suggestedPreProcessor(upstreamCatalog, 'control_v11f1p_sd15_depth')?.ModelCode).toBe('depth_zoe');
    expect(suggestedControlModel(upstreamCatalog, 'mlsd')?.ModelCode).toBe('control_v11p_sd15_mlsd');
  });

  it('suggests nothing for models without a pre-processor', () => {
    expect(suggestedPreProcessor(upstreamCatalog, 'control_v11p_sd15_inpaint')).toBeUndefined();
    expect(isKnownPair(upstreamCatalog, 'mlsd', 'control_v11p_sd15_inpaint')).toBe(false);
    expect(isKnownPair(upstreamCatalog, 'mlsd', 'control_v11p_sd15_mlsd')).toBe(true);
  });
});

describe('new units', () => {
  it('start from a matching pair and the catalog inference params', () => {
    const pair = defaultControlPair(localCatalog);
    expect(pair?.controlModel.ModelCode).toBe('control_v11p_sd15_canny');
    const unit = newControlUnit('u1', pair!);
    expect(unit).toMatchObject({ id: 'u1', enabled: true, resolution: 768, controlWeight: 0.8, imageSource: 'canvas', useMask: false });
    expect(unit.startingStep).toBe(INFERENCE_PARAM_DEFAULTS.StartingStep);
    expect(unit.endingStep).toBe(INFERENCE_PARAM_DEFAULTS.EndingStep);
  });

  it('has no pair when the catalog is empty', () => {
    expect(defaultControlPair({ PreProcessors: {}, ControlModels: {} })).toBeUndefined();
  });
});
