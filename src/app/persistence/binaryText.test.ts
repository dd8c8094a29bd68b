import { describe, expect, it } from 'vitest';
import { base64ToBytes, blobToDataUri, bytesToBase64, dataUriToBlob } from './binaryText';

describe('binary text', () => {
  it('round-trips bytes through base64, large inputs too', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(() => base64ToBytes('abc')).toThrow(/base64/);
  });

  it('turns data URIs into typed blobs and back', async () => {
    const blob = dataUriToBlob('data:image/png;base64,AAEC');
    expect(blob.type).toBe('image/png');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(Uint8Array.of(0, 1, 2));
    expect(await blobToDataUri(blob)).toBe('data:image/png;base64,AAEC');
    expect(() => dataUriToBlob('hello')).toThrow(/data URI/);
  });
});
