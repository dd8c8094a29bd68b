import { describe, expect, it } from 'vitest';
import type { TaskDetail } from '../../picpik/queries';
import { reuseSeedLabel, reuseSeedPatch, variantRelation, variantSeed, variantSeedLabel } from './variantSeeds';

const local: TaskDetail = { TaskUID: 't', Seed: 500, SeedList: [500, 501, 502], ImgList: ['a', 'b', 'c'] };
const picpik: TaskDetail = { TaskUID: 't', Seed: 777, ImgList: ['a', 'b', 'c'] };

describe('variant seeds', () => {
  it('local engine: each variant has its own reported seed, and reusing it reproduces that variant', () => {
    const second = variantSeed(local, 1);
    expect(second).toEqual({ kind: 'own', seed: 501, runSeed: 500, index: 1, count: 3 });
    expect(variantSeedLabel(second)).toBe('seed 501');
    expect(reuseSeedPatch(second)).toEqual({ seed: 501 });
    expect(reuseSeedLabel(second)).toBe('Reuse seed 501');
    expect(variantRelation(second)).toContain('500 + 1 = 501');
  });

  it('PICPIK: one seed for the run; reusing it repeats the run with the same batch size', () => {
    const second = variantSeed(picpik, 1);
    expect(second).toEqual({ kind: 'run', runSeed: 777, index: 1, count: 3 });
    expect(reuseSeedPatch(second)).toEqual({ seed: 777, batchSize: 3 });
    expect(reuseSeedLabel(second)).toBe('Reuse seed 777 × 3');
    expect(variantRelation(second)).toMatch(/one seed \(777\) for the run of 3.*variant 2/);
  });

  it('a seed list that does not match the images is not trusted; no seed means no reuse', () => {
    expect(variantSeed({ ...local, SeedList: [500] }, 1).kind).toBe('run');
    expect(reuseSeedPatch(variantSeed({ TaskUID: 't', ImgList: ['a'] }, 0))).toBeUndefined();
  });
});
