import { describe, expect, it } from 'vitest';
import { PNG_1X1_BASE64 } from '../../picpik/testFixtures';
import { buildRequest } from './buildRequest';
import { defaultStudioParams, type ControlUnitParams, type StudioParams } from './studioParams';

// Tiny distinct PNGs (a real signature and IHDR, then a tag); the builder only wires them, the schema reads their header.
const uri = (tag: string) => `data:image/png;base64,${PNG_1X1_BASE64.slice(0, 32)}${btoa(`png-${tag}`)}`;
const PICTURE = uri('picture');
const MASK = uri('mask');
const SIZE = { width: 768, height: 512 };

function params(overrides: Partial<StudioParams>): StudioParams {
  return { ...defaultStudioParams(), positivePrompts: [' a red sofa ', ''], ...overrides };
}

function unit(id: string, overrides: Partial<ControlUnitParams> = {}): ControlUnitParams {
  return {
    id, enabled: true, imageSource: 'canvas', useMask: false, invertMask: false,
    preProcessor: { ModelCode: 'canny', InferenceParams: { CannyLowThreshold: 100 } },
    controlModel: { ModelCode: 'control_v11p_sd15_canny', Name: 'Canny' },
    resolution: 512, controlWeight: 1.2, startingStep: 0.1, endingStep: 0.9, ...overrides,
  };
}

function payloadOf(result: ReturnType<typeof buildRequest>): Record<string, unknown> {
  if (!result.ok) throw new Error(result.message);
  return result.payload;
}

describe('buildRequest', () => {
  it('ModifyMaskedPixels: picture and mask in ImageAndMaskList, wired into Masked, common fields from the studio', () => {
    const payload = payloadOf(buildRequest(params({ action: 'ModifyMaskedPixels', seed: 42 }), SIZE, { picture: PICTURE, mask: MASK }));
    expect(payload).toEqual({
      Action: 'ModifyMaskedPixels',
      MainModel: { ModelCode: 'PICPIK General' },
      PositivePrompts: ['a red sofa'],
      NegativePrompts: [],
      TranslatePrompts: true,
      Seed: 42,
      Width: 768,
      Height: 512,
      BatchSize: 1,
      UseMainModelVAE: false,
      Masked: { ImageIndex: 0, MaskIndex: 1, ReferStrength: 1, InvertMask: false, MaskBlur: 12, PromptsMoreImportant: false },
      ImageAndMaskList: [PICTURE, MASK],
    });
  });

  it('stores an image used twice only once', () => {
    const p = params({ action: 'ModifyMaskedPixels', img2img: { enabled: true, source: 'canvas', referStrength: 0.3 } });
    const payload = payloadOf(buildRequest(p, SIZE, { picture: PICTURE, mask: MASK, img2img: PICTURE }));
    expect(payload.ImageAndMaskList).toEqual([PICTURE, MASK]);
    expect(payload.Image2Image).toEqual({ ImageIndex: 0, ReferStrength: 0.3 });
  });

  it('GenerateImages: enabled ControlNet units only, with images, masks and inference params wired', () => {
    const p = params({
      action: 'GenerateImages',
      tileable: true,
      controlUnits: [unit('a', { useMask: true, invertMask: true }), unit('b', { enabled: false }), unit('c')],
      subModels: [
        { model: { ModelCode: 'warm_light', TriggerWordList: ['golden hour'], Extra: 1 }, kind: 'lora', enabled: true, weight: 0.65 },
        { model: { ModelCode: 'monochrome' }, kind: 'embedding', enabled: true, weight: 1 },
        { model: { ModelCode: 'cool_tone' }, kind: 'lora', enabled: false, weight: 1 },
      ],
    });
    const images = { control: { a: { image: uri('ca'), mask: uri('ma') }, c: { image: uri('ca') } } };
    const payload = payloadOf(buildRequest(p, SIZE, images));
    expect(payload.ImageAndMaskList).toEqual([uri('ca'), uri('ma')]);
    expect(payload.ControlNetList).toEqual([
      {
        ImageIndex: 0, MaskIndex: 1, InvertMask: true,
        PreProcessor: { ModelCode: 'canny', InferenceParams: { CannyLowThreshold: 100, Resolution: 512 } },
        ControlModel: { ModelCode: 'control_v11p_sd15_canny', Name: 'Canny', InferenceParams: { ControlWeight: 1.2, StartingStep: 0.1, EndingStep: 0.9 } },
      },
      expect.objectContaining({ ImageIndex: 0, InvertMask: false }),
    ]);
    expect(payload.SubModelList).toEqual([
      { ModelCode: 'warm_light', TriggerWordList: ['golden hour'], Extra: 1, InferenceParams: { LoraWeight: 0.65 } },
      { ModelCode: 'monochrome' },
    ]);
    expect(payload.Tileable).toBe(true);
    expect(payload).not.toHaveProperty('Image2Image');
  });

  it('GenerateImages without images sends no ImageAndMaskList', () => {
    const payload = payloadOf(buildRequest(params({ action: 'GenerateImages' }), SIZE, {}));
    expect(payload).not.toHaveProperty('ImageAndMaskList');
  });

  it('GenerateBackgrounds: ImageList with the foreground and the background reference', () => {
    const p = params({ action: 'GenerateBackgrounds', background: { enabled: true, source: 'slot', referStrength: 0.3, resizeMode: 'CropAndResize' } });
    const payload = payloadOf(buildRequest(p, SIZE, { foreground: uri('fg'), background: uri('bg') }));
    expect(payload.ImageList).toEqual([uri('fg'), uri('bg')]);
    expect(payload.TransparentForeground).toEqual({ ImageIndex: 0, ResizeMode: 'ResizeAndFill' });
    expect(payload.BackgroundImage2Image).toEqual({ ImageIndex: 1, ReferStrength: 0.3, ResizeMode: 'CropAndResize' });
    expect(payload).not.toHaveProperty('ImageAndMaskList');
  });

  it('ApplyReferencePattern: raw, mask and pattern indices', () => {
    const p = params({ action: 'ApplyReferencePattern', pattern: { patternReferStrength: 0.7, chaoticMode: true, colorCorrection: false } });
    const payload = payloadOf(buildRequest(p, SIZE, { picture: PICTURE, mask: MASK, pattern: uri('pattern') }));
    expect(payload).toMatchObject({ RawImageIndex: 0, MaskIndex: 1, PatternImageIndex: 2, PatternReferStrength: 0.7, ChaoticMode: true, ColorCorrection: false });
  });

  it('GenerateTxt2Img: the legacy names, a preset control and a custom one', () => {
    const p = params({ action: 'GenerateTxt2Img', seed: 9 });
    p.legacy = {
      ...p.legacy,
      enableControlNet: true,
      controlParams: [
        { id: 'x', presetId: 2, controlWeight: 1.5, imageSource: 'slot', modelId: 0, preProcessorId: 0, preProcessorResolution: 512, startingStep: 0, endingStep: 1, controlMode: 'Balanced', resizeMode: 'JustResize', param1: 0, param2: 0 },
        { id: 'y', presetId: 0, controlWeight: 1, imageSource: 'canvas', modelId: 4, preProcessorId: 5, preProcessorResolution: 512, startingStep: 0, endingStep: 1, controlMode: 'Balanced', resizeMode: 'JustResize', param1: 10, param2: 30 },
      ],
    };
    const payload = payloadOf(buildRequest(p, { width: 512, height: 512 }, { control: { x: { image: uri('x') }, y: { image: uri('y') } } }));
    expect(payload).toMatchObject({ Action: 'GenerateTxt2Img', TranslatePrompt: true, CfgScale: 7.5, Sampler: 'Euler', Seed: 9, EnableControlNet: true });
    expect(payload).not.toHaveProperty('TranslatePrompts');
    expect((payload.ControlNetParams as unknown[])[0]).toEqual({ ControlPreSetId: 2, ControlWeight: 1.5, ControlNetImg: uri('x') });
    expect((payload.ControlNetParams as unknown[])[1]).toMatchObject({ ControlPreSetId: 0, ModelId: 4, PreProcessorId: 5, Param1Value: 10, Param2Value: 30 });
  });
});

