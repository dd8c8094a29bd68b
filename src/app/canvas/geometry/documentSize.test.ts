import { describe, expect, it } from 'vitest';
import { anchorOffset, clampSizeKeepingAspect, extendByPercent, fitsDocument } from './documentSize';

describe('clampSizeKeepingAspect', () => {
  it('keeps sizes inside the limits unchanged', () => {
    expect(clampSizeKeepingAspect(800, 600)).toEqual({ width: 800, height: 600 });
  });
  it('keeps camera photos at their own size', () => {
    expect(clampSizeKeepingAspect(6000, 4000)).toEqual({ width: 6000, height: 4000 });
    expect(clampSizeKeepingAspect(16384, 6000)).toEqual({ width: 16384, height: 6000 });
  });
  it('shrinks a larger image until the long side is 16384 and the area at most 100 MP, keeping the aspect', () => {
    expect(clampSizeKeepingAspect(32768, 1000)).toEqual({ width: 16384, height: 500 });
    const { width, height } = clampSizeKeepingAspect(30000, 20000);
    expect(width * height).toBeLessThanOrEqual(100_000_000);
    expect(width / height).toBeCloseTo(1.5, 3);
    expect(width).toBeGreaterThan(12_200);
  });
  it('grows a tiny image until the short side is 64', () => {
    expect(clampSizeKeepingAspect(32, 16)).toEqual({ width: 128, height: 64 });
  });
  it('clamps the short side when the aspect is too extreme for both limits', () => {
    expect(clampSizeKeepingAspect(40000, 100)).toEqual({ width: 16384, height: 64 });
  });
  it('survives nonsense input', () => {
    expect(clampSizeKeepingAspect(0, 10)).toEqual({ width: 64, height: 64 });
  });
});

describe('anchorOffset', () => {
  const from = { width: 100, height: 100 };
  const to = { width: 200, height: 150 };
  it('top-left anchor keeps content at the origin', () => {
    expect(anchorOffset({ column: 0, row: 0 }, from, to)).toEqual({ offsetX: 0, offsetY: 0 });
  });
  it('centre anchor splits the new space evenly', () => {
    expect(anchorOffset({ column: 1, row: 1 }, from, to)).toEqual({ offsetX: 50, offsetY: 25 });
  });
  it('bottom-right anchor pushes content to the far corner', () => {
    expect(anchorOffset({ column: 2, row: 2 }, from, to)).toEqual({ offsetX: 100, offsetY: 50 });
  });
  it('shrinking gives negative offsets (content is cropped around the anchor)', () => {
    expect(anchorOffset({ column: 1, row: 1 }, to, from)).toEqual({ offsetX: -50, offsetY: -25 });
  });
});

describe('extendByPercent', () => {
  it('adds 25 % and 50 % to both sides', () => {
    expect(extendByPercent({ width: 1024, height: 768 }, 25)).toEqual({ width: 1280, height: 960 });
    expect(extendByPercent({ width: 1024, height: 768 }, 50)).toEqual({ width: 1536, height: 1152 });
  });
  it('stops at 16384 a side and at 100 MP', () => {
    expect(extendByPercent({ width: 16000, height: 1000 }, 50)).toEqual({ width: 16384, height: 1500 });
    const grown = extendByPercent({ width: 10000, height: 8000 }, 50);
    expect(grown.width * grown.height).toBeLessThanOrEqual(100_000_000);
  });
});

describe('fitsDocument', () => {
  it('accepts up to 16384 a side and 100 MP, refuses beyond', () => {
    expect(fitsDocument({ width: 6000, height: 4000 })).toBe(true);
    expect(fitsDocument({ width: 16384, height: 6100 })).toBe(true);
    expect(fitsDocument({ width: 16385, height: 100 })).toBe(false);
    expect(fitsDocument({ width: 12000, height: 9000 })).toBe(false);
    expect(fitsDocument({ width: 40, height: 400 })).toBe(false);
  });
});
