import type { TaskDetail } from '../../picpik/queries';
import type { StudioParams } from '../request/studioParams';

/**
 * What is known about the seed of one variant of a run. The local engine reports each image's
 * seed (SeedList: image i used Seed + i), so a variant is reproduced alone by its own seed.
 * PICPIK reports one Seed per task: a variant is reproduced by running the same seed with the
 * same batch size again, and it comes out at the same position.
 */
export type VariantSeed =
  | { kind: 'own'; seed: number; runSeed: number; index: number; count: number }
  | { kind: 'run'; runSeed: number; index: number; count: number }
  | { kind: 'unknown' };

function seedList(detail: TaskDetail): number[] | undefined {
  const list = (detail as { SeedList?: unknown }).SeedList;
  const count = detail.ImgList?.length ?? 0;
  return Array.isArray(list) && list.length === count && list.every((seed) => Number.isInteger(seed)) ? (list as number[]) : undefined;
}

export function variantSeed(detail: TaskDetail | undefined, index: number): VariantSeed {
  if (!detail || typeof detail.Seed !== 'number') return { kind: 'unknown' };
  const count = detail.ImgList?.length ?? 0;
  const own = seedList(detail)?.[index];
  if (own !== undefined) return { kind: 'own', seed: own, runSeed: detail.Seed, index, count };
  return { kind: 'run', runSeed: detail.Seed, index, count };
}

/** The short label under a thumbnail and in the viewer. */
export function variantSeedLabel(variant: VariantSeed): string {
  if (variant.kind === 'own') return `seed ${variant.seed}`;
  if (variant.kind === 'run') return variant.count > 1 ? `run seed ${variant.runSeed}` : `seed ${variant.runSeed}`;
  return 'seed unknown';
}

/** How the variants of a run relate to its seed, in a sentence. */
export function variantRelation(variant: VariantSeed): string {
  if (variant.kind === 'own') return variant.count > 1 ? `Variant ${variant.index + 1} of ${variant.count} used seed ${variant.runSeed} + ${variant.index} = ${variant.seed}; its seed alone reproduces it.` : `Seed ${variant.seed} reproduces it.`;
  if (variant.kind === 'run') {
    return variant.count > 1
      ? `PICPIK reports one seed (${variant.runSeed}) for the run of ${variant.count}; the same seed with batch size ${variant.count} makes this one again as variant ${variant.index + 1}.`
      : `Seed ${variant.runSeed} reproduces it.`;
  }
  return 'The seed of this result was not reported.';
}

/** The form change that reproduces the variant shown; undefined when the seed is unknown. */
export function reuseSeedPatch(variant: VariantSeed): Partial<StudioParams> | undefined {
  if (variant.kind === 'own') return { seed: variant.seed };
  if (variant.kind === 'run') return variant.count > 1 ? { seed: variant.runSeed, batchSize: variant.count } : { seed: variant.runSeed };
  return undefined;
}

/** What the button says. */
export function reuseSeedLabel(variant: VariantSeed): string | undefined {
  if (variant.kind === 'own') return `Reuse seed ${variant.seed}`;
  if (variant.kind === 'run') return variant.count > 1 ? `Reuse seed ${variant.runSeed} × ${variant.count}` : `Reuse seed ${variant.runSeed}`;
  return undefined;
}
