import { describe, expect, it } from 'vitest';
import { isTaskFailed, isTaskFinal, zListModelsResponse, zTaskDetail } from './queries';
import { validateRequest, validateResponse } from './actions';
import { PNG_1X1_BASE64 } from './testFixtures';

describe('isTaskFinal', () => {
  it.each([
    [{ Status: 'Queuing', ErrorCode: 0 }, false],
    [{ Status: 'Running', ImgList: [] }, false],
    [{ Status: 'SomethingNew' }, false],
    [{}, false],
    [{ Status: null, ImgList: null, ErrorCode: null }, false],
    [{ Status: 'Running', ImgList: ['https://example.com/a.png'] }, true],
    [{ Status: 'Running', ErrorCode: 1001 }, true],
    [{ Status: 'finished' }, true],
    [{ Status: 'SUCCESS' }, true],
    [{ Status: 'Succeeded' }, true],
    [{ Status: 'Completed' }, true],
    [{ Status: 'Done' }, true],
    [{ Status: 'Error' }, true],
    [{ Status: 'failed' }, true],
    [{ Status: 'Fail' }, true],
    [{ Status: 'Cancelled' }, true],
    [{ Status: 'canceled' }, true],
    [{ Status: 'Terminated' }, true],
  ])('%j → %s', (detail, expected) => {
    expect(isTaskFinal(detail)).toBe(expected);
  });

  it('tells failures from successes', () => {
    expect(isTaskFailed({ Status: 'Finished', ImgList: ['u'] })).toBe(false);
    expect(isTaskFailed({ Status: 'Finished', ErrorCode: 7 })).toBe(true);
    expect(isTaskFailed({ Status: 'Terminated' })).toBe(true);
  });
});

describe('query requests', () => {
  it('ListTasksDetails needs at least one TaskUID', () => {
    expect(validateRequest({ Action: 'ListTasksDetails', TaskUIDList: ['ckti5nf2h4keq8mr9n00'] }).ok).toBe(true);
    expect(validateRequest({ Action: 'ListTasksDetails', TaskUIDList: [] })).toMatchObject({
      ok: false,
      message: 'TaskUIDList must have at least 1 entry (got 0)',
    });
  });

  it('ListModels takes the common fields only', () => {
    expect(validateRequest({ Action: 'ListModels', PublicKey: 'abcdefg', request_uuid: 'u-1' }).ok).toBe(true);
    expect(validateRequest({ Action: 'ListModels', Page: 1 })).toMatchObject({ ok: false, field: 'Page' });
  });

  it('TerminateTask requires TaskUID', () => {
    expect(validateRequest({ Action: 'TerminateTask' })).toMatchObject({ message: 'TaskUID is required' });
  });

  it('RemoveBackground checks its ranges and box', () => {
    const base = { Action: 'RemoveBackground', RawImage: PNG_1X1_BASE64 };
    expect(validateRequest({ ...base, ErodeSize: 40, ForegroundThreshold: 255, BackgroundThreshold: 0 }).ok).toBe(true);
    expect(validateRequest({ ...base, ErodeSize: 41 })).toMatchObject({
      message: 'ErodeSize must be an integer from 0 to 40 (got 41)',
    });
    expect(validateRequest({ ...base, ForegroundThreshold: 256 })).toMatchObject({ field: 'ForegroundThreshold' });
    expect(validateRequest({ ...base, HairOptimization: 'maybe' })).toMatchObject({ field: 'HairOptimization' });
    expect(validateRequest({ ...base, Box: [10, 10, 5, 20] })).toMatchObject({ field: 'Box' });
    expect(validateRequest({ ...base, Box: [0, 0, 5, 5] }).ok).toBe(true);
  });

  it('ExtractContents takes pixel points', () => {
    const base = { Action: 'ExtractContents', RawImage: PNG_1X1_BASE64 };
    expect(validateRequest({ ...base, IncludePointList: [{ X: 3, Y: 4 }], OnlyMask: true }).ok).toBe(true);
    expect(validateRequest({ ...base, ExcludePointList: [{ X: 3 }] })).toMatchObject({
      message: 'ExcludePointList[0].Y is required',
    });
  });
});

describe('responses', () => {
  it('keep unknown upstream fields', () => {
    const answer = {
      RetCode: 0,
      Action: 'ListModels',
      ServerTime: 17,
      MainModels: { 'PICPIK General': { ModelCode: 'PICPIK General', Extra: { a: 1 } } },
      LoraModels: null,
    };
    expect(zListModelsResponse.parse(answer)).toStrictEqual(answer);
  });

  it('TaskDetail keeps the misspelt ErrorMassage and unknown fields', () => {
    const detail = { TaskUID: 't1', ErrorCode: 5, ErrorMassage: 'boom', Progress: 0.4 };
    expect(zTaskDetail.parse(detail)).toStrictEqual(detail);
  });

  it('validateResponse reports RetCode ≠ 0 as a failure with its Message', () => {
    const result = validateResponse('GenerateImages', { RetCode: 171, Action: 'GenerateImages', Message: 'bad signature' });
    expect(result).toMatchObject({ ok: false, kind: 'failure', retCode: 171, message: 'bad signature' });
  });

  it('validateResponse checks the success shape per action', () => {
    expect(validateResponse('GenerateImages', { RetCode: 0, Action: 'GenerateImages', TaskUID: 'ckt3' })).toMatchObject({
      ok: true,
      value: { TaskUID: 'ckt3' },
    });
    expect(validateResponse('GetCreditBalance', { RetCode: 0, Action: 'GetCreditBalance' })).toMatchObject({
      ok: false,
      kind: 'invalid',
      field: 'TotalCredits',
    });
  });
});
