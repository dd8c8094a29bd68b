import { describe, expect, it } from 'vitest';
import { normalizeRequest } from './normalizeRequest';
import { validateRequest } from './actions';
import { pngList } from './testFixtures';

const background = { Action: 'GenerateBackgrounds', MainModel: { ModelCode: 'PICPIK General' } };

describe('normalizeRequest', () => {
  it('renames ImageAndMaskList to ImageList and TransparentImageIndexList to TransparentForeground', () => {
    const images = pngList(2);
    const body = { ...background, ImageAndMaskList: images, TransparentImageIndexList: [1] };
    const normalized = normalizeRequest(body);
    expect(normalized).toStrictEqual({ ...background, ImageList: images, TransparentForeground: { ImageIndex: 1 } });
    expect(validateRequest(normalized).ok).toBe(true);
  });

  it('keeps the documented fields untouched and does not mutate its input', () => {
    const body = { ...background, ImageList: pngList(1), TransparentForeground: { ImageIndex: 0, ResizeMode: 'JustResize' } };
    const snapshot = structuredClone(body);
    const normalized = normalizeRequest(body);
    expect(normalized).toStrictEqual(snapshot);
    expect(normalized).not.toBe(body);
    expect(body).toStrictEqual(snapshot);
  });

  it('drops an alias that agrees with the documented field', () => {
    const images = pngList(1);
    const body = {
      ...background,
      ImageList: images,
      ImageAndMaskList: [...images],
      TransparentForeground: { ImageIndex: 0 },
      TransparentImageIndexList: [0],
    };
    expect(normalizeRequest(body)).toStrictEqual({ ...background, ImageList: images, TransparentForeground: { ImageIndex: 0 } });
  });

  it('keeps a conflicting alias so validation reports it', () => {
    const body = { ...background, ImageList: pngList(2), TransparentForeground: { ImageIndex: 0 }, TransparentImageIndexList: [1] };
    const result = validateRequest(normalizeRequest(body));
    expect(result).toMatchObject({ ok: false, field: 'TransparentImageIndexList' });
  });

  it('leaves a TransparentImageIndexList with several entries for validation to report', () => {
    const body = { ...background, ImageList: pngList(2), TransparentImageIndexList: [0, 1] };
    expect(normalizeRequest(body)).toStrictEqual(body);
  });

  it('renames nothing on other actions', () => {
    const body = { Action: 'GenerateImages', MainModel: { ModelCode: 'x' }, ImageAndMaskList: pngList(1) };
    expect(normalizeRequest(body)).toStrictEqual(body);
  });

  it('drops null-valued keys at any depth', () => {
    const body = { Action: 'GenerateImages', Seed: null, MainModel: { ModelCode: 'x', Name: null } };
    expect(normalizeRequest(body)).toStrictEqual({ Action: 'GenerateImages', MainModel: { ModelCode: 'x' } });
  });

  it('returns non-objects unchanged', () => {
    expect(normalizeRequest('text')).toBe('text');
    expect(normalizeRequest(null)).toBe(null);
  });
});
