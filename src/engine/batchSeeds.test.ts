import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantSeeds } from './actions/seeds';
import { photoScene, rectMask } from './algorithms/testScenes';
import { maskDataUri, pngDataUri, startLocalStudio } from './testing/engineHarness';

const MAIN = { ModelCode: 'PICPIK General' };
let studio: ReturnType<typeof startLocalStudio>;
beforeAll(() => {
  studio = startLocalStudio();
});
afterAll(() => studio.close());

async function run(body: Record<string, unknown>) {
  const answer = await studio.call(body);
  const detail = await studio.waitForTask(answer.TaskUID as string);
  expect(detail).toMatchObject({ Status: 'Finished', ErrorCode: 0 });
  const images = await Promise.all((detail.ImgList as string[]).map((url) => studio.fetchImage(url)));
  return { detail, images };
}

describe('batch variants: variant i uses Seed + i, reported, and reproducible alone', () => {
  it('variantSeeds counts up from the seed and wraps at the largest seed', () => {
    expect(variantSeeds(41, 3)).toEqual([41, 42, 43]);
    expect(variantSeeds(2147483647, 2)).toEqual([2147483647, 0]);
  });

  it('GenerateImages: SeedList names each image, and that seed alone gives the same picture', async () => {
    const body = { Action: 'GenerateImages', MainModel: MAIN, PositivePrompts: ['green hills'], Width: 96, Height: 64 };
    const batch = await run({ ...body, Seed: 500, BatchSize: 3 });
    expect(batch.detail).toMatchObject({ Seed: 500, SeedList: [500, 501, 502] });
    const alone = await run({ ...body, Seed: 502, BatchSize: 1 });
    expect(alone.detail).toMatchObject({ Seed: 502, SeedList: [502] });
    expect(alone.images[0]!.data).toEqual(batch.images[2]!.data);
    expect(alone.images[0]!.data).not.toEqual(batch.images[0]!.data);
  });

  it('ModifyMaskedPixels: the second variant is reproduced by its own seed', async () => {
    const scene = photoScene(128, 96, 4);
    const body = {
      Action: 'ModifyMaskedPixels', MainModel: MAIN, Width: 128, Height: 96,
      Masked: { ImageIndex: 0, MaskIndex: 1, MaskBlur: 2 },
      ImageAndMaskList: [await pngDataUri(scene), await maskDataUri(rectMask(128, 96, 40, 30, 90, 70))],
    };
    const batch = await run({ ...body, Seed: 77, BatchSize: 2 });
    expect(batch.detail.SeedList).toEqual([77, 78]);
    const alone = await run({ ...body, Seed: 78, BatchSize: 1 });
    expect(alone.images[0]!.data).toEqual(batch.images[1]!.data);
  });
});
