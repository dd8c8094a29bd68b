import { describe, expect, it } from 'vitest';
import { boxToSent, pointToSent, selectionArea, sentFrameFor, sentToDocument } from './sentFrame';

describe('sentFrameFor', () => {
  it('keeps a small area at its own size and scales a large one to 2560 on its long side', () => {
    expect(sentFrameFor({ x: 0, y: 0, width: 800, height: 600 })).toMatchObject({ width: 800, height: 600 });
    expect(sentFrameFor({ x: 0, y: 0, width: 8000, height: 6000 })).toMatchObject({ width: 2560, height: 1920 });
    expect(sentFrameFor({ x: 0, y: 0, width: 16384, height: 64 })).toMatchObject({ width: 2560, height: 10 });
  });
});

describe('selectionArea', () => {
  const doc = { width: 6000, height: 4000 };
  it('is the drawn region cut to the document, else the whole document', () => {
    expect(selectionArea({ ...doc, region: { frame: null, padding: 64, resolution: 'auto' } })).toEqual({ x: 0, y: 0, width: 6000, height: 4000 });
    const region = { frame: { x: 5000, y: -100, width: 2000, height: 1100 }, padding: 64, resolution: 'auto' as const };
    expect(selectionArea({ ...doc, region })).toEqual({ x: 5000, y: 0, width: 1000, height: 1000 });
  });
});

describe('points and boxes in the sent image', () => {
  // A region at (1000, 500), 4000 × 2000 document pixels, sent at 2560 × 1280 (scale 0.64).
  const frame = sentFrameFor({ x: 1000, y: 500, width: 4000, height: 2000 });

  it('subtracts the region offset, then scales', () => {
    expect(frame).toMatchObject({ width: 2560, height: 1280 });
    expect(pointToSent(frame, { x: 1000, y: 500 })).toEqual({ X: 0, Y: 0 });
    expect(pointToSent(frame, { x: 3000, y: 1500 })).toEqual({ X: 1280, Y: 640 });
    expect(pointToSent(frame, { x: 4999.9, y: 2499.9 })).toEqual({ X: 2559, Y: 1279 });
  });

  it('refuses points outside the region', () => {
    expect(pointToSent(frame, { x: 999, y: 600 })).toBeNull();
    expect(pointToSent(frame, { x: 5000, y: 600 })).toBeNull();
    expect(pointToSent(frame, { x: 2000, y: 2500 })).toBeNull();
  });

  it('maps a sent pixel back to its centre in the document', () => {
    const back = sentToDocument(frame, { X: 1280, Y: 640 });
    expect(back.x).toBeCloseTo(3000 + 0.5 / 0.64);
    expect(back.y).toBeCloseTo(1500 + 0.5 / 0.64);
    expect(pointToSent(frame, back)).toEqual({ X: 1280, Y: 640 });
  });

  it('turns a document box into [x1, y1, x2, y2] inside the image, rounded outwards', () => {
    expect(boxToSent(frame, { x: 2000, y: 1000, width: 1000, height: 500 })).toEqual([640, 320, 1280, 640]);
    expect(boxToSent(frame, { x: 2001, y: 1001, width: 10, height: 10 })).toEqual([640, 320, 648, 328]);
    // Cut to the region: a box reaching past it stops at the image's edge.
    expect(boxToSent(frame, { x: 0, y: 0, width: 2000, height: 3000 })).toEqual([0, 0, 640, 1280]);
    expect(boxToSent(frame, { x: 0, y: 0, width: 500, height: 500 })).toBeNull();
  });

  it('is the identity for an unscaled document', () => {
    const whole = sentFrameFor({ x: 0, y: 0, width: 640, height: 480 });
    expect(pointToSent(whole, { x: 320.7, y: 10.2 })).toEqual({ X: 320, Y: 10 });
    expect(boxToSent(whole, { x: 10, y: 20, width: 100, height: 50 })).toEqual([10, 20, 110, 70]);
  });
});
