import { describe, expect, it } from 'vitest';
import { validateRequest } from './actions';
import { expectRangeBoundaries, minimalGenerateImages, pngList } from './testFixtures';

const unit = (overrides: Record<string, unknown> = {}) => ({
  ImageIndex: 0,
  PreProcessor: { ModelCode: 'canny' },
  ControlModel: { ModelCode: 'control_v11p_sd15_canny' },
  ...overrides,
});

const withField = (field: string) => (value: number) => ({ ...minimalGenerateImages, [field]: value });

describe('GenerateImages shared generation fields', () => {
  it.each([
    { field: 'Seed', min: -1, max: 2147483647 },
    { field: 'Width', min: 64, max: 2560 },
    { field: 'Height', min: 64, max: 2560 },
    { field: 'BatchSize', min: 1, max: 16 },
  ])('$field accepts $min to $max only', ({ field, min, max }) => {
    expectRangeBoundaries({ field, min, max, step: 1, kind: 'an integer', build: withField(field) });
  });

  it('rejects a non-integer Width with the range in the message', () => {
    const result = validateRequest({ ...minimalGenerateImages, Width: 512.5 });
    expect(result).toMatchObject({ ok: false, message: 'Width must be an integer from 64 to 2560 (got 512.5)' });
  });

  it('requires MainModel and its ModelCode', () => {
    expect(validateRequest({ Action: 'GenerateImages' })).toMatchObject({
      ok: false,
      field: 'MainModel',
      message: 'MainModel is required',
    });
    expect(validateRequest({ Action: 'GenerateImages', MainModel: {} })).toMatchObject({
      field: 'MainModel.ModelCode',
      message: 'MainModel.ModelCode is required',
    });
  });

  it('reports a misspelt top-level field and the legacy TranslatePrompt', () => {
    const result = validateRequest({ ...minimalGenerateImages, Widht: 512, TranslatePrompt: true });
    expect(result).toMatchObject({ ok: false, kind: 'invalid', field: 'Widht' });
    if (result.ok) return;
    expect(result.message).toBe(
      'Widht is not a field of GenerateImages; TranslatePrompt is not a field of GenerateImages (did you mean TranslatePrompts?)',
    );
  });

  it('does not insert documented defaults into the parsed value', () => {
    const result = validateRequest(minimalGenerateImages);
    expect(result).toStrictEqual({ ok: true, action: 'GenerateImages', value: minimalGenerateImages });
  });
});

describe('GenerateImages ControlNetList', () => {
  const withUnits = (count: number) => ({
    ...minimalGenerateImages,
    ControlNetList: Array.from({ length: count }, () => unit()),
    ImageAndMaskList: pngList(1),
  });

  it('accepts three units and rejects a fourth', () => {
    expect(validateRequest(withUnits(3)).ok).toBe(true);
    expect(validateRequest(withUnits(4))).toMatchObject({
      ok: false,
      field: 'ControlNetList',
      message: 'ControlNetList must have at most 3 entries (got 4)',
    });
  });

  it('names the unit, the index and the list length when an index points outside the list', () => {
    const result = validateRequest({
      ...minimalGenerateImages,
      ControlNetList: [unit(), unit({ ImageIndex: 1, MaskIndex: 2 })],
      ImageAndMaskList: pngList(2),
    });
    expect(result).toMatchObject({ ok: false, field: 'ControlNetList[1].MaskIndex' });
    if (result.ok) return;
    expect(result.message).toBe(
      'ControlNetList[1].MaskIndex is 2 but ImageAndMaskList has 2 entries (indices 0 to 1)',
    );
  });

  it('rejects an Image2Image index when no image list is sent', () => {
    const result = validateRequest({ ...minimalGenerateImages, Image2Image: { ImageIndex: 0 } });
    expect(result).toMatchObject({
      ok: false,
      message: 'Image2Image.ImageIndex is 0 but ImageAndMaskList is missing',
    });
  });

  it('rejects StartingStep greater than EndingStep', () => {
    const result = validateRequest({
      ...minimalGenerateImages,
      ControlNetList: [
        unit({
          ControlModel: {
            ModelCode: 'control_v11p_sd15_canny',
            InferenceParams: { StartingStep: 0.8, EndingStep: 0.3 },
          },
        }),
      ],
      ImageAndMaskList: pngList(1),
    });
    expect(result).toMatchObject({
      ok: false,
      field: 'ControlNetList[0].ControlModel.InferenceParams.StartingStep',
      message:
        'ControlNetList[0].ControlModel.InferenceParams.StartingStep must not be greater than EndingStep (got 0.8 > 0.3)',
    });
  });

  it('rejects a unit field the type does not have', () => {
    const result = validateRequest({ ...withUnits(1), ControlNetList: [unit({ Weight: 1 })] });
    expect(result).toMatchObject({ ok: false, message: 'ControlNetList[0].Weight is not a field of ControlNet' });
  });
});
