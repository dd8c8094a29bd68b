import { describe, expect, it } from 'vitest';
import { rasterizeMaskPlan, type MaskPlan, type MaskTileData } from './maskPlan';

/** A tile whose alpha is `value` everywhere. */
const tile = (x: number, y: number, width: number, height: number, value: number): MaskTileData => ({ x, y, width, height, alpha: new Uint8Array(width * height).fill(value) });

const plan = (patch: Partial<MaskPlan>): MaskPlan => ({ kind: 'mask', width: 8, height: 6, tiles: [], white: [], ...patch });

describe('rasterizeMaskPlan', () => {
  it('puts painted tiles in place as strict black/white (alpha ≥ 128 is white)', () => {
    const mask = rasterizeMaskPlan(plan({ tiles: [tile(4, 0, 4, 4, 200), tile(0, 4, 4, 2, 127)] }));
    expect([mask.width, mask.height]).toEqual([8, 6]);
    expect(mask.gray[0 * 8 + 5]).toBe(255);
    expect(mask.gray[3 * 8 + 7]).toBe(255);
    expect(mask.gray[4 * 8 + 0]).toBe(0);
    expect(mask.whitePixels).toBe(16);
    expect(new Set(mask.gray)).toEqual(new Set([0, 255]));
  });

  it('whitens the outpaint rectangles whatever was painted', () => {
    const mask = rasterizeMaskPlan(plan({ white: [{ x: 0, y: 0, width: 8, height: 1 }] }));
    expect(mask.whitePixels).toBe(8);
    expect(Array.from(mask.gray.subarray(0, 8))).toEqual(Array(8).fill(255));
  });

  it('cuts a tile that reaches past the document', () => {
    const mask = rasterizeMaskPlan(plan({ tiles: [tile(6, 4, 4, 4, 255)] }));
    expect(mask.whitePixels).toBe(4);
    expect(mask.gray.length).toBe(48);
  });

  it('samples the nearest document pixel when a view crops and scales, staying black/white', () => {
    // The right half of an 8×6 document, scaled ×2: 8×12 output.
    const mask = rasterizeMaskPlan(plan({ tiles: [tile(6, 0, 2, 6, 255)], view: { rect: { x: 4, y: 0, width: 4, height: 6 }, width: 8, height: 12 } }));
    expect([mask.width, mask.height]).toEqual([8, 12]);
    expect(Array.from(mask.gray.subarray(0, 8))).toEqual([0, 0, 0, 0, 255, 255, 255, 255]);
    expect(mask.whitePixels).toBe(48);
  });

  it('an unpainted mask has no white pixel (the request then has nothing to redraw)', () => {
    expect(rasterizeMaskPlan(plan({})).whitePixels).toBe(0);
  });
});
