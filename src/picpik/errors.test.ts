import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError, formatFieldPath } from './errors';
import { zGenerateImagesRequest } from './generateImages';
import { PNG_1X1_BASE64 } from './testFixtures';

function errorOf(schema: z.ZodType, value: unknown): z.ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error;
}

describe('formatFieldPath', () => {
  it('writes dotted paths with array indices and quoted odd keys', () => {
    expect(formatFieldPath(['ControlNetList', 0, 'ControlModel', 'InferenceParams', 'ControlWeight'])).toBe(
      'ControlNetList[0].ControlModel.InferenceParams.ControlWeight',
    );
    expect(formatFieldPath(['MainModels', 'PICPIK General', 'ModelCode'])).toBe('MainModels["PICPIK General"].ModelCode');
    expect(formatFieldPath([])).toBe('');
  });
});

describe('describeZodError', () => {
  it('names each failing field with the allowed range and what was received', () => {
    const error = errorOf(zGenerateImagesRequest, {
      Action: 'GenerateImages',
      MainModel: { ModelCode: 'x' },
      Width: 5000,
      ControlNetList: [
        {
          ImageIndex: 0,
          PreProcessor: { ModelCode: 'canny' },
          ControlModel: { ModelCode: 'c', InferenceParams: { ControlWeight: 3 } },
        },
      ],
      ImageAndMaskList: [PNG_1X1_BASE64],
    });
    expect(describeZodError(error)).toBe(
      'Width must be an integer from 64 to 2560 (got 5000); ' +
        'ControlNetList[0].ControlModel.InferenceParams.ControlWeight must be a number from 0 to 2 (got 3)',
    );
  });

  it('uses the subject for a failure of the whole value', () => {
    const error = errorOf(zGenerateImagesRequest, 'hello');
    expect(describeZodError(error, { subject: 'Request' })).toBe(
      'Request must be a GenerateImages object (got "hello")',
    );
  });

  it('still reads issues from schemas written elsewhere', () => {
    const error = errorOf(z.strictObject({ a: z.string() }), { a: 1, b: 2 });
    expect(describeZodError(error)).toBe('a: Invalid input: expected string, received number; b is not an allowed field');
  });
});
