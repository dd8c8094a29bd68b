import { describe, expect, it } from 'vitest';
import { sha256Hex } from './imageFiles';
import { archivedParams, decodeImageText, imageRefOf, inputImagesOf } from './requestParams';

const A = 'data:image/png;base64,iVBORw0KGgo=';
const B = 'data:image/jpeg;base64,/9j/4AAQ';
const C = 'UklGRgAAAABXRUJQ'; // bare base64 (WEBP header)
const ref = (text: string) => {
  const { bytes } = decodeImageText(text);
  return { Hash: sha256Hex(bytes), Bytes: bytes.length };
};

describe('archivedParams', () => {
  it('replaces every kind of image body by hash and size and drops credentials', () => {
    const params = archivedParams({
      Action: 'GenerateTxt2Img',
      PublicKey: 'pk',
      Signature: 'sig',
      request_uuid: 'u',
      Seed: 3,
      ControlNetParams: [{ ControlNetImg: B, ControlWeight: 1 }, { ControlWeight: 0.5 }],
    });
    expect(params).toEqual({ Seed: 3, ControlNetParams: [{ ControlNetImg: ref(B), ControlWeight: 1 }, { ControlWeight: 0.5 }] });
    expect(archivedParams({ Action: 'RemoveBackground', RawImage: C, OnlyMask: true })).toEqual({ RawImage: ref(C), OnlyMask: true });
    expect(archivedParams({ Action: 'GenerateBackgrounds', ImageList: [A] })).toEqual({ ImageList: { Count: 1, Images: [ref(A)] } });
  });

  it('lists input images in a fixed order', () => {
    expect(inputImagesOf({ ImageAndMaskList: [A, B], RawImage: C, ControlNetParams: [{ ControlNetImg: B }, {}] })).toEqual([A, B, C, B]);
    expect(inputImagesOf({ PositivePrompts: ['x'] })).toEqual([]);
  });

  it('hashes a large image chunk by chunk to the same value as decoding it whole', () => {
    const bytes = Buffer.alloc(3_000_001);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    for (const text of [`data:image/png;base64,${bytes.toString('base64')}`, bytes.toString('base64'), A, C]) {
      expect(imageRefOf(text)).toEqual(ref(text));
    }
  });

  it('decodes data URIs and bare base64', () => {
    expect(decodeImageText(A).mime).toBe('image/png');
    expect(decodeImageText(C)).toMatchObject({ mime: undefined });
    expect(decodeImageText(C).bytes.subarray(8, 12).toString()).toBe('WEBP');
  });
});
