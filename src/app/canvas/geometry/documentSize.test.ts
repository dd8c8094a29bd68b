import { describe, expect, it } from 'vitest';
import { anchorOffset, clampSizeKeepingAspect, extendByPercent } from './documentSize';

describe('clampSizeKeepingAspect', () => {
  it('keeps sizes inside the limits unchanged', () => {
    expect(clampSizeKeepingAspect(800, 600)).toEqual({ width: 800, height: 600 });
  });
  it('shrinks a large image until the long side is 2560, keeping the aspect', () => {
    expect(clampSizeKeepingAspect(4000, 3000)).toEqual({ width: 2560, height: 1920 });
    expect(clampSizeKeepingAspect(3000, 6000)).toEqual({ width: 1280, height: 2560 });
  });
  it('grows a tiny image until the short side is 64', () => {
    expect(clampSizeKeepingAspect(32, 16)).toEqual({ width: 128, height: 64 });
  });
  it('clamps the short side when the aspect is too extreme for both limits', () => {
    expect(clampSizeKeepingAspect(10000, 100)).toEqual({ width: 2560, height: 64 });
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
  it('stops at 2560', () => {
    expect(extendByPercent({ width: 2400, height: 1000 }, 50)).toEqual({ width: 2560, height: 1500 });
  });
});
