import { describe, expect, it } from 'vitest';
import { fitView, nextZoomStep, documentPointAt, zoomAround } from './viewMath';

describe('view math', () => {
  it('fits a large document into the container, centred', () => {
    const view = fitView({ width: 2560, height: 2560 }, { width: 1080, height: 880 }, 40);
    expect(view.zoom).toBeCloseTo(800 / 2560);
    expect(view.x).toBe(140);
    expect(view.y).toBe(40);
  });
  it('does not magnify small documents past 100 %', () => {
    expect(fitView({ width: 200, height: 100 }, { width: 1000, height: 800 }).zoom).toBe(1);
  });
  it('keeps the point under the cursor fixed while zooming', () => {
    const view = { zoom: 0.5, x: 100, y: 50 };
    const cursor = { x: 400, y: 300 };
    const before = documentPointAt(view, cursor);
    const after = documentPointAt(zoomAround(view, cursor, 2), cursor);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });
  it('steps through standard zoom levels', () => {
    expect(nextZoomStep(1, 1)).toBe(1.5);
    expect(nextZoomStep(1, -1)).toBe(0.6667);
    expect(nextZoomStep(0.4, 1)).toBe(0.5);
  });
});
