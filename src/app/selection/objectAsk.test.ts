import { describe, expect, it } from 'vitest';
import { askFor, clipToBox } from './objectAsk';
import { sentFrameFor } from './sentFrame';

// A drawn region at (1000, 500), 4000 × 2000 document pixels, sent at 2560 × 1280.
const frame = sentFrameFor({ x: 1000, y: 500, width: 4000, height: 2000 });

describe('askFor', () => {
  it('sends include and exclude points in the sent image pixels (region offset, then scale)', () => {
    const ask = askFor({ include: [{ x: 3000, y: 1500 }, { x: 1000, y: 500 }], exclude: [{ x: 4500.5, y: 2000 }], box: null }, frame);
    expect(ask).toEqual({ kind: 'points', include: [{ X: 1280, Y: 640 }, { X: 0, Y: 0 }], exclude: [{ X: 2240, Y: 960 }] });
  });

  it('drops points outside the region', () => {
    expect(askFor({ include: [{ x: 10, y: 10 }], exclude: [], box: null }, frame)).toBeNull();
  });

  it('sends a lone box as RemoveBackground Box in sent pixels, and ignores it when points are given', () => {
    const box = { x: 2000, y: 1000, width: 1000, height: 500 };
    expect(askFor({ include: [], exclude: [], box }, frame)).toEqual({ kind: 'subject', box: [640, 320, 1280, 640] });
    expect(askFor({ include: [{ x: 2500, y: 1200 }], exclude: [], box }, frame)).toMatchObject({ kind: 'points' });
  });
});

describe('clipToBox', () => {
  it('keeps the object only inside the box, in the answer own pixels', () => {
    const small = sentFrameFor({ x: 0, y: 0, width: 4, height: 2 });
    const alpha = new Uint8Array(8).fill(255);
    clipToBox(alpha, 4, 2, [1, 0, 3, 1], small);
    expect([...alpha]).toEqual([0, 255, 255, 0, 0, 0, 0, 0]);
  });
});