describe('legacy sub-models', () => {
  it('are sent as SubModelIds and SubModelParams with custom_model only', () => {
    const p = params({ action: 'GenerateTxt2Img' });
    p.legacy = { ...p.legacy, subModels: [{ id: 12, weight: 0.7 }, { id: 30, weight: 1 }] };
    const size = { width: 512, height: 512 };
    expect(payloadOf(buildRequest(p, size, {}))).not.toHaveProperty('SubModelIds');
    p.legacy.modelType = 'custom_model';
    expect(payloadOf(buildRequest(p, size, {}))).toMatchObject({
      SubModelIds: [12, 30],
      SubModelParams: [{ SubModelId: 12, ControlWeight: 0.7 }, { SubModelId: 30, ControlWeight: 1 }],
    });
  });
});

describe('buildRequest refusals name what is wrong', () => {
  it('a missing mask', () => {
    expect(buildRequest(params({ action: 'ModifyMaskedPixels' }), SIZE, { picture: PICTURE })).toEqual({ ok: false, message: expect.stringMatching(/mask/i), field: 'mask' });
  });
  it('a value out of range, with the range', () => {
    const p = params({ action: 'ModifyMaskedPixels' });
    p.masked.maskBlur = 80;
    const result = buildRequest(p, SIZE, { picture: PICTURE, mask: MASK });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/MaskBlur.*0.*64/);
  });
  it('a document too large for the legacy action', () => {
    const result = buildRequest(params({ action: 'GenerateTxt2Img' }), { width: 2048, height: 1024 }, {});
    expect(!result.ok && result.message).toMatch(/Width.*16.*1440/);
  });
  it('a ControlNet unit without an image', () => {
    const result = buildRequest(params({ action: 'GenerateImages', controlUnits: [unit('a')] }), SIZE, {});
    expect(result).toMatchObject({ ok: false, field: 'control:a' });
  });
});
