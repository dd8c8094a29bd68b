import { describe, expect, it } from 'vitest';
import { normalizeRequest, validateRequest } from './actions';
import { PNG_DATA_URI, pngList } from './testFixtures';

const PublicKey = 'ALLak9M4cNdHXKOJAJJ4k8Hh1hZS2EgJF1D0FlPwfl';
const Signature = 'a44f6dc64600d7580211c50e4e8e2ebfe07123c6';

const generateImagesSimple = {
  Action: 'GenerateImages',
  PublicKey: 'ALLaXAM4cNdHXPDJAJJ4k8Hh1hZS2EgJF1D0FlPwfl',
  Signature: '83f3ce02e110bbb25cecb5092637934a95e3bdc8',
  request_uuid: '432c57d3-102b-4817-9e98-28054b33db8e',
  MainModel: { ModelCode: 'PICPIK Anime' },
  PositivePrompts: ['a cat on the sofa'],
};

const generateImagesAdvanced = {
  Action: 'GenerateImages',
  PublicKey,
  Signature: '59734dfd3985e96d452a2072533f47c766d52c19',
  request_uuid: '9e3f5da5-8020-463c-af54-a24912f4eb0e',
  MainModel: { ModelCode: 'PICPIK General' },
  SubModelList: [{ InferenceParams: { LoraWeight: 1 }, ModelCode: 'lora_model1_20230825_165436' }],
  NegativePrompts: [],
  PositivePrompts: ['一只猫在沙发上'],
  TranslatePrompts: true,
  Width: 512,
  Height: 512,
  BatchSize: 1,
  Seed: -1,
  Image2Image: { ImageIndex: 0, ReferStrength: 0.5 },
  ControlNetList: [
    {
      ImageIndex: 1,
      MaskIndex: 2,
      InvertMask: false,
      PreProcessor: { InferenceParams: { Resolution: 512 }, ModelCode: 'mlsd' },
      ControlModel: {
        InferenceParams: { ControlWeight: 1, EndingStep: 1, StartingStep: 0 },
        ModelCode: 'control_v11p_sd15_mlsd',
      },
    },
  ],
  Tileable: false,
  UseMainModelVAE: false,
  ImageAndMaskList: pngList(3),
};

const modifyMaskedPixels = {
  Action: 'ModifyMaskedPixels',
  PublicKey,
  Signature,
  TranslatePrompts: true,
  request_uuid: '5ae03609-451b-44d7-a351-c72904df881b',
  MainModel: { InferenceParams: { Steps: 10 }, ModelCode: 'PICPIK General' },
  Masked: { ImageIndex: 0, MaskIndex: 1 },
  NegativePrompts: [],
  PositivePrompts: [],
  ImageAndMaskList: pngList(2),
};

const generateBackgroundsAsPrinted = {
  Action: 'GenerateBackgrounds',
  PublicKey,
  Signature,
  request_uuid: '5ae03609-451b-44d7-a351-c72904df881b',
  MainModel: { InferenceParams: { Steps: 10 }, ModelCode: 'PICPIK General' },
  BackgroundImage2Image: { ImageIndex: 1, ReferStrength: 0.3, ResizeMode: 'ResizeAndFill' },
  NegativePrompts: [],
  PositivePrompts: ['blue sky', 'white cloud'],
  TranslatePrompts: false,
  TransparentImageIndexList: [0],
  ImageList: pngList(2),
};

const applyReferencePattern = {
  Action: 'ApplyReferencePattern',
  PublicKey,
  Signature,
  MainModel: { ModelCode: 'PICPIK General' },
  PositivePrompts: ['photo-realistic', 'real-life', 'studio light', 'still-life photography'],
  RawImageIndex: 0,
  MaskIndex: 1,
  PatternImageIndex: 2,
  ChaoticMode: false,
  ColorCorrection: false,
  ImageAndMaskList: pngList(3),
};

const legacyBase = {
  Action: 'GenerateTxt2Img',
  PublicKey,
  Signature: '10e99193615e2c363f15f7339b3dac0c91a9272a',
  request_uuid: 'fc30beb9-89e3-4f38-9c90-82201fe91d32',
  ModelType: 'combined_model',
  MainModelId: 1,
  BatchSize: 1,
  Steps: 20,
  CfgScale: 7.5,
  Seed: -1,
  Sampler: 'Euler',
  ClipSkip: 1,
  Width: 512,
  Height: 512,
  NegativePrompts: [],
  TranslatePrompt: true,
};
const legacySimple = { ...legacyBase, PositivePrompts: ['an apple'] };
const legacyWithControlNet = {
  ...legacyBase,
  PositivePrompts: ['a apple'],
  EnableControlNet: true,
  ControlNetParams: [
    { ControlPreSetId: 2, ControlWeight: 1.5, ControlNetImg: PNG_DATA_URI },
    {
      ControlMode: 'Balanced',
      ControlNetImg: PNG_DATA_URI,
      ControlPreSetId: 0,
      ControlWeight: 1,
      EndingControlStep: 1,
      ModelId: 4,
      PreProcessorId: 5,
      PreProcessorResolution: 512,
      ResizeMode: 'JustResize',
      StartingControlStep: 0,
      Param1Value: 10,
      Param2Value: 30,
    },
  ],
};

describe('the documented request examples', () => {
  it.each([
    ['GenerateImages (simple)', generateImagesSimple],
    ['GenerateImages (advanced)', generateImagesAdvanced],
    ['ModifyMaskedPixels', modifyMaskedPixels],
    ['ApplyReferencePattern', applyReferencePattern],
    ['GenerateTxt2Img', legacySimple],
    ['GenerateTxt2Img with ControlNet', legacyWithControlNet],
  ])('%s passes and parses to the same body', (_name, example) => {
    const result = validateRequest(example);
    expect(result).toStrictEqual({ ok: true, action: example.Action, value: example });
  });

  it('GenerateBackgrounds as printed fails only on its undocumented TransparentImageIndexList', () => {
    const result = validateRequest(generateBackgroundsAsPrinted);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('TransparentImageIndexList is not a field of GenerateBackgrounds');
    expect(result.message).toContain('TransparentForeground is required');
  });

  it('GenerateBackgrounds passes once normalised to the documented TransparentForeground', () => {
    const normalized = normalizeRequest(generateBackgroundsAsPrinted);
    const result = validateRequest(normalized);
    expect(result.ok).toBe(true);
    const { TransparentImageIndexList: _alias, ...rest } = generateBackgroundsAsPrinted;
    expect(normalized).toStrictEqual({ ...rest, TransparentForeground: { ImageIndex: 0 } });
  });

  it('examples keep passing without credentials, as the browser sends them', () => {
    const { PublicKey: _key, Signature: _signature, ...unsigned } = generateImagesAdvanced;
    expect(validateRequest(unsigned).ok).toBe(true);
  });

  it('the examples with their original empty image strings are rejected', () => {
    const result = validateRequest({ ...modifyMaskedPixels, ImageAndMaskList: ['', ''] });
    expect(result).toMatchObject({ ok: false, kind: 'invalid', field: 'ImageAndMaskList[0]' });
  });
});
