import { describe, expect, it } from 'vitest';
import { validateRequest } from './actions';
import { findJsonHazard } from './jsonGuard';
import { MAX_JSON_DEPTH, MAX_PARAMS_BYTES } from './requestLimits';
import { PNG_DATA_URI, minimalGenerateImages, minimalModifyMaskedPixels } from './testFixtures';

/** A value nested `depth` levels deep (lists, or objects under key "a"), built without recursion. */
function nested(depth: number, kind: 'list' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === 'list' ? [value] : { a: value };
  return value;
}

describe('findJsonHazard', () => {
  it('allows nesting up to the limit and names where it goes deeper', () => {
    expect(findJsonHazard(nested(MAX_JSON_DEPTH, 'object'))).toBeUndefined();
    expect(findJsonHazard(nested(MAX_JSON_DEPTH + 1, 'list'))).toEqual({
      kind: 'structure',
      field: '[0]'.repeat(MAX_JSON_DEPTH),
      message: `${'[0]'.repeat(MAX_JSON_DEPTH)} is nested deeper than ${MAX_JSON_DEPTH} levels of objects and lists`,
    });
  });

  it('walks values far deeper than the stack allows without overflowing', () => {
    for (const kind of ['list', 'object'] as const) {
      expect(findJsonHazard(nested(200_000, kind))?.message).toMatch(/is nested deeper than 32 levels/);
    }
  });

  it('refuses __proto__, constructor and prototype keys by name, at any depth', () => {
    const smuggled = JSON.parse('{"Action":"GenerateImages","MainModel":{"__proto__":{"ModelCode":"PICPIK General"}}}') as unknown;
    expect(findJsonHazard(smuggled)).toEqual({
      kind: 'structure',
      field: 'MainModel.__proto__',
      message: 'MainModel.__proto__ is not allowed: "__proto__", "constructor" and "prototype" are never request fields',
    });
    expect(findJsonHazard(JSON.parse('{"__proto__":{"Action":"ListModels"}}'))?.field).toBe('__proto__');
    expect(findJsonHazard({ SubModelList: [{ ModelCode: 'x', constructor: 1 }] })?.field).toBe('SubModelList[0].constructor');
    expect(findJsonHazard({ a: { prototype: {} } })?.field).toBe('a.prototype');
  });

  it('reports a forbidden key or deep nesting even after a bad number (they must be refused before any copy)', () => {
    expect(findJsonHazard(JSON.parse('{"A":1e400,"B":{"__proto__":{}}}'))).toMatchObject({ kind: 'structure', field: 'B.__proto__' });
    expect(findJsonHazard({ A: Infinity, B: nested(40, 'list') })).toMatchObject({ kind: 'structure', field: `B${'[0]'.repeat(31)}` });
  });

  it('refuses numbers that cannot travel unchanged: non-finite, and integers beyond 2^53 − 1', () => {
    expect(findJsonHazard(JSON.parse('{"MainModel":{"InferenceParams":{"Custom":1e400}}}'))).toEqual({
      kind: 'number',
      field: 'MainModel.InferenceParams.Custom',
      message: 'MainModel.InferenceParams.Custom must be a finite number (got Infinity: a number such as 1e400 is beyond what JSON numbers hold)',
    });
    expect(findJsonHazard({ list: [1, -Infinity, NaN] })?.field).toBe('list[1]');
    expect(findJsonHazard({ x: NaN })?.message).toBe('x must be a finite number (got NaN)');
    const big = findJsonHazard(JSON.parse('{"MainModel":{"Extra":18446744073709551616}}'));
    expect(big?.message).toMatch(/^MainModel\.Extra must be an integer from -9007199254740991 to 9007199254740991 \(2\^53 − 1\) \(got about 1\.84467e\+19\)/);
    expect(findJsonHazard({ a: Number.MAX_SAFE_INTEGER, b: -Number.MAX_SAFE_INTEGER, c: 0.1 + 0.2, d: 1e-7 })).toBeUndefined();
  });
});

describe('validateRequest runs the guard first (the browser gets the same messages)', () => {
  it('names the smuggled path instead of accepting an inherited ModelCode', () => {
    const body = JSON.parse('{"Action":"GenerateImages","MainModel":{"__proto__":{"ModelCode":"PICPIK General"}}}') as unknown;
    expect(validateRequest(body)).toMatchObject({ ok: false, field: 'MainModel.__proto__' });
    const masked = { ...minimalModifyMaskedPixels, Masked: JSON.parse('{"__proto__":{"ImageIndex":0,"MaskIndex":1}}') as unknown };
    expect(validateRequest(masked)).toMatchObject({ ok: false, field: 'Masked.__proto__' });
  });

  it('keeps the range message of a ranged field; refuses an unsafe number where the schema passes values through', () => {
    expect(validateRequest({ ...minimalGenerateImages, Seed: 1e16 })).toMatchObject({ ok: false, field: 'Seed', message: 'Seed must be an integer from -1 to 2147483647 (got 10000000000000000)' });
    expect(validateRequest({ ...minimalGenerateImages, Width: Infinity })).toMatchObject({ ok: false, field: 'Width', message: 'Width must be an integer from 64 to 2560 (got Infinity)' });
    const passThrough = { ...minimalGenerateImages, MainModel: { ModelCode: 'PICPIK General', InferenceParams: { Custom: 2 ** 64 } } };
    expect(validateRequest(passThrough)).toMatchObject({ ok: false, field: 'MainModel.InferenceParams.Custom', message: expect.stringMatching(/lose digits in JSON/) });
  });

  it('refuses a deep pass-through value instead of recursing into it', () => {
    const body = { ...minimalGenerateImages, MainModel: { ModelCode: 'PICPIK General', Extra: nested(100_000, 'list') } };
    expect(validateRequest(body)).toMatchObject({ ok: false, message: expect.stringMatching(/^MainModel\.Extra(\[0\])+ is nested deeper than 32 levels/) });
  });
});

describe('the parameters besides images are bounded', () => {
  it(`accepts up to ${MAX_PARAMS_BYTES / 1024} KB, images not counted, and names the largest field beyond`, () => {
    const images = { ...minimalModifyMaskedPixels, ImageAndMaskList: [PNG_DATA_URI, PNG_DATA_URI] };
    expect(validateRequest({ ...images, PositivePrompts: ['x'.repeat(MAX_PARAMS_BYTES - 500)] })).toMatchObject({ ok: true });
    const result = validateRequest({ ...images, PositivePrompts: ['a cat'], NegativePrompts: ['x'.repeat(MAX_PARAMS_BYTES)] });
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      field: 'NegativePrompts',
      message: 'The request without its images is 65 KB of JSON, more than the 64 KB accepted; its largest field is NegativePrompts (65 KB)',
    });
  });

  it('counts UTF-8 bytes: 30,000 three-byte characters are 88 KB', () => {
    const result = validateRequest({ ...minimalGenerateImages, PositivePrompts: ['猫'.repeat(30_000)] });
    expect(result).toMatchObject({ ok: false, field: 'PositivePrompts', message: expect.stringMatching(/is 88 KB of JSON/) });
  });

  it('refuses a pass-through field bloated with a long list', () => {
    const result = validateRequest({ ...minimalGenerateImages, MainModel: { ModelCode: 'PICPIK General', Extra: new Array(100_000).fill(0) } });
    expect(result).toMatchObject({ ok: false, field: 'MainModel', message: expect.stringMatching(/is 196 KB of JSON.*largest field is MainModel/) });
  });
});
