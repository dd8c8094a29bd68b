import { describe, expect, it } from 'vitest';
import { generationSize, regionSentence } from './generationSize';

describe('generationSize', () => {
  it('scales a small region up to the chosen long side (Auto = 1024), in multiples of 8', () => {
    const size = generationSize({ width: 412, height: 300 }, 'auto');
    expect(size).toEqual({ width: 1024, height: 744 });
    expect(regionSentence({ width: 412, height: 300 }, size)).toBe('Region 412 × 300 → generated at 1024 × 744');
    expect(generationSize({ width: 300, height: 412 }, 768)).toEqual({ width: 560, height: 768 });
    expect(generationSize({ width: 100, height: 100 }, 2048)).toEqual({ width: 2048, height: 2048 });
  });

  it('keeps a region between the chosen size and 2560 at its own size', () => {
    expect(generationSize({ width: 1600, height: 1200 }, 'auto')).toEqual({ width: 1600, height: 1200 });
    expect(generationSize({ width: 1601, height: 1203 }, 'auto')).toEqual({ width: 1600, height: 1200 });
  });

  it('scales a large region down to fit 2560', () => {
    expect(generationSize({ width: 6000, height: 4000 }, 'auto')).toEqual({ width: 2560, height: 1704 });
    expect(generationSize({ width: 6000, height: 4000 }, 'region')).toEqual({ width: 2560, height: 1704 });
  });

  it('"region size" sends the region as it is, rounded to 8', () => {
    expect(generationSize({ width: 412, height: 300 }, 'region')).toEqual({ width: 416, height: 304 });
  });

  it('keeps every side in 64–2560 whatever the shape', () => {
    for (const region of [{ width: 3, height: 3 }, { width: 5000, height: 40 }, { width: 16384, height: 64 }, { width: 64, height: 16384 }]) {
      for (const resolution of ['auto', 512, 'region'] as const) {
        const { width, height } = generationSize(region, resolution);
        for (const side of [width, height]) {
          expect(side % 8).toBe(0);
          expect(side).toBeGreaterThanOrEqual(64);
          expect(side).toBeLessThanOrEqual(2560);
        }
      }
    }
  });
});
