import { describe, expect, it } from 'vitest';
import { jsonDepthProblem, parseJsonBody } from './jsonBody';

describe('jsonDepthProblem (on the text, before parsing)', () => {
  it('counts only brackets outside strings, escapes included', () => {
    const inStrings = JSON.stringify({ a: '[[[[{{{{'.repeat(100), b: 'say \\"[[[[[[[[" ok', c: ['"', '\\', ']]]]'] });
    expect(jsonDepthProblem(inStrings, 3)).toBeUndefined();
    expect(jsonDepthProblem('{"a":[[1]]}', 3)).toBeUndefined();
    expect(jsonDepthProblem('{"a":[[[1]]]}', 3)).toEqual({ field: 'a[0][0]', message: 'a[0][0] is nested deeper than 3 levels of objects and lists' });
  });

  it('names the path by keys and list positions', () => {
    const text = '{"Action":"GenerateImages","ControlNetList":[{"x":1},{"ControlModel":{"InferenceParams":{"Deep":[[[[1]]]]}}}]}';
    expect(jsonDepthProblem(text, 6)?.field).toBe('ControlNetList[1].ControlModel.InferenceParams.Deep[0]');
    expect(jsonDepthProblem('{"we\\"ird key":[[[1]]]}', 3)?.field).toBe('["we\\"ird key"][0][0]');
    expect(jsonDepthProblem('[[[[[]]]]]', 4)?.field).toBe('[0][0][0][0]');
  });

  it('stops at the limit: megabytes of brackets are refused without building them', () => {
    const text = '['.repeat(4_000_000) + ']'.repeat(4_000_000);
    expect(parseJsonBody(text)).toMatchObject({ ok: false, message: expect.stringMatching(/nested deeper than 32 levels/) });
    expect(parseJsonBody(`{"RawImage":"${'A'.repeat(2_000_000)}","a":{"b":1}}`)).toMatchObject({ ok: true });
  });

  it('leaves malformed text to JSON.parse', () => {
    expect(parseJsonBody('{"a":')).toEqual({ ok: false, message: 'The request body is not valid JSON' });
    expect(parseJsonBody('{"a":"unclosed')).toEqual({ ok: false, message: 'The request body is not valid JSON' });
  });
});
