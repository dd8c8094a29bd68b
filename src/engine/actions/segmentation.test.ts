import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRaster, createRng } from '../algorithms/raster';
import type { Raster } from '../algorithms/raster';
import { pngDataUri, startLocalStudio } from '../testing/engineHarness';

// Two products on a mottled backdrop: a red disc on the left, a blue square on the right.
const W = 200, H = 120;
const inDisc = (x: number, y: number): boolean => (x - 50) ** 2 + (y - 60) ** 2 < 30 ** 2;
const inSquare = (x: number, y: number): boolean => x >= 120 && x < 170 && y >= 35 && y < 85;

function twoProducts(): Raster {
  const img = createRaster(W, H, [0, 0, 0, 255]);
  const rng = createRng(3);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const n = (rng() - 0.5) * 30;
    const rgb = inDisc(x, y) ? [200 + n / 3, 40, 40] : inSquare(x, y) ? [40, 60, 200 + n / 3] : [150 + n, 140 + n, 120 + n];
    img.data.set(rgb, (y * W + x) * 4);
  }
  return img;
}

let studio: ReturnType<typeof startLocalStudio>;
let uri: string;
beforeAll(async () => {
  studio = startLocalStudio();
  uri = await pngDataUri(twoProducts());
});
afterAll(() => studio.close());

async function run(body: Record<string, unknown>): Promise<Raster> {
  const answer = await studio.call(body);
  expect(answer).toMatchObject({ RetCode: 0 });
  const detail = await studio.waitForTask(answer.TaskUID as string);
  expect(detail).toMatchObject({ Status: 'Finished', ErrorCode: 0 });
  return studio.fetchImage((detail.ImgList as string[])[0]!);
}

/** Share of `inside` pixels with alpha ≥ 128, and of the others with alpha < 128. */
function agreement(alphaAt: (p: number) => number, inside: (x: number, y: number) => boolean): { hit: number; clean: number } {
  let inN = 0, inOn = 0, outN = 0, outOff = 0;
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const on = alphaAt(y * W + x) >= 128;
    if (inside(x, y)) { inN++; if (on) inOn++; } else { outN++; if (!on) outOff++; }
  }
  return { hit: inOn / inN, clean: outOff / outN };
}

describe('RemoveBackground / ExtractContents in the local engine', () => {
  it('ExtractContents selects the product under the include point, in RawImage pixels', async () => {
    const square = await run({ Action: 'ExtractContents', RawImage: uri, IncludePointList: [{ X: 145, Y: 60 }], OnlyMask: true });
    expect(agreement((p) => square.data[p * 4]!, inSquare).hit).toBeGreaterThan(0.97);
    expect(agreement((p) => square.data[p * 4]!, inSquare).clean).toBeGreaterThan(0.99);
    const disc = await run({ Action: 'ExtractContents', RawImage: uri, IncludePointList: [{ X: 50, Y: 60 }], ExcludePointList: [{ X: 145, Y: 60 }], OnlyMask: true });
    expect(agreement((p) => disc.data[p * 4]!, inDisc).hit).toBeGreaterThan(0.97);
    expect(agreement((p) => disc.data[p * 4]!, inDisc).clean).toBeGreaterThan(0.99);
  });

  it('RemoveBackground with a Box cuts out only what the box holds; OnlyMask is that alpha as an opaque grey picture', async () => {
    const body = { Action: 'RemoveBackground', RawImage: uri, Box: [10, 20, 95, 100] };
    const cut = await run(body);
    expect(cut).toMatchObject({ width: W, height: H });
    const alphaAt = (p: number): number => cut.data[p * 4 + 3]!;
    expect(agreement(alphaAt, inDisc).hit).toBeGreaterThan(0.97);
    expect(agreement(alphaAt, inDisc).clean).toBeGreaterThan(0.99);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (x >= 95 || y < 20 || y >= 100 || x < 10) expect(alphaAt(y * W + x)).toBe(0);
    const mask = await run({ ...body, OnlyMask: true });
    for (let p = 0; p < W * H; p++) {
      expect(mask.data[p * 4 + 3]).toBe(255);
      expect(mask.data[p * 4]).toBe(mask.data[p * 4 + 1]);
      expect(mask.data[p * 4]).toBe(alphaAt(p));
    }
  });

  it('refuses points and boxes outside RawImage, naming the field and the allowed range', async () => {
    const point = await studio.call({ Action: 'ExtractContents', RawImage: uri, IncludePointList: [{ X: 10, Y: 10 }, { X: 200, Y: 10 }] });
    const pointDetail = await studio.waitForTask(point.TaskUID as string);
    expect(pointDetail.Status).toBe('Error');
    expect(pointDetail.ErrorMassage).toMatch(/IncludePointList\[1\].*X must be 0–199 and Y 0–119/);
    const box = await studio.call({ Action: 'RemoveBackground', RawImage: uri, Box: [0, 0, 201, 50] });
    const boxDetail = await studio.waitForTask(box.TaskUID as string);
    expect(boxDetail.Status).toBe('Error');
    expect(boxDetail.ErrorMassage).toMatch(/Box \[0, 0, 201, 50\].*x1 < x2 ≤ 200 and y1 < y2 ≤ 120/);
  });
});
