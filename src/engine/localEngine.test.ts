import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectOnBackdrop, photoScene, rectMask, localVariance } from './algorithms/testScenes';
import { cutout } from './algorithms/foreground';
import type { Raster } from './algorithms/raster';
import { pngHeaderBase64 } from '../picpik/testFixtures';
import { maskDataUri, pngDataUri, startLocalStudio } from './testing/engineHarness';

const W = 192;
const H = 128;
let studio: ReturnType<typeof startLocalStudio>;
let scene: Raster;
let sceneUri: string;
const MAIN = { ModelCode: 'PICPIK General' };

beforeAll(async () => {
  studio = startLocalStudio();
  scene = photoScene(W, H, 3);
  sceneUri = await pngDataUri(scene);
});
afterAll(() => studio.close());

async function generate(body: Record<string, unknown>) {
  const answer = await studio.call(body);
  expect(answer).toMatchObject({ RetCode: 0, TaskUID: expect.any(String) });
  const detail = await studio.waitForTask(answer.TaskUID as string);
  expect(detail).toMatchObject({ Status: 'Finished', ErrorCode: 0, ConsumeApiPoint: 0 });
  const images = await Promise.all((detail.ImgList as string[]).map((url) => studio.fetchImage(url)));
  return { detail, images };
}

function pixelEqual(a: Raster, b: Raster, p: number): boolean {
  return [0, 1, 2, 3].every((c) => a.data[p * 4 + c] === b.data[p * 4 + c]);
}

describe('local engine through /api/picpik', () => {
  it('ModifyMaskedPixels fills the mask and keeps every pixel beyond the blur radius', async () => {
    const mask = rectMask(W, H, 70, 40, 120, 90);
    const { detail, images } = await generate({
      Action: 'ModifyMaskedPixels', MainModel: MAIN, Seed: 11, Width: W, Height: H,
      Masked: { ImageIndex: 0, MaskIndex: 1, MaskBlur: 4 },
      ImageAndMaskList: [sceneUri, await maskDataUri(mask)],
    });
    expect(detail.Seed).toBe(11);
    const [out] = images;
    expect(out).toMatchObject({ width: W, height: H });
    let changedInside = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const p = y * W + x;
        const far = x < 70 - 5 || x >= 120 + 5 || y < 40 - 5 || y >= 90 + 5;
        if (far) expect(pixelEqual(out!, scene, p)).toBe(true);
        else if (mask.data[p] && !pixelEqual(out!, scene, p)) changedInside++;
      }
    }
    expect(changedInside).toBeGreaterThan(50 * 50 * 0.5);
    expect(localVariance(out!, (p) => mask.data[p]! > 0)).toBeGreaterThan(5);
  });

  it('GenerateImages honours size and batch, and the same seed gives the same bytes', async () => {
    const body = { Action: 'GenerateImages', MainModel: MAIN, PositivePrompts: ['blue sky'], Seed: 7, Width: 96, Height: 64, BatchSize: 2 };
    const first = await generate(body);
    const second = await generate(body);
    expect(first.images).toHaveLength(2);
    expect(first.images[0]).toMatchObject({ width: 96, height: 64 });
    expect(first.detail.ImgList).toEqual(second.detail.ImgList);
    expect(first.images[0]!.data).not.toEqual(first.images[1]!.data);
  });

  it('Seed -1 picks a seed and reports it', async () => {
    const { detail } = await generate({ Action: 'GenerateImages', MainModel: MAIN, Seed: -1, Width: 64, Height: 64 });
    expect(detail.Seed).toBeGreaterThanOrEqual(0);
  });

  it('GenerateBackgrounds keeps the opaque foreground pixels', async () => {
    const { image, truth } = objectOnBackdrop(W, H, 5);
    const fg = cutout(image, { width: W, height: H, data: truth.data.map((v) => (v >= 128 ? 255 : 0)) });
    const { images } = await generate({
      Action: 'GenerateBackgrounds', MainModel: MAIN, PositivePrompts: ['green forest'], Seed: 4,
      TransparentForeground: { ImageIndex: 0 }, ImageList: [await pngDataUri(fg)],
    });
    const out = images[0]!;
    expect(out).toMatchObject({ width: W, height: H });
    let opaque = 0;
    for (let p = 0; p < W * H; p++) {
      if (fg.data[p * 4 + 3] !== 255) continue;
      opaque++;
      expect([0, 1, 2].every((c) => out.data[p * 4 + c] === fg.data[p * 4 + c])).toBe(true);
    }
    expect(opaque).toBeGreaterThan(500);
  });

  it('ApplyReferencePattern changes only the masked region', async () => {
    const mask = rectMask(W, H, 20, 20, 100, 100);
    const pattern = photoScene(32, 32, 9);
    const { images } = await generate({
      Action: 'ApplyReferencePattern', MainModel: MAIN, Seed: 2, RawImageIndex: 0, MaskIndex: 1, PatternImageIndex: 2,
      PatternReferStrength: 0.8, ImageAndMaskList: [sceneUri, await maskDataUri(mask), await pngDataUri(pattern)],
    });
    const out = images[0]!;
    let changed = 0;
    for (let p = 0; p < W * H; p++) {
      if (!mask.data[p]) expect(pixelEqual(out, scene, p)).toBe(true);
      else if (!pixelEqual(out, scene, p)) changed++;
    }
    expect(changed).toBeGreaterThan(80 * 80 * 0.5);
  });

  it('GenerateTxt2Img answers with the legacy fields and a canny preset', async () => {
    const { images } = await generate({
      Action: 'GenerateTxt2Img', ModelType: 'combined_model', MainModelId: 1, BatchSize: 1, Steps: 20, CfgScale: 7.5, Seed: 5,
      Sampler: 'Euler', Width: 80, Height: 48, ClipSkip: 1, TranslatePrompt: false, PositivePrompts: ['sunset'],
      EnableControlNet: true, ControlNetParams: [{ ControlPreSetId: 4, ControlWeight: 1.5, ControlNetImg: sceneUri }],
    });
    expect(images[0]).toMatchObject({ width: 80, height: 48 });
  });

  it('RemoveBackground returns a cut-out with alpha, or the mask with OnlyMask', async () => {
    const { image } = objectOnBackdrop(W, H, 6);
    const uri = await pngDataUri(image);
    const cut = (await generate({ Action: 'RemoveBackground', RawImage: uri })).images[0]!;
    const alphas = new Set<number>();
    for (let p = 0; p < W * H; p++) alphas.add(cut.data[p * 4 + 3]!);
    expect(alphas.has(0) && alphas.has(255)).toBe(true);
    const mask = (await generate({ Action: 'RemoveBackground', RawImage: uri, OnlyMask: true })).images[0]!;
    expect(mask.data[3]).toBe(255);
  });
});

