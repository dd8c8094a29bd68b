import { GENERATION_RANGES } from '../../../picpik/generationFields';

/** −1 asks PICPIK for a random seed. */
export const RANDOM_SEED = GENERATION_RANGES.Seed.min;

/** A concrete seed, 0 … the largest documented seed, so a result can be reproduced. */
export function randomConcreteSeed(random: () => number = Math.random): number {
  const max = GENERATION_RANGES.Seed.max;
  return Math.min(max, Math.floor(random() * (max + 1)));
}
