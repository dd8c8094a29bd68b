import { describe, expect, it } from 'vitest';
import { PNG_1X1_BASE64 } from '../../picpik/testFixtures';
import { buildRequest } from '../request/buildRequest';
import type { EncodedImages } from '../request/encodedImages';
import { defaultStudioParams, type ControlUnitParams, type StudioParams } from '../request/studioParams';
import { archiveRequest } from './archiveFixtures';
import { paramsFromRequest } from './paramsFromRequest';

// Distinct PNGs: a real signature and IHDR (what the schema reads), then a tag.
const uri = (tag: string) => `data:image/png;base64,${PNG_1X1_BASE64.slice(0, 32)}${btoa(`png-${tag}`)}`;
const SIZE = { width: 768, height: 512 };
const ids = (position: number) => `recalled-${position + 1}`;

/** A form far from the defaults, so every recalled field has to come from the request. */
function designerParams(patch: Partial<StudioParams>): StudioParams {
  const base = defaultStudioParams();
  return {
    ...base,
    mainModel: { ModelCode: 'Dreamy Portraits', Name: 'Dreamy' },
    subModels: [
      { model: { ModelCode: 'warm_light', TriggerWordList: ['golden hour'], Extra: 1 }, kind: 'lora', enabled: true, weight: 0.65 },
      { model: { ModelCode: 'monochrome' }, kind: 'hypernetwork', enabled: true, weight: 1 },
    ],
    positivePrompts: ['a red sofa', 'studio light'],
    negativePrompts: ['blurry'],
    translatePrompts: false,
    seed: 1234,
    batchSize: 3,
    useMainModelVAE: true,
    ...patch,
  };
}

function unit(id: string, overrides: Partial<ControlUnitParams> = {}): ControlUnitParams {
  return {
    id, enabled: true, imageSource: 'slot', useMask: false, invertMask: false,
    preProcessor: { ModelCode: 'canny', InferenceParams: { CannyLowThreshold: 100 } },
    controlModel: { ModelCode: 'control_v11p_sd15_canny', Name: 'Canny' },
    resolution: 640, controlWeight: 1.2, startingStep: 0.1, endingStep: 0.9, ...overrides,
  };
}

function payloadOf(params: StudioParams, images: EncodedImages): Record<string, unknown> {
  const result = buildRequest(params, SIZE, images);
  if (!result.ok) throw new Error(result.message);
  return result.payload;
}

/** Sent → archived → recalled → sent again: the second request must equal the first. */
function roundTrip(sent: StudioParams, images: EncodedImages, recalledImages: EncodedImages = images) {
  const payload = payloadOf(sent, images);
  const recalled = paramsFromRequest(sent.action, archiveRequest(payload), defaultStudioParams(), { newId: ids, subModelKinds: { monochrome: 'hypernetwork' } });
  expect(payloadOf(recalled, recalledImages)).toEqual(payload);
  return recalled;
}

