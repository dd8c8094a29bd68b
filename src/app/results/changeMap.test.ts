import { describe, expect, it } from 'vitest';
import { changeMap } from './changeMap';

function image(pixels: [number, number, number][]): Uint8ClampedArray {
  return Uint8ClampedArray.from(pixels.flatMap(([r, g, b]) => [r, g, b, 255]));
}

describe('changeMap', () => {
  it('marks only pixels whose colour moved beyond the threshold', () => {
    const input = image([[10, 10, 10], [100, 100, 100], [200, 50, 50], [0, 0, 0]]);
    const result = image([[10, 10, 10], [105, 100, 100], [20, 200, 50], [0, 0, 255]]);
    const { overlay, changedShare } = changeMap(input, result, 12);
    expect(Array.from(overlay.filter((_, i) => i % 4 === 3))).toEqual([0, 0, 200, 200]);
    expect(changedShare).toBe(0.5);
  });
  it('refuses images of different sizes', () => {
    expect(() => changeMap(image([[0, 0, 0]]), image([[0, 0, 0], [1, 1, 1]]))).toThrow(/differ in size/);
  });
});
