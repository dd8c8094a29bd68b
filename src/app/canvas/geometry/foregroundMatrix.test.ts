import { describe, expect, it } from 'vitest';
import { applyAffine, foregroundMatrix } from './foregroundMatrix';

describe('foregroundMatrix', () => {
  it('translates and scales from the top-left corner', () => {
    const m = foregroundMatrix({ x: 10, y: 20, scaleX: 2, scaleY: 3, rotation: 0 });
    expect(applyAffine(m, 5, 5)).toEqual({ x: 20, y: 35 });
  });
  it('rotates clockwise (screen y down) around the top-left corner like Konva', () => {
    const m = foregroundMatrix({ x: 0, y: 0, scaleX: 1, scaleY: 1, rotation: 90 });
    const p = applyAffine(m, 10, 0);
    expect(p.x).toBeCloseTo(0);
    expect(p.y).toBeCloseTo(10);
  });
});
