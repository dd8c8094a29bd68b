import { describe, expect, it } from 'vitest';
import { NO_SOURCE, distanceTransform, squaredDistances } from './distanceTransform';

/** Squared distance to the nearest source by trying every pair. */
function bruteForce(width: number, height: number, sources: boolean[]): number[] {
  return Array.from({ length: width * height }, (_, i) => {
    let best = Infinity;
    for (let j = 0; j < sources.length; j++) {
      if (!sources[j]) continue;
      const dx = (i % width) - (j % width);
      const dy = Math.floor(i / width) - Math.floor(j / width);
      best = Math.min(best, dx * dx + dy * dy);
    }
    return best;
  });
}

describe('distance transform', () => {
  it('squaredDistances matches a brute-force search exactly', () => {
    const width = 37;
    const height = 23;
    const sources = Array.from({ length: width * height }, (_, i) => (i * 7919) % 41 === 0);
    expect(Array.from(squaredDistances(width, height, (i) => sources[i]!))).toEqual(bruteForce(width, height, sources));
  });

  it('distanceTransform gives the Euclidean distance, on tall and wide pictures', () => {
    for (const [width, height] of [[23, 17], [9, 40]] as const) {
      const sources = Array.from({ length: width * height }, (_, i) => (i * 104729) % 23 === 0);
      const d = distanceTransform(Uint8Array.from(sources, (s) => (s ? 1 : 0)), width, height);
      const want = bruteForce(width, height, sources);
      for (let i = 0; i < d.length; i++) expect(d[i]!).toBeCloseTo(Math.sqrt(want[i]!), 5);
    }
  });

  it('says when there is no source at all', () => {
    expect(distanceTransform(new Uint8Array(9), 3, 3).every((v) => v === Infinity)).toBe(true);
    expect(squaredDistances(4, 2, () => false).every((v) => v >= NO_SOURCE)).toBe(true);
  });
});
