import { describe, expect, it } from 'vitest';
import { validateRequest } from './actions';
import { zGenerateTxt2ImgRequest } from './generateTxt2Img';
import { LEGACY_SAMPLERS } from './enums';
import { expectRangeBoundaries, minimalGenerateTxt2Img, PNG_DATA_URI } from './testFixtures';

const withField = (field: string) => (value: number) => ({ ...minimalGenerateTxt2Img, [field]: value });
const withParam = (param: Record<string, unknown>) => ({
  ...minimalGenerateTxt2Img,
  EnableControlNet: true,
  ControlNetParams: [{ ControlNetImg: PNG_DATA_URI, ...param }],
});

describe('GenerateTxt2Img (legacy)', () => {
  it.each([
    { field: 'Width', min: 16, max: 1440 },
    { field: 'Height', min: 16, max: 1440 },
    { field: 'Steps', min: 1, max: 150 },
    { field: 'BatchSize', min: 1, max: 16 },
  ])('$field accepts $min to $max only', ({ field, min, max }) => {
    expectRangeBoundaries({ field, min, max, step: 1, kind: 'an integer', build: withField(field) });
  });

  it('CfgScale accepts 0..30 only', () => {
    expectRangeBoundaries({ field: 'CfgScale', min: 0, max: 30, step: 0.01, kind: 'a number', build: withField('CfgScale') });
  });

  it('ControlNetParams[0].ControlWeight accepts 0..2 only', () => {
    expectRangeBoundaries({
      field: 'ControlNetParams[0].ControlWeight',
      min: 0,
      max: 2,
      step: 0.01,
      kind: 'a number',
      build: (ControlWeight) => withParam({ ControlWeight }),
    });
  });

  it('accepts every documented sampler and nothing else', () => {
    for (const Sampler of LEGACY_SAMPLERS) {
      expect(validateRequest({ ...minimalGenerateTxt2Img, Sampler }).ok, Sampler).toBe(true);
    }
    const result = validateRequest({ ...minimalGenerateTxt2Img, Sampler: 'Euler A' });
    expect(result).toMatchObject({ ok: false, field: 'Sampler' });
    if (!result.ok) expect(result.message).toContain('(got "Euler A")');
  });

  it('requires every field the legacy page marks as required', () => {
    for (const field of Object.keys(minimalGenerateTxt2Img).filter((key) => key !== 'Action')) {
      const { [field]: _removed, ...rest } = minimalGenerateTxt2Img as Record<string, unknown>;
      expect(validateRequest(rest), field).toMatchObject({ ok: false, message: `${field} is required` });
    }
  });

  it('accepts ControlPreSetId as number or text and keeps what was sent', () => {
    for (const id of [0, 4, '2']) {
      const parsed = zGenerateTxt2ImgRequest.parse(withParam({ ControlPreSetId: id }));
      expect(parsed.ControlNetParams?.[0]?.ControlPreSetId).toBe(id);
    }
  });

  it.each([5, '5', -1, 'pose'])('rejects ControlPreSetId %j', (id) => {
    const result = validateRequest(withParam({ ControlPreSetId: id }));
    expect(result).toMatchObject({ ok: false, field: 'ControlNetParams[0].ControlPreSetId' });
    if (!result.ok) expect(result.message).toContain('must be a preset id from 0 to 4');
  });

  it('rejects StartingControlStep after EndingControlStep', () => {
    const result = validateRequest(withParam({ StartingControlStep: 0.6, EndingControlStep: 0.5 }));
    expect(result).toMatchObject({
      ok: false,
      message: 'ControlNetParams[0].StartingControlStep must not be greater than EndingControlStep (got 0.6 > 0.5)',
    });
  });

  it('rejects a fourth ControlNetParam and a bad ResizeMode', () => {
    const four = { ...minimalGenerateTxt2Img, ControlNetParams: [{}, {}, {}, {}] };
    expect(validateRequest(four)).toMatchObject({ message: 'ControlNetParams must have at most 3 entries (got 4)' });
    expect(validateRequest(withParam({ ResizeMode: 'Fill' }))).toMatchObject({
      ok: false,
      field: 'ControlNetParams[0].ResizeMode',
    });
  });

  it('takes TranslatePrompt, not the new TranslatePrompts', () => {
    const result = validateRequest({ ...minimalGenerateTxt2Img, TranslatePrompts: true });
    expect(result).toMatchObject({
      ok: false,
      message: 'TranslatePrompts is not a field of GenerateTxt2Img (did you mean TranslatePrompt?)',
    });
  });
});
