import { describe, expect, it } from 'vitest';
import { validateRequest } from './actions';
import { zModel } from './models';
import { expectRangeBoundaries, minimalGenerateImages, minimalModifyMaskedPixels, pngList } from './testFixtures';

const controlNetWith = (target: 'PreProcessor' | 'ControlModel', params: Record<string, number>) => ({
  ...minimalGenerateImages,
  ImageAndMaskList: pngList(1),
  ControlNetList: [
    {
      ImageIndex: 0,
      PreProcessor: { ModelCode: 'canny', ...(target === 'PreProcessor' ? { InferenceParams: params } : {}) },
      ControlModel: {
        ModelCode: 'control_v11p_sd15_canny',
        ...(target === 'ControlModel' ? { InferenceParams: params } : {}),
      },
    },
  ],
});

describe('InferenceParams ranges', () => {
  it('LoraWeight -1..2 on a sub-model', () => {
    expectRangeBoundaries({
      field: 'SubModelList[0].InferenceParams.LoraWeight',
      min: -1,
      max: 2,
      step: 0.01,
      kind: 'a number',
      build: (LoraWeight) => ({
        ...minimalGenerateImages,
        SubModelList: [{ ModelCode: 'lora_a', InferenceParams: { LoraWeight } }],
      }),
    });
  });

  it('Resolution 64..2048 on a pre-processor', () => {
    expectRangeBoundaries({
      field: 'ControlNetList[0].PreProcessor.InferenceParams.Resolution',
      min: 64,
      max: 2048,
      step: 1,
      kind: 'an integer',
      build: (Resolution) => controlNetWith('PreProcessor', { Resolution }),
    });
  });

  it('ControlWeight 0..2 on a control model', () => {
    expectRangeBoundaries({
      field: 'ControlNetList[0].ControlModel.InferenceParams.ControlWeight',
      min: 0,
      max: 2,
      step: 0.01,
      kind: 'a number',
      build: (ControlWeight) => controlNetWith('ControlModel', { ControlWeight }),
    });
  });

  it.each(['StartingStep', 'EndingStep'])('%s 0..1 on a control model', (field) => {
    const other: Record<string, number> = field === 'StartingStep' ? { EndingStep: 1 } : { StartingStep: 0 };
    expectRangeBoundaries({
      field: `ControlNetList[0].ControlModel.InferenceParams.${field}`,
      min: 0,
      max: 1,
      step: 0.01,
      kind: 'a number',
      build: (value) => controlNetWith('ControlModel', { ...other, [field]: value }),
    });
  });

  it('rejects an unknown ResizeMode and lists the allowed ones', () => {
    const result = validateRequest({
      ...controlNetWith('ControlModel', {}),
      Image2Image: { ImageIndex: 0, ResizeMode: 'Stretch' },
    });
    expect(result).toMatchObject({
      ok: false,
      message: 'Image2Image.ResizeMode must be one of "JustResize", "CropAndResize", "ResizeAndFill" (got "Stretch")',
    });
  });
});

describe('Image2Image and Masked ranges', () => {
  it('Image2Image.ReferStrength 0..1', () => {
    expectRangeBoundaries({
      field: 'Image2Image.ReferStrength',
      min: 0,
      max: 1,
      step: 0.01,
      kind: 'a number',
      build: (ReferStrength) => ({
        ...minimalGenerateImages,
        Image2Image: { ImageIndex: 0, ReferStrength },
        ImageAndMaskList: pngList(1),
      }),
    });
  });

  it('Masked.ReferStrength 0..2', () => {
    expectRangeBoundaries({
      field: 'Masked.ReferStrength',
      min: 0,
      max: 2,
      step: 0.01,
      kind: 'a number',
      build: (ReferStrength) => ({ ...minimalModifyMaskedPixels, Masked: { ImageIndex: 0, MaskIndex: 1, ReferStrength } }),
    });
  });

  it('Masked.MaskBlur 0..64', () => {
    expectRangeBoundaries({
      field: 'Masked.MaskBlur',
      min: 0,
      max: 64,
      step: 1,
      kind: 'an integer',
      build: (MaskBlur) => ({ ...minimalModifyMaskedPixels, Masked: { ImageIndex: 0, MaskIndex: 1, MaskBlur } }),
    });
  });
});

describe('Model', () => {
  it('keeps fields and InferenceParams keys it does not know', () => {
    const fromListModels = {
      Name: 'PICPIK General',
      ModelCode: 'PICPIK General',
      IsOfficial: true,
      CoverUrl: 'https://example.com/cover.png',
      InferenceParams: { Steps: 10, Sampler: 'Euler', Scheduler: 'karras' },
    };
    expect(zModel.parse(fromListModels)).toStrictEqual(fromListModels);
    const sentBack = validateRequest({ ...minimalGenerateImages, MainModel: fromListModels });
    expect(sentBack).toMatchObject({ ok: true, value: { MainModel: fromListModels } });
  });

  it('rejects an empty ModelCode', () => {
    expect(zModel.safeParse({ ModelCode: '' }).success).toBe(false);
  });
});
