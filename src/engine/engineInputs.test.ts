import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PicpikRequest } from '../core/backend';
import { createMask } from './algorithms/raster';
import { photoScene, rectMask } from './algorithms/testScenes';
import { dataUri, pngBomb, svgBomb } from './testing/imageBombs';
import { maskDataUri, pngDataUri, startLocalStudio } from './testing/engineHarness';

// Straight into the engine, past the schema's own checks: what an archived task from before
// those checks, or a future schema mistake, would hand it.
let studio: ReturnType<typeof startLocalStudio>;
beforeAll(() => {
  studio = startLocalStudio();
});
afterAll(() => studio.close());

const MAIN = { ModelCode: 'PICPIK General' };
const INPUT_ERROR = 4001;

async function runDirect(request: Record<string, unknown>) {
  const answer = await studio.engine.handle(request as PicpikRequest);
  expect(answer.body).toMatchObject({ RetCode: 0, TaskUID: expect.any(String) });
  return studio.waitForTask(answer.body.TaskUID as string);
}

describe('the engine refuses image bombs before decoding them', () => {
  it('a 31 KB PNG declaring 16000 × 16000 as RawImage: a user error naming the size and the limit', async () => {
    const detail = await runDirect({ Action: 'RemoveBackground', RawImage: dataUri(pngBomb(16000, 16000)) });
    expect(detail).toMatchObject({ Status: 'Error', ErrorCode: INPUT_ERROR });
    expect(detail.ErrorMassage).toBe(
      'RawImage is 16000 × 16000 px (256.0 MP); the local engine decodes at most 16.8 MP (4096 × 4096): send it scaled down',
    );
  });

  it('a mask bomb names its list entry and the field pointing at it', async () => {
    const detail = await runDirect({
      Action: 'ModifyMaskedPixels', MainModel: MAIN, Width: 64, Height: 64, Masked: { ImageIndex: 0, MaskIndex: 1 },
      ImageAndMaskList: [await pngDataUri(photoScene(64, 64)), dataUri(pngBomb(9000, 9000))],
    });
    expect(detail).toMatchObject({ Status: 'Error', ErrorCode: INPUT_ERROR });
    expect(detail.ErrorMassage).toMatch(/^ImageAndMaskList\[1\] \(Masked\.MaskIndex\) is 9000 × 9000 px/);
  });

  it('an SVG (whatever its data-URI label says) is never handed to a decoder', async () => {
    const detail = await runDirect({ Action: 'RemoveBackground', RawImage: dataUri(svgBomb(16000, 16000), 'image/png') });
    expect(detail).toMatchObject({ Status: 'Error', ErrorCode: INPUT_ERROR, ErrorMassage: 'RawImage is not a PNG, JPEG or WEBP image' });
  });
});

describe('inpainting with nothing to fill from', () => {
  const size = 64;
  const picture = () => pngDataUri(photoScene(size, size));
  const request = async (mask: ReturnType<typeof createMask>, masked: Record<string, unknown>) => ({
    Action: 'ModifyMaskedPixels', MainModel: MAIN, Seed: 1, Width: size, Height: size,
    Masked: { ImageIndex: 0, MaskIndex: 1, ...masked }, ImageAndMaskList: [await picture(), await maskDataUri(mask)],
  });

  it('a mask over the whole picture is a user error with advice, not an engine failure', async () => {
    const answer = await studio.call(await request(createMask(size, size, 255), {}));
    const detail = await studio.waitForTask(answer.TaskUID as string);
    expect(detail).toMatchObject({ Status: 'Error', ErrorCode: INPUT_ERROR });
    expect(detail.ErrorMassage).toBe('The mask covers the whole picture, so there is nothing to fill from: paint only what should change, or add an Image2Image reference to fill from');
  });

  it('with Invert mask on, the advice is to turn it off', async () => {
    const answer = await studio.call(await request(createMask(size, size, 0), { InvertMask: true }));
    const detail = await studio.waitForTask(answer.TaskUID as string);
    expect(detail).toMatchObject({ Status: 'Error', ErrorCode: INPUT_ERROR });
    expect(detail.ErrorMassage).toBe('The mask covers the whole picture, so there is nothing to fill from: paint only what should change, or turn off Invert mask');
  });

  it('a partial mask still inpaints', async () => {
    const answer = await studio.call(await request(rectMask(size, size, 10, 10, 30, 30), {}));
    expect(await studio.waitForTask(answer.TaskUID as string)).toMatchObject({ Status: 'Finished' });
  });
});
