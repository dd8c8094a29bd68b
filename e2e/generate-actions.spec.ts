import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { FIXTURES } from './pages/canvasPage';
import { decodeDataUri, inRequest, StudioPage } from './pages/studioPage';

test('generate images: prompt and batch go out, two results come back, the seed is reusable', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.tab('Generate Images').click();
  await studio.setPrompt('blue sky over the sea');
  await page.getByRole('spinbutton', { name: 'Batch size' }).fill('2');
  const body = await studio.generate('GenerateImages');
  expect(body).toMatchObject({ Action: 'GenerateImages', PositivePrompts: ['blue sky over the sea'], BatchSize: 2, Width: 1024, Height: 1024, Tileable: false });
  expect(body).not.toHaveProperty('ImageAndMaskList');
  await studio.waitForResults(2);
  const viewer = await studio.openResult(2);
  // The blank canvas's "Open an image" card does not cover the result shown on it.
  await expect(page.getByText('Open an image or drop one here')).toBeHidden();
  const reuse = viewer.getByRole('button', { name: /^Reuse seed \d+$/ });
  const seed = Number((await reuse.textContent())!.replace(/\D/g, ''));
  await reuse.click();
  await viewer.getByRole('button', { name: 'Use as base image' }).click();

  // Iterate: start from the result (Image2Image from the canvas) with its seed.
  await page.getByRole('switch', { name: 'Image2Image' }).click();
  const again = await studio.generate('GenerateImages');
  expect(again).toMatchObject({ Seed: seed, Image2Image: { ImageIndex: 0, ReferStrength: 0.5 } });
  expect((again.ImageAndMaskList as string[]).length).toBe(1);
  await studio.waitForResults(2);
});

test('generate backgrounds: the foreground layer goes out with its alpha; the result can be placed as a layer', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.addForeground(FIXTURES.foreground);
  await studio.tab('Generate Backgrounds').click();
  await studio.setPrompt('green forest');
  const body = await studio.generate('GenerateBackgrounds');
  expect(body).toMatchObject({ Action: 'GenerateBackgrounds', TransparentForeground: { ImageIndex: 0, ResizeMode: 'ResizeAndFill' } });
  expect(body).not.toHaveProperty('ImageAndMaskList');
  // No mask: the region is the whole 960 × 640 picture, generated at long side 1024.
  expect(body).toMatchObject({ Width: 1024, Height: 680 });
  const foreground = (body.ImageList as string[])[0]!;
  const meta = await sharp(Buffer.from(foreground.split(',')[1]!, 'base64')).metadata();
  expect(meta).toMatchObject({ width: 1024, height: 680, hasAlpha: true });
  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await viewer.getByRole('button', { name: 'Add as foreground' }).click();
  await expect(page.getByRole('complementary', { name: 'Side panel' }).getByText('Result')).toBeVisible();

  // Iterate: a second background for the same layers (now with the result as a layer too).
  const again = await studio.generate('GenerateBackgrounds');
  expect((again.ImageList as string[])[0]).not.toBe(foreground);
  await expect(studio.results().getByRole('listitem')).toHaveCount(2);
});

test('pattern conversion: raw image, mask and pattern are indexed; the result comes back', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.tool('Rectangle').click();
  await studio.drag([{ x: 100, y: 400 }, { x: 400, y: 600 }]);
  await studio.tab('Pattern Conversion').click();
  await page.getByLabel('Choose pattern image').setInputFiles(FIXTURES.foreground);
  const body = await studio.generate('ApplyReferencePattern');
  expect(body).toMatchObject({ RawImageIndex: 0, MaskIndex: 1, PatternImageIndex: 2, PatternReferStrength: 0.5, ChaoticMode: false, ColorCorrection: false });
  const region = await studio.region();
  const size = { width: body.Width as number, height: body.Height as number };
  const mask = await decodeDataUri((body.ImageAndMaskList as string[])[1]!);
  const inside = inRequest({ x: 250, y: 500 }, region, size);
  expect([mask.at(inside.x, inside.y), mask.at(2, 2)]).toEqual([255, 0]);
  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await viewer.getByRole('button', { name: 'Hold to compare' }).hover();
  await page.mouse.down();
  await expect(viewer.getByText('Picture', { exact: true })).toBeVisible();
  await page.mouse.up();
  await expect(viewer.getByRole('img', { name: 'Result' })).toBeVisible();
  await viewer.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(viewer).toBeHidden();

  // Iterate: the pattern is in the picture now; paint a new area and convert again.
  await page.getByRole('button', { name: 'Clear mask', exact: true }).click();
  await studio.tool('Rectangle').click();
  await studio.drag([{ x: 600, y: 100 }, { x: 800, y: 300 }]);
  const again = await studio.generate('ApplyReferencePattern');
  const againRegion = await studio.region();
  const secondMask = await decodeDataUri((again.ImageAndMaskList as string[])[1]!);
  const centre = inRequest({ x: 700, y: 200 }, againRegion, { width: again.Width as number, height: again.Height as number });
  expect([secondMask.at(centre.x, centre.y), secondMask.at(2, 2)]).toEqual([255, 0]);
  await expect(studio.results().getByRole('listitem')).toHaveCount(2);
});

test('text to image (legacy): legacy field names go out and a result comes back', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.tab('Text to Image (legacy)').click();
  await studio.setPrompt('an apple');
  const body = await studio.generate('GenerateTxt2Img');
  expect(body).toMatchObject({ Action: 'GenerateTxt2Img', ModelType: 'combined_model', MainModelId: 1, Steps: 20, CfgScale: 7.5, Sampler: 'Euler', ClipSkip: 1, TranslatePrompt: true, PositivePrompts: ['an apple'], Width: 1024, Height: 1024 });
  expect(body).not.toHaveProperty('TranslatePrompts');
  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await viewer.getByRole('button', { name: 'Use as base image' }).click();
  await expect(studio.documentSize()).toHaveText('1024 × 1024 px');

  // Iterate: the legacy action with a sketch preset on the result.
  await page.getByRole('switch', { name: 'Enable ControlNet' }).click();
  await page.getByRole('button', { name: 'Add ControlNet unit' }).click();
  const again = await studio.generate('GenerateTxt2Img');
  expect(again).toMatchObject({ EnableControlNet: true });
  await expect(studio.results().getByRole('listitem')).toHaveCount(2);
});
