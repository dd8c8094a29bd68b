import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stringToSign } from '../picpik/signature';
import { signRequest } from './sign';

describe('signRequest with the published test vectors', () => {
  it.each([
    [{ Action: 'ListModels', PublicKey: 'abcdefg' }, '4a20bc1141494035f6aaaad13224c94c5a8bc3a5'],
    [{ Action: 'StartPicpikApp', PublicKey: 'abcdefg', AppId: 'your_app_id' }, 'c5e65ad1936ff695436917bf807d2281db33e7a3'],
    [
      { Action: 'ListTasksDetails', PublicKey: 'abcdefg', TaskUIDList: ['ckti5nf2h4keq8mr9n00', 'cktlm6lrh4miq8ng9nf0'] },
      '572a7d25441ccba327acf6a4baa6aff5162d3b26',
    ],
  ])('%j', (request, signature) => {
    expect(signRequest(request, '123456')).toBe(signature);
  });
});

describe('signRequest hashes piece by piece', () => {
  it('gives the SHA-1 of the whole string to sign for nested, unicode, float and empty values', () => {
    const request = {
      Action: 'GenerateImages',
      PublicKey: 'pk',
      request_uuid: 'u-1',
      PositivePrompts: ['一只猫', 'sofa', ''],
      MainModel: { ModelCode: 'PICPIK General', InferenceParams: { CFGScale: 7.5, Steps: 10, Tiny: 1e-7 } },
      SubModelList: [{ ModelCode: 'a', LoraWeight: 0.5 }, { ModelCode: 'b' }],
      Tileable: false,
      Empty: {},
      ImageAndMaskList: ['data:image/png;base64,' + 'A'.repeat(100_000)],
      Signature: 'ignored',
    };
    const whole = createHash('sha1').update(stringToSign(request, 'sk-🔑'), 'utf8').digest('hex');
    expect(signRequest(request, 'sk-🔑')).toBe(whole);
  });
});
