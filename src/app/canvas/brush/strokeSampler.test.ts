import { describe, expect, it } from 'vitest';
import { StrokeSampler } from './strokeSampler';

const p = (x: number, y: number, pressure = 1) => ({ x, y, pressure });

describe('StrokeSampler', () => {
  it('leaves a dab where the stroke starts', () => {
    expect(new StrokeSampler(20).begin(p(5, 6))).toEqual([{ x: 5, y: 6, size: 20 }]);
  });

  it('spaces dabs at 15 % of the size along a line', () => {
    const sampler = new StrokeSampler(20);
    sampler.begin(p(0, 0));
    const dabs = sampler.extend(p(30, 0));
    expect(dabs.map((d) => d.x)).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
  });

  it('keeps the spacing across many small moves (coalesced samples)', () => {
    const sampler = new StrokeSampler(20);
    sampler.begin(p(0, 0));
    const xs: number[] = [];
    for (let x = 1; x <= 30; x++) xs.push(...sampler.extend(p(x, 0)).map((d) => d.x));
    expect(xs.map((x) => Math.round(x * 1000) / 1000)).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
  });

  it('shrinks dabs with pen pressure', () => {
    const sampler = new StrokeSampler(100);
    sampler.begin(p(0, 0, 0.5));
    const dabs = sampler.extend(p(100, 0, 0.5));
    expect(dabs.every((d) => d.size === 50)).toBe(true);
    expect(dabs[0]?.x).toBeCloseTo(7.5);
  });

  it('ignores repeated points', () => {
    const sampler = new StrokeSampler(10);
    sampler.begin(p(1, 1));
    expect(sampler.extend(p(1, 1))).toEqual([]);
  });
});
