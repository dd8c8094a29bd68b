import { describe, expect, it } from 'vitest';
import { dropNulls, encodeNumber, encodeValue, stringToSign } from './signature';

describe('stringToSign with the published vectors', () => {
  it('ListModels', () => {
    expect(stringToSign({ Action: 'ListModels', PublicKey: 'abcdefg' }, '123456')).toBe(
      'ActionListModelsPublicKeyabcdefg123456',
    );
  });
  it('StartPicpikApp sorts AppId between Action and PublicKey', () => {
    expect(stringToSign({ Action: 'StartPicpikApp', PublicKey: 'abcdefg', AppId: 'your_app_id' }, '123456')).toBe(
      'ActionStartPicpikAppAppIdyour_app_idPublicKeyabcdefg123456',
    );
  });
  it('ListTasksDetails concatenates array elements', () => {
    const request = {
      Action: 'ListTasksDetails',
      PublicKey: 'abcdefg',
      TaskUIDList: ['ckti5nf2h4keq8mr9n00', 'cktlm6lrh4miq8ng9nf0'],
    };
    expect(stringToSign(request, '123456')).toBe(
      'ActionListTasksDetailsPublicKeyabcdefgTaskUIDListckti5nf2h4keq8mr9n00cktlm6lrh4miq8ng9nf0123456',
    );
  });
  it('leaves out an existing Signature field', () => {
    expect(stringToSign({ Action: 'ListModels', PublicKey: 'k', Signature: 'old' }, 'p')).toBe('ActionListModelsPublicKeykp');
  });
});

describe('encodeValue', () => {
  it('sorts keys by byte order, uppercase before lowercase', () => {
    expect(stringToSign({ request_uuid: 'u', Width: 512, Action: 'A' }, '')).toBe('ActionAWidth512request_uuidu');
  });
  it('encodes nested objects with sorted keys at every depth', () => {
    const value = { MainModel: { ModelCode: 'PICPIK General', InferenceParams: { Steps: 10, CFGScale: 7.5 } } };
    expect(encodeValue(value)).toBe('MainModelInferenceParamsCFGScale7.5Steps10ModelCodePICPIK General');
  });
  it('encodes arrays of objects in array order', () => {
    const value = [
      { ModelCode: 'b', InferenceParams: { LoraWeight: 0.25 } },
      { ModelCode: 'a', InferenceParams: { LoraWeight: -1 } },
    ];
    expect(encodeValue(value)).toBe('InferenceParamsLoraWeight0.25ModelCodebInferenceParamsLoraWeight-1ModelCodea');
  });
  it('prints integral floats as integers and fractions plainly', () => {
    expect(encodeValue({ a: 1.0, b: 0.5, c: 7.25, d: -1, e: 2147483647 })).toBe('a1b0.5c7.25d-1e2147483647');
  });
  it('never uses scientific notation', () => {
    expect(encodeNumber(1e-7)).toBe('0.0000001');
    expect(encodeNumber(-2.5e-8)).toBe('-0.000000025');
    expect(encodeNumber(1.5e21)).toBe('1500000000000000000000');
    expect(encodeNumber(0.1 + 0.2)).toBe('0.30000000000000004');
  });
  it('prints integers with the digits JSON sends, also beyond 2^53', () => {
    for (const value of [0, -1, 2147483647, 2 ** 53 - 1, 2 ** 64, -(2 ** 60) - 1024, 1e20]) {
      expect(encodeNumber(value)).toBe(JSON.stringify(value));
    }
    expect(encodeNumber(2 ** 64)).toBe('18446744073709552000');
  });
  it('rejects non-finite numbers', () => {
    expect(() => encodeNumber(Number.NaN)).toThrow(/non-finite/);
  });
  it('encodes booleans as true/false', () => {
    expect(encodeValue({ Tileable: false, TranslatePrompts: true })).toBe('TileablefalseTranslatePromptstrue');
  });
  it('keeps key names of empty values', () => {
    expect(encodeValue({ NegativePrompts: [], Note: '', Params: {} })).toBe('NegativePromptsNoteParams');
  });
  it('keeps unicode prompts as they are', () => {
    expect(encodeValue({ PositivePrompts: ['一只猫在沙发上', 'café ☕'] })).toBe('PositivePrompts一只猫在沙发上café ☕');
  });
  it('includes full-length base64 strings', () => {
    const image = `data:image/png;base64,${'A'.repeat(300_000)}`;
    const encoded = encodeValue({ ImageAndMaskList: [image, image] });
    expect(encoded.length).toBe('ImageAndMaskList'.length + 2 * image.length);
  });
});

describe('dropNulls', () => {
  it('drops null keys at every depth and keeps array positions', () => {
    const input = { a: null, b: { c: null, d: 1 }, e: ['x', null, 'y'] };
    expect(dropNulls(input)).toEqual({ b: { d: 1 }, e: ['x', null, 'y'] });
  });
});
