import { describe, expect, it } from 'vitest';
import { validateRequest } from './actions';
import { LIST_LIMITS } from './requestLimits';
import { PNG_DATA_URI, minimalGenerateImages, minimalGenerateTxt2Img, minimalModifyMaskedPixels } from './testFixtures';

interface ListCase {
  readonly field: string;
  readonly max: number;
  /** A valid request whose list at `field` has `count` entries. */
  readonly build: (count: number) => Record<string, unknown>;
}

const times = <T>(count: number, entry: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => entry(i));
const model = { ModelCode: 'PICPIK General' };
const unit = { ImageIndex: 0, PreProcessor: { ModelCode: 'canny' }, ControlModel: { ModelCode: 'control_v11p_sd15_canny' } };

const CASES: ListCase[] = [
  { field: 'TaskUIDList', max: LIST_LIMITS.taskUids, build: (n) => ({ Action: 'ListTasksDetails', TaskUIDList: times(n, (i) => `task-${i}`) }) },
  { field: 'ImageAndMaskList', max: LIST_LIMITS.images, build: (n) => ({ ...minimalModifyMaskedPixels, ImageAndMaskList: times(n, () => PNG_DATA_URI) }) },
  { field: 'ImageAndMaskList', max: LIST_LIMITS.images, build: (n) => ({ ...minimalGenerateImages, ImageAndMaskList: times(n, () => PNG_DATA_URI) }) },
  {
    field: 'ImageList',
    max: LIST_LIMITS.images,
    build: (n) => ({ Action: 'GenerateBackgrounds', MainModel: model, TransparentForeground: { ImageIndex: 0 }, ImageList: times(n, () => PNG_DATA_URI) }),
  },
  {
    field: 'ImageAndMaskList',
    max: LIST_LIMITS.images,
    build: (n) => ({ Action: 'ApplyReferencePattern', MainModel: model, RawImageIndex: 0, MaskIndex: 0, PatternImageIndex: 0, ImageAndMaskList: times(n, () => PNG_DATA_URI) }),
  },
  { field: 'PositivePrompts', max: LIST_LIMITS.prompts, build: (n) => ({ ...minimalGenerateImages, PositivePrompts: times(n, (i) => `prompt ${i}`) }) },
  { field: 'NegativePrompts', max: LIST_LIMITS.prompts, build: (n) => ({ ...minimalGenerateImages, NegativePrompts: times(n, (i) => `prompt ${i}`) }) },
  { field: 'PositivePrompts', max: LIST_LIMITS.prompts, build: (n) => ({ ...minimalGenerateTxt2Img, PositivePrompts: times(n, (i) => `prompt ${i}`) }) },
  { field: 'SubModelList', max: LIST_LIMITS.subModels, build: (n) => ({ ...minimalGenerateImages, SubModelList: times(n, (i) => ({ ModelCode: `lora-${i}` })) }) },
  { field: 'MainModel.TriggerWordList', max: LIST_LIMITS.triggerWords, build: (n) => ({ ...minimalGenerateImages, MainModel: { ...model, TriggerWordList: times(n, (i) => `w${i}`) } }) },
  { field: 'SubModelIds', max: LIST_LIMITS.subModels, build: (n) => ({ ...minimalGenerateTxt2Img, SubModelIds: times(n, (i) => i) }) },
  { field: 'SubModelParams', max: LIST_LIMITS.subModels, build: (n) => ({ ...minimalGenerateTxt2Img, SubModelParams: times(n, (i) => ({ SubModelId: i })) }) },
  { field: 'ControlNetList', max: LIST_LIMITS.controlNetUnits, build: (n) => ({ ...minimalGenerateImages, ImageAndMaskList: [PNG_DATA_URI], ControlNetList: times(n, () => unit) }) },
  { field: 'ControlNetParams', max: LIST_LIMITS.controlNetUnits, build: (n) => ({ ...minimalGenerateTxt2Img, ControlNetParams: times(n, () => ({ ControlPreSetId: 1 })) }) },
  { field: 'IncludePointList', max: LIST_LIMITS.points, build: (n) => ({ Action: 'ExtractContents', RawImage: PNG_DATA_URI, IncludePointList: times(n, (i) => ({ X: i, Y: i })) }) },
  { field: 'ExcludePointList', max: LIST_LIMITS.points, build: (n) => ({ Action: 'ExtractContents', RawImage: PNG_DATA_URI, ExcludePointList: times(n, (i) => ({ X: i, Y: i })) }) },
];

describe('every list has a documented maximum', () => {
  it.each(CASES)('$field: $max entries pass, one more is refused naming the field and the limit', ({ field, max, build }) => {
    expect(validateRequest(build(max))).toMatchObject({ ok: true });
    expect(validateRequest(build(max + 1))).toEqual({ ok: false, kind: 'invalid', field, message: `${field} must have at most ${max} entries (got ${max + 1})` });
  });

  it('refuses a million ids by their count, without looking at a single one', () => {
    const result = validateRequest({ Action: 'ListTasksDetails', TaskUIDList: new Array<unknown>(1_000_000).fill(42) });
    // Entries of the wrong type would each be reported if they had been parsed.
    expect(result).toEqual({ ok: false, kind: 'invalid', field: 'TaskUIDList', message: 'TaskUIDList must have at most 100 entries (got 1000000)' });
  });

  it('refuses a million tiny images the same way', () => {
    const result = validateRequest({ ...minimalModifyMaskedPixels, ImageAndMaskList: new Array<string>(1_000_000).fill('x') });
    expect(result).toMatchObject({ ok: false, message: `ImageAndMaskList must have at most ${LIST_LIMITS.images} entries (got 1000000)` });
  });
});