describe('local engine task lifecycle', () => {
  it('lists a running task and cancels it with TerminateTask', async () => {
    const big = photoScene(1024, 1024, 1);
    const answer = await studio.call({
      Action: 'ModifyMaskedPixels', MainModel: MAIN, Seed: 1, BatchSize: 16,
      Masked: { ImageIndex: 0, MaskIndex: 1 }, ImageAndMaskList: [await pngDataUri(big), await maskDataUri(rectMask(1024, 1024, 100, 100, 900, 900))],
    });
    const taskUid = answer.TaskUID as string;
    const running = await studio.call({ Action: 'ListRunningTasks' });
    expect(running.TaskUIDList).toContain(taskUid);
    expect(await studio.call({ Action: 'TerminateTask', TaskUID: taskUid })).toMatchObject({ RetCode: 0 });
    const detail = await studio.waitForTask(taskUid);
    expect(detail).toMatchObject({ Status: 'Cancelled', ImgList: [] });
    expect((await studio.call({ Action: 'ListRunningTasks' })).TaskUIDList).not.toContain(taskUid);
    expect((await studio.call({ Action: 'TerminateTask', TaskUID: taskUid })).RetCode).not.toBe(0);
  });

  it('refuses models that are not in its catalog, naming them', async () => {
    const answer = await studio.call({ Action: 'GenerateImages', MainModel: { ModelCode: 'SDXL Turbo' } });
    expect(answer.RetCode).not.toBe(0);
    expect(answer.Message).toMatch(/SDXL Turbo.*PICPIK General/);
  });

  it('reports an undecodable image as the task error', async () => {
    // A real PNG header passes the boundary's header check; the pixel data after it is missing.
    const answer = await studio.call({
      Action: 'ModifyMaskedPixels', MainModel: MAIN, Masked: { ImageIndex: 0, MaskIndex: 1 },
      ImageAndMaskList: [`data:image/png;base64,${pngHeaderBase64(64, 64)}`, sceneUri],
    });
    const detail = await studio.waitForTask(answer.TaskUID as string);
    expect(detail.Status).toBe('Error');
    expect(detail.ErrorMassage).toMatch(/ImageAndMaskList\[0\].*cannot be decoded|not an image/);
  });

  it('answers ListModels and ListControlNets from its catalog', async () => {
    const models = await studio.call({ Action: 'ListModels' });
    expect(Object.keys(models.MainModels as object)).toContain('PICPIK General');
    expect(Object.keys(models.LoraModels as object).length).toBeGreaterThan(0);
    const nets = await studio.call({ Action: 'ListControlNets' });
    expect(Object.keys(nets.PreProcessors as object)).toContain('canny');
  });
});
