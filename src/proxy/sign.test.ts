import { describe, expect, it } from 'vitest';
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