describe('paramsFromRequest: the request builder in reverse', () => {
  it('GenerateImages: models, prompts, seed, Image2Image, ControlNet units with masks, Tileable', () => {
    const sent = designerParams({
      action: 'GenerateImages',
      tileable: true,
      img2img: { enabled: true, source: 'slot', referStrength: 0.3 },
      controlUnits: [unit('a', { useMask: true, invertMask: true }), unit('b', { resolution: 512, controlWeight: 0.5 })],
    });
    const images = { img2img: uri('ref'), control: { a: { image: uri('ca'), mask: uri('ma') }, b: { image: uri('cb') } } };
    const recalled = roundTrip(sent, images, { img2img: uri('ref'), control: { 'recalled-1': images.control.a, 'recalled-2': images.control.b } });
    expect(recalled).toMatchObject({ action: 'GenerateImages', seed: 1234, batchSize: 3, positivePrompts: ['a red sofa', 'studio light'], tileable: true });
    expect(recalled.subModels).toEqual(sent.subModels);
    expect(recalled.controlUnits).toEqual([unit('recalled-1', { useMask: true, invertMask: true }), unit('recalled-2', { resolution: 512, controlWeight: 0.5 })]);
  });

  it('ModifyMaskedPixels: Masked fields, and Image2Image from the canvas when it reuses the picture', () => {
    const sent = designerParams({
      action: 'ModifyMaskedPixels',
      masked: { referStrength: 0.4, invertMask: true, maskBlur: 30, promptsMoreImportant: true },
      img2img: { enabled: true, source: 'canvas', referStrength: 0.7 },
    });
    const recalled = roundTrip(sent, { picture: uri('pic'), mask: uri('mask'), img2img: uri('pic') });
    expect(recalled.masked).toEqual(sent.masked);
    expect(recalled.img2img).toEqual({ enabled: true, source: 'canvas', referStrength: 0.7 });
  });

  it('GenerateBackgrounds: foreground resize mode and the background reference', () => {
    const sent = designerParams({
      action: 'GenerateBackgrounds',
      foregroundResizeMode: 'CropAndResize',
      background: { enabled: true, source: 'slot', referStrength: 0.25, resizeMode: 'JustResize' },
    });
    const recalled = roundTrip(sent, { foreground: uri('fg'), background: uri('bg') });
    expect(recalled.background).toEqual(sent.background);
    expect(recalled.foregroundResizeMode).toBe('CropAndResize');
  });

  it('ApplyReferencePattern: strength, chaotic mode, colour correction', () => {
    const sent = designerParams({ action: 'ApplyReferencePattern', pattern: { patternReferStrength: 0.8, chaoticMode: true, colorCorrection: false } });
    const recalled = roundTrip(sent, { picture: uri('pic'), mask: uri('mask'), pattern: uri('pattern') });
    expect(recalled.pattern).toEqual(sent.pattern);
  });

  it('GenerateTxt2Img: the legacy fields, a preset control and a custom one', () => {
    const base = defaultStudioParams();
    const sent = designerParams({
      action: 'GenerateTxt2Img',
      legacy: {
        ...base.legacy, modelType: 'custom_model', mainModelId: 7, steps: 30, cfgScale: 9, sampler: 'DDIM', clipSkip: 2, enableControlNet: true, useCustomMainModelVae: true,
        controlParams: [
          { id: 'x', presetId: 2, controlWeight: 1.5, imageSource: 'slot', modelId: 0, preProcessorId: 0, preProcessorResolution: 512, startingStep: 0, endingStep: 1, controlMode: 'Balanced', resizeMode: 'JustResize', param1: 0, param2: 0 },
          { id: 'y', presetId: 0, controlWeight: 1, imageSource: 'slot', modelId: 4, preProcessorId: 5, preProcessorResolution: 640, startingStep: 0.2, endingStep: 0.8, controlMode: 'Balanced', resizeMode: 'JustResize', param1: 10, param2: 30 },
        ],
      },
    });
    const images = { control: { x: { image: uri('x') }, y: { image: uri('y') } } };
    const recalled = roundTrip(sent, images, { control: { 'recalled-1': images.control.x, 'recalled-2': images.control.y } });
    expect(recalled.legacy).toMatchObject({ modelType: 'custom_model', mainModelId: 7, steps: 30, cfgScale: 9, sampler: 'DDIM', clipSkip: 2 });
    expect(recalled.legacy.controlParams[1]).toEqual({ ...sent.legacy.controlParams[1], id: 'recalled-2' });
    expect(recalled.translatePrompts).toBe(false);
  });

  it('keeps what the request cannot tell from the current form', () => {
    const current = designerParams({ action: 'GenerateImages', pattern: { patternReferStrength: 0.1, chaoticMode: true, colorCorrection: true }, controlUnits: [unit('keep')] });
    const recalled = paramsFromRequest('ModifyMaskedPixels', { PositivePrompts: ['grass'], Seed: 7 }, current);
    expect(recalled).toMatchObject({ action: 'ModifyMaskedPixels', positivePrompts: ['grass'], seed: 7, pattern: current.pattern, controlUnits: current.controlUnits, masked: current.masked });
    expect(recalled.mainModel).toEqual(current.mainModel);
  });

  it('ignores fields of the wrong shape instead of failing', () => {
    const current = defaultStudioParams();
    const recalled = paramsFromRequest('GenerateImages', { Seed: 'lucky', PositivePrompts: 'not a list', BatchSize: 2, ControlNetList: [{ broken: true }] }, current);
    expect(recalled).toMatchObject({ seed: current.seed, positivePrompts: current.positivePrompts, batchSize: 2, controlUnits: [] });
  });

  it('an empty prompt list still leaves one prompt box', () => {
    expect(paramsFromRequest('GenerateImages', { PositivePrompts: [] }, defaultStudioParams()).positivePrompts).toEqual(['']);
  });
});
