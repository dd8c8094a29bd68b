import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ALLOWED_ACTIONS,
  GENERATION_ACTIONS,
  isAllowedAction,
  requestSchemas,
  responseSchemas,
  validateRequest,
  type RequestOf,
  type ResponseOf,
} from './actions';
import type { GenerateImagesRequest } from './generateImages';
import type { ListModelsResponse } from './queries';

describe('action registry', () => {
  it('has a request and a response schema for every allowed action', () => {
    expect(Object.keys(requestSchemas).sort()).toStrictEqual([...ALLOWED_ACTIONS].sort());
    expect(Object.keys(responseSchemas).sort()).toStrictEqual([...ALLOWED_ACTIONS].sort());
  });

  it('lists the task-starting actions', () => {
    expect([...GENERATION_ACTIONS].sort()).toStrictEqual(
      ['ApplyReferencePattern', 'ExtractContents', 'GenerateBackgrounds', 'GenerateImages', 'GenerateTxt2Img', 'ModifyMaskedPixels', 'RemoveBackground'],
    );
  });

  it('recognises allowed actions only', () => {
    expect(isAllowedAction('ListModels')).toBe(true);
    expect(isAllowedAction('StartPicpikApp')).toBe(false);
    expect(isAllowedAction(7)).toBe(false);
  });

  it('keeps each action its own types', () => {
    expectTypeOf<RequestOf<'GenerateImages'>>().toEqualTypeOf<GenerateImagesRequest>();
    expectTypeOf<ResponseOf<'ListModels'>>().toEqualTypeOf<ListModelsResponse>();
    expectTypeOf<RequestOf<'TerminateTask'>['TaskUID']>().toEqualTypeOf<string>();
  });
});

describe('validateRequest', () => {
  it('answers unknown-action for an action outside the list', () => {
    expect(validateRequest({ Action: 'StartPicpikApp', AppId: 'x' })).toMatchObject({
      ok: false,
      kind: 'unknown-action',
      field: 'Action',
    });
  });

  it('answers invalid for a missing Action or a body that is not an object', () => {
    expect(validateRequest({ MainModel: {} })).toMatchObject({ ok: false, kind: 'invalid', message: 'Action is required' });
    expect(validateRequest([1, 2])).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('allows but does not require PublicKey, Signature and request_uuid', () => {
    expect(validateRequest({ Action: 'GetCreditBalance' }).ok).toBe(true);
    expect(validateRequest({ Action: 'GetCreditBalance', PublicKey: 'a', Signature: 'b', request_uuid: 'c' }).ok).toBe(true);
    expect(validateRequest({ Action: 'GetCreditBalance', Signature: 5 })).toMatchObject({
      ok: false,
      message: 'Signature must be a text (got 5)',
    });
  });

  it('narrows the value by action', () => {
    const result = validateRequest({ Action: 'TerminateTask', TaskUID: 'ckt3' });
    if (!result.ok || result.action !== 'TerminateTask') throw new Error('expected a valid TerminateTask');
    expect(result.value.TaskUID).toBe('ckt3');
  });
});
