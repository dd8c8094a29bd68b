import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRaster, type Raster } from './algorithms/raster';
import { photoScene, rectMask } from './algorithms/testScenes';
import { maskDataUri, pngDataUri, startLocalStudio } from './testing/engineHarness';

let studio: ReturnType<typeof startLocalStudio>;
beforeAll(() => {
  studio = startLocalStudio();
});
afterAll(() => studio.close());

const MAIN = { ModelCode: 'PICPIK General' };

async function firstImage(body: Record<string, unknown>): Promise<Raster> {
  const answer = await studio.call(body);
  const detail = await studio.waitForTask(answer.TaskUID as string);
  expect(detail.Status).toBe('Finished');
  return studio.fetchImage((detail.ImgList as string[])[0]!);
}

function differingPixels(a: Raster, b: Raster): number {
  let n = 0;
  for (let p = 0; p < a.width * a.height; p++) if ([0, 1, 2].some((c) => a.data[p * 4 + c] !== b.data[p * 4 + c])) n++;
  return n;
}

describe('local engine parameters have real effects', () => {
  it('outpaints the transparent area of an extended canvas: every pixel comes out opaque', async () => {
    const picture = photoScene(96, 96, 4);
    const canvas = createRaster(144, 96);
    for (let y = 0; y < 96; y++) canvas.data.set(picture.data.subarray(y * 96 * 4, (y + 1) * 96 * 4), (y * 144 + 24) * 4);
    const mask = rectMask(144, 96, 0, 0, 24, 96);
    mask.data.set(rectMask(144, 96, 120, 0, 144, 96).data.map((v, i) => v || mask.data[i]!));
    const out = await firstImage({
      Action: 'ModifyMaskedPixels', MainModel: MAIN, Seed: 1, Width: 144, Height: 96,
      Masked: { ImageIndex: 0, MaskIndex: 1, MaskBlur: 6 }, ImageAndMaskList: [await pngDataUri(canvas), await maskDataUri(mask)],
    });
    for (let p = 0; p < 144 * 96; p++) expect(out.data[p * 4 + 3]).toBe(255);
  });

  it('a ControlNet canny unit draws the control image structure, scaled by its weight', async () => {
    const control = createRaster(128, 128, [255, 255, 255, 255]);
    for (let y = 32; y < 96; y++) for (let x = 32; x < 96; x++) control.data.set([0, 0, 0, 255], (y * 128 + x) * 4);
    const base = { Action: 'GenerateImages', MainModel: MAIN, Seed: 9, Width: 128, Height: 128, ImageAndMaskList: [await pngDataUri(control)] };
    const unit = (weight: number) => ({
      ImageIndex: 0,
      PreProcessor: { ModelCode: 'canny', InferenceParams: { Resolution: 128 } },
      ControlModel: { ModelCode: 'control_v11p_sd15_canny', InferenceParams: { ControlWeight: weight } },
    });
    const plain = await firstImage(base);
    const weak = await firstImage({ ...base, ControlNetList: [unit(0.3)] });
    const strong = await firstImage({ ...base, ControlNetList: [unit(2)] });
    const edgeBand = (x: number, y: number) => Math.min(Math.abs(x - 32), Math.abs(x - 95), Math.abs(y - 32), Math.abs(y - 95)) <= 2 && x >= 29 && x <= 98 && y >= 29 && y <= 98;
    let darker = 0;
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        const p = (y * 128 + x) * 4;
        if (!edgeBand(x, y)) {
          expect(strong.data[p]).toBe(plain.data[p]);
        } else if (strong.data[p]! < weak.data[p]! && weak.data[p]! <= plain.data[p]!) darker++;
      }
    }
    expect(darker).toBeGreaterThan(100);
  });

  it('a LoRA sub-model grades the picture by LoraWeight; weight 0 changes nothing', async () => {
    const base = { Action: 'GenerateImages', MainModel: MAIN, Seed: 5, Width: 64, Height: 64, PositivePrompts: ['grey stone'] };
    const lora = (weight: number) => [{ ModelCode: 'warm_light', InferenceParams: { LoraWeight: weight } }];
    const plain = await firstImage(base);
    const zero = await firstImage({ ...base, SubModelList: lora(0) });
    const warm = await firstImage({ ...base, SubModelList: lora(1.5) });
    expect(differingPixels(plain, zero)).toBe(0);
    let redder = 0;
    for (let p = 0; p < 64 * 64; p++) if (warm.data[p * 4]! - warm.data[p * 4 + 2]! > plain.data[p * 4]! - plain.data[p * 4 + 2]!) redder++;
    expect(redder).toBeGreaterThan(64 * 64 * 0.8);
  });

  it('Image2Image ReferStrength 1 reproduces the reference', async () => {
    const reference = photoScene(64, 64, 8);
    const out = await firstImage({ Action: 'GenerateImages', MainModel: MAIN, Seed: 2, Width: 64, Height: 64, Image2Image: { ImageIndex: 0, ReferStrength: 1 }, ImageAndMaskList: [await pngDataUri(reference)] });
    expect(differingPixels(out, reference)).toBe(0);
  });
});
