import { describe, expect, it } from 'vitest';
import { decodeAlpha, encodeAlpha } from './alphaCodec';

const roundTrip = (data: Uint8Array) => decodeAlpha(encodeAlpha(data), new Uint8Array(data.length));
// Deep equality on millions of elements is slow in expect(); compare the bytes directly.
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

describe('alphaCodec', () => {
  it('round-trips empty, tiny and mixed data', () => {
    for (const data of [[], [7], [1, 2], [5, 5, 5], [0, 0, 1, 2, 2, 2, 2, 9, 255, 255, 255, 255, 3]]) {
      const bytes = Uint8Array.from(data);
      expect(Array.from(roundTrip(bytes))).toEqual(data);
    }
  });

  it('round-trips random data with runs of every length', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const data = new Uint8Array(200_000);
    let i = 0;
    while (i < data.length) {
      const run = random() < 0.5 ? 1 + Math.floor(random() * 4) : Math.floor(random() * 70_000);
      data.fill(Math.floor(random() * 256), i, i + run);
      i += Math.max(1, run);
    }
    expect(sameBytes(roundTrip(data), data)).toBe(true);
  });

  it('shrinks an empty 2560² mask to a few bytes and a half-painted one to little', () => {
    const empty = new Uint8Array(2560 * 2560);
    expect(encodeAlpha(empty).length).toBeLessThan(16);
    const half = new Uint8Array(2560 * 2560);
    for (let row = 0; row < 2560; row++) half.fill(255, row * 2560, row * 2560 + 1280);
    expect(encodeAlpha(half).length).toBeLessThan(2560 * 14);
    expect(sameBytes(roundTrip(half), half)).toBe(true);
  });

  it('costs at most one header byte per 128 bytes of noise', () => {
    const noise = Uint8Array.from({ length: 1280 }, (_, k) => k % 2);
    expect(encodeAlpha(noise).length).toBe(1280 + 10);
  });

  it('refuses to decode into a buffer of the wrong size', () => {
    expect(() => decodeAlpha(encodeAlpha(new Uint8Array(10)), new Uint8Array(11))).toThrow(/damaged/);
  });
});
