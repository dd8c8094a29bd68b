import { randomInt } from 'node:crypto';

export const MAX_SEED = 2147483647;

/** PICPIK's Seed: -1 (or absent) picks one; the seed used is reported back. */
export function resolveSeed(seed: unknown): number {
  return typeof seed === 'number' && seed >= 0 ? seed : randomInt(0, MAX_SEED);
}

/** Batch item i uses seed + i, so every image of a batch can be reproduced alone. */
export function batchSeed(seed: number, index: number): number {
  return (seed + index) % (MAX_SEED + 1);
}

/** The seed of every image of a batch of `count`, in order: what ListTasksDetails reports as SeedList. */
export function variantSeeds(seed: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => batchSeed(seed, index));
}
