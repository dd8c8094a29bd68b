import { describe, expect, it } from 'vitest';
import { coveredRect, uncoveredRects } from './outpaintLayout';

const area = (rects: { width: number; height: number }[]) => rects.reduce((sum, r) => sum + r.width * r.height, 0);
const base = (x: number, y: number, width: number, height: number) => ({ assetId: 'a', x, y, width, height });

describe('uncoveredRects', () => {
  it('is empty when the image covers the document', () => {
    expect(uncoveredRects(100, 80, base(0, 0, 100, 80))).toEqual([]);
  });
  it('is the whole document without a base image', () => {
    expect(uncoveredRects(100, 80, null)).toEqual([{ x: 0, y: 0, width: 100, height: 80 }]);
  });
  it('surrounds a centred image after a +25 % extension, with no overlap', () => {
    const rects = uncoveredRects(1280, 1280, base(128, 128, 1024, 1024));
    expect(rects).toHaveLength(4);
    expect(area(rects)).toBe(1280 * 1280 - 1024 * 1024);
  });
  it('counts partially covered edge pixels as uncovered', () => {
    expect(coveredRect(100, 100, base(10.5, 0, 50, 100))).toEqual({ x: 11, y: 0, width: 49, height: 100 });
  });
  it('handles an image hanging over the document edge', () => {
    const rects = uncoveredRects(100, 100, base(-20, -20, 80, 200));
    expect(rects).toEqual([{ x: 60, y: 0, width: 40, height: 100 }]);
  });
});
