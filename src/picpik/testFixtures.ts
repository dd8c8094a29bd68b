/**
 * Data and assertions shared by the tests in this folder (imported by *.test.ts only):
 * the request examples of the seed pages with their empty image strings replaced by real
 * 1×1 PNG data URIs, and a range-boundary checker.
 */
import { expect } from 'vitest';
import { validateRequest } from './actions';

export const PNG_1X1_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
export const PNG_DATA_URI = `data:image/png;base64,${PNG_1X1_BASE64}`;

/** Real 3 × 2 files made by libvips: baseline JPEG, lossy (VP8), lossless (VP8L) and extended (VP8X, alpha) WEBP. */
export const JPEG_3X2_BASE64 =
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AJAAnHX/2Q==';
export const WEBP_VP8_3X2_BASE64 = 'UklGRjgAAABXRUJQVlA4ICwAAADwAQCdASoDAAIAAUAmJaACdLoB+AAETAAA/u+9V/43bjDfgu/33oDeBgAAAA==';
export const WEBP_VP8L_3X2_BASE64 = 'UklGRh4AAABXRUJQVlA4TBEAAAAvAkAAAAdQs840s/+BiOh/AAA=';
export const WEBP_VP8X_3X2_BASE64 = 'UklGRkYAAABXRUJQVlA4WAoAAAAQAAAAAgAAAQAAQUxQSAcAAAAAgICAgICAAFZQOCAYAAAAMAEAnQEqAwACAAFAJiWkAANwAP79IFAA';

/** The first bytes of a PNG (signature + IHDR) declaring width × height, as base64: an image bomb's header. */
export function pngHeaderBase64(width: number, height: number): string {
  const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
  for (const value of [width, height]) bytes.push((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
  bytes.push(8, 6, 0, 0, 0, 0, 0, 0, 0); // depth, colour type, methods, CRC (not checked by a header reader)
  return btoa(String.fromCharCode(...bytes));
}

/** An SVG declaring 16000 × 16000: text, not an image the studio accepts. */
export const SVG_BOMB_BASE64 = btoa('<svg xmlns="http://www.w3.org/2000/svg" width="16000" height="16000"><rect width="16000" height="16000"/></svg>');

export function pngList(count: number): string[] {
  return Array.from({ length: count }, () => PNG_DATA_URI);
}

/** The smallest valid request of each generation action; spread and override in tests. */
export const minimalGenerateImages = { Action: 'GenerateImages', MainModel: { ModelCode: 'PICPIK General' } };
export const minimalModifyMaskedPixels = {
  Action: 'ModifyMaskedPixels',
  MainModel: { ModelCode: 'PICPIK General' },
  Masked: { ImageIndex: 0, MaskIndex: 1 },
  ImageAndMaskList: pngList(2),
};
export const minimalGenerateTxt2Img = {
  Action: 'GenerateTxt2Img',
  ModelType: 'combined_model',
  MainModelId: 1,
  BatchSize: 1,
  Steps: 20,
  CfgScale: 7.5,
  Seed: -1,
  Sampler: 'Euler',
  ClipSkip: 1,
  Width: 512,
  Height: 512,
  TranslatePrompt: true,
};

export interface RangeCase {
  /** Dotted path as describeZodError prints it. */
  readonly field: string;
  readonly min: number;
  readonly max: number;
  /** How far outside the range the failing values lie (1 for integers, 0.01 for floats). */
  readonly step: number;
  readonly kind: 'an integer' | 'a number';
  /** The whole request with the field set to `value`. */
  readonly build: (value: number) => unknown;
}

/** min and max pass; min − step and max + step fail naming the field and the range. */
export function expectRangeBoundaries(range: RangeCase): void {
  for (const value of [range.min, range.max]) {
    const result = validateRequest(range.build(value));
    expect(result, `${range.field} = ${value} should pass`).toMatchObject({ ok: true });
  }
  const rangeText = `${range.field} must be ${range.kind} from ${range.min} to ${range.max}`;
  for (const value of [range.min - range.step, range.max + range.step]) {
    const outside = Math.round(value * 1e6) / 1e6;
    const result = validateRequest(range.build(outside));
    expect(result.ok, `${range.field} = ${outside} should fail`).toBe(false);
    if (!result.ok) {
      expect(result.kind).toBe('invalid');
      expect(result.message).toContain(`${rangeText} (got ${outside})`);
      expect(result.field).toBe(range.field);
    }
  }
}
