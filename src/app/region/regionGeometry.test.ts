import { describe, expect, it } from 'vitest';
import { automaticRegion, fitAspect, grownDocument, reachesOutside, rectFromCorners } from './regionGeometry';
import { dragRegion, hitHandle } from './regionDrag';

const doc = { width: 6000, height: 4000 };

describe('automaticRegion', () => {
  it('is the bounding box of every mask plus the padding, snapped outwards to 8 px', () => {
    const region = automaticRegion([{ x: 1003, y: 2001, width: 200, height: 40 }, null, { x: 1500, y: 1990, width: 10, height: 10 }], 64, doc);
    expect(region).toEqual({ x: 936, y: 1920, width: 640, height: 192 });
  });
  it('is clamped to the document', () => {
    expect(automaticRegion([{ x: 5, y: 3990, width: 20, height: 10 }], 64, doc)).toEqual({ x: 0, y: 3920, width: 96, height: 80 });
  });
  it('is null when there is nothing to redraw', () => {
    expect(automaticRegion([null, { x: 5, y: 5, width: 0, height: 0 }], 64, doc)).toBeNull();
  });
});

describe('frames drawn by the designer', () => {
  it('snaps corners to 8 px and keeps an aspect ratio when asked', () => {
    expect(rectFromCorners({ x: 13, y: 21 }, { x: 411, y: 317 })).toEqual({ x: 16, y: 24, width: 392, height: 296 });
    const square = rectFromCorners({ x: 0, y: 0 }, { x: 300, y: 100 }, 1);
    expect(square.width).toBe(square.height);
  });
  it('fits an aspect preset inside the current region, centred', () => {
    expect(fitAspect({ x: 0, y: 0, width: 1600, height: 900 }, 1)).toEqual({ x: 352, y: 0, width: 896, height: 896 });
  });
  it('knows when a region reaches past the document and how the document grows', () => {
    const outside = { x: 5600, y: 1000, width: 800, height: 800 };
    expect(reachesOutside(outside, doc)).toBe(true);
    expect(grownDocument(outside, doc)).toEqual({ x: 0, y: 0, width: 6400, height: 4000 });
  });
});

describe('dragging the frame', () => {
  const frame = { x: 96, y: 96, width: 400, height: 200 };
  it('finds corners, edges and the inside', () => {
    expect(hitHandle(frame, { x: 101, y: 99 }, 6)).toBe('nw');
    expect(hitHandle(frame, { x: 300, y: 302 }, 6)).toBe('s');
    expect(hitHandle(frame, { x: 300, y: 200 }, 6)).toBe('move');
    expect(hitHandle(frame, { x: 700, y: 200 }, 6)).toBeNull();
  });
  it('moves and resizes on the 8 px grid, never below the minimum', () => {
    expect(dragRegion(frame, 'move', 13, -5, false)).toEqual({ x: 112, y: 88, width: 400, height: 200 });
    expect(dragRegion(frame, 'se', 101, 3, false)).toEqual({ x: 96, y: 96, width: 504, height: 200 });
    expect(dragRegion(frame, 'e', -1000, 0, false).width).toBe(16);
  });
  it('Shift keeps the aspect ratio, anchored at the opposite corner', () => {
    const resized = dragRegion(frame, 'nw', -200, 0, true);
    expect(resized.width / resized.height).toBeCloseTo(2, 1);
    expect(resized.x + resized.width).toBe(496);
    expect(resized.y + resized.height).toBe(296);
  });
});
