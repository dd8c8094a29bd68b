import { describe, expect, it } from 'vitest';
import { GENERATION_RANGES } from '../../../picpik/generationFields';
import { RANDOM_SEED, randomConcreteSeed } from './randomSeed';

describe('randomConcreteSeed', () => {
  it('stays within 0 and the largest documented seed', () => {
    expect(randomConcreteSeed(() => 0)).toBe(0);
    expect(randomConcreteSeed(() => 0.9999999999999999)).toBe(GENERATION_RANGES.Seed.max);
    const seed = randomConcreteSeed();
    expect(Number.isInteger(seed) && seed >= 0).toBe(true);
  });

  it('never answers the random marker', () => {
    expect(RANDOM_SEED).toBe(-1);
    expect(randomConcreteSeed(() => 0)).not.toBe(RANDOM_SEED);
  });
});
