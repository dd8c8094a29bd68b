import { describe, expect, it } from 'vitest';
import { validateRequest } from './actions';
import { minimalModifyMaskedPixels, pngList } from './testFixtures';

const mainModel = { ModelCode: 'PICPIK General' };

describe('ModifyMaskedPixels', () => {
  it('requires Masked and ImageAndMaskList', () => {
    const result = validateRequest({ Action: 'ModifyMaskedPixels', MainModel: mainModel });
    expect(result).toMatchObject({ ok: false, message: 'Masked is required; ImageAndMaskList is required' });
  });

  it('names the mask index that points outside the list', () => {
    const result = validateRequest({ ...minimalModifyMaskedPixels, Masked: { ImageIndex: 0, MaskIndex: 2 } });
    expect(result).toMatchObject({
      ok: false,
      field: 'Masked.MaskIndex',
      message: 'Masked.MaskIndex is 2 but ImageAndMaskList has 2 entries (indices 0 to 1)',
    });
  });

  it('rejects a negative index with its own message', () => {
    const result = validateRequest({ ...minimalModifyMaskedPixels, Masked: { ImageIndex: -1, MaskIndex: 1 } });
    expect(result).toMatchObject({ message: 'Masked.ImageIndex must be an integer of at least 0 (got -1)' });
  });
});

describe('GenerateBackgrounds', () => {
  const request = {
    Action: 'GenerateBackgrounds',
    MainModel: mainModel,
    TransparentForeground: { ImageIndex: 0, ResizeMode: 'CropAndResize' },
    BackgroundImage2Image: { ImageIndex: 1, ReferStrength: 0.3, ResizeMode: 'ResizeAndFill' },
    ImageList: pngList(2),
  };

  it('accepts the documented form, ResizeMode inside BackgroundImage2Image included', () => {
    expect(validateRequest(request)).toStrictEqual({ ok: true, action: 'GenerateBackgrounds', value: request });
  });

  it('checks both indices against ImageList', () => {
    const result = validateRequest({ ...request, ImageList: pngList(1) });
    expect(result).toMatchObject({
      ok: false,
      field: 'BackgroundImage2Image.ImageIndex',
      message: 'BackgroundImage2Image.ImageIndex is 1 but ImageList has 1 entry (indices 0 to 0)',
    });
    const foreground = validateRequest({ ...request, TransparentForeground: { ImageIndex: 5 } });
    expect(foreground).toMatchObject({ field: 'TransparentForeground.ImageIndex' });
  });
});

describe('ApplyReferencePattern', () => {
  const request = {
    Action: 'ApplyReferencePattern',
    MainModel: mainModel,
    RawImageIndex: 0,
    MaskIndex: 1,
    PatternImageIndex: 2,
    ImageAndMaskList: pngList(3),
  };

  it('accepts PatternReferStrength 0..1 only', () => {
    expect(validateRequest({ ...request, PatternReferStrength: 0 }).ok).toBe(true);
    expect(validateRequest({ ...request, PatternReferStrength: 1 }).ok).toBe(true);
    expect(validateRequest({ ...request, PatternReferStrength: 1.01 })).toMatchObject({
      message: 'PatternReferStrength must be a number from 0 to 1 (got 1.01)',
    });
  });

  it('names the pattern index outside the list', () => {
    const result = validateRequest({ ...request, ImageAndMaskList: pngList(2) });
    expect(result).toMatchObject({
      ok: false,
      field: 'PatternImageIndex',
      message: 'PatternImageIndex is 2 but ImageAndMaskList has 2 entries (indices 0 to 1)',
    });
  });

  it('requires the three indices', () => {
    const { PatternImageIndex: _index, ...rest } = request;
    expect(validateRequest(rest)).toMatchObject({ message: 'PatternImageIndex is required' });
  });
});
