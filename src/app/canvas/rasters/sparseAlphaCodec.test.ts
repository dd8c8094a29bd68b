import { describe, expect, it } from 'vitest';
import { bytesMask } from '../maskOps/testMask';
import { decodeAlpha, encodeAlpha } from './alphaCodec';
import { encodeTiledAlpha } from './sparseAlphaCodec';

describe('encodeTiledAlpha', () => {
  it('decodes to exactly the mask read whole, soft edges and edge tiles included', () => {
    const mask = bytesMask(700, 530);
    const stroke = Uint8Array.from({ length: 300 * 40 }, (_, i) => (i % 300 < 5 ? 64 + i % 300 : 255));
    mask.writeAlpha({ x: 200, y: 240, width: 300, height: 40 }, stroke);
    mask.writeAlpha({ x: 690, y: 520, width: 10, height: 10 }, new Uint8Array(100).fill(7));
    const whole = mask.readAlpha({ x: 0, y: 0, width: 700, height: 530 });
    const encoded = encodeTiledAlpha(mask);
    expect(decodeAlpha(encoded, new Uint8Array(700 * 530))).toEqual(whole);
    expect(encoded.length).toBeLessThan(encodeAlpha(whole).length * 2);
  });

  it('codes an empty 100 MP mask in a few bytes per tile row, reading no tile', () => {
    const mask = bytesMask(10_000, 10_000);
    const encoded = encodeTiledAlpha(mask);
    expect(encoded.length).toBeLessThanOrEqual(6);
    expect(decodeAlpha(encoded, new Uint8Array(10_000 * 10_000)).every((value) => value === 0)).toBe(true);
  });
});
