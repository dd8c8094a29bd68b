import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { FIXTURES } from './pages/canvasPage';
import { FirstRunPage } from './pages/firstRunPage';

// More small things of a first try (issue 15, item 6): the view after undoing Extend canvas, the
// result viewer after a reload, exporting a photo as JPEG, what the empty canvas promises, and
// the ControlNet Canny thresholds and Control mode.
test.describe.configure({ timeout: 180_000 });

/** A 300 × 200 JPEG stored sideways (EXIF Orientation 6) in Display P3: red left half, blue right half, a green top band. */
async function sidewaysP3Photo(): Promise<Buffer> {
  const [width, height] = [300, 200];
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i + (x < width / 2 ? 0 : 2)] = 230;
      raw[i + 1] = y < 20 ? 200 : 40;
    }
  }
  // withMetadata first: it would put the default sRGB profile back.
  return sharp(raw, { raw: { width, height, channels: 3 } }).withMetadata({ orientation: 6 }).withIccProfile('p3').withExifMerge({ IFD0: { Make: 'PicpikTest' } }).jpeg({ quality: 95 }).toBuffer();
}

test('undo and redo of Extend canvas refit the view to the document', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  const fitted = await studio.view();
  await studio.extendCanvasByPercent(50);
  await expect(studio.documentSize()).not.toHaveText('960 × 640 px');
  const extended = await studio.view();
  await page.keyboard.press('Control+z');
  await expect(studio.documentSize()).toHaveText('960 × 640 px');
  await expect.poll(() => studio.view()).toEqual(fitted);
  // The picture sits in the middle of the viewport, not in a corner.
  const box = (await studio.viewport.boundingBox())!;
  const { zoom, x, y } = await studio.view();
  expect(Math.abs(x + (960 * zoom) / 2 - box.width / 2)).toBeLessThanOrEqual(2);
  expect(Math.abs(y + (640 * zoom) / 2 - box.height / 2)).toBeLessThanOrEqual(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(studio.documentSize()).not.toHaveText('960 × 640 px');
  await expect.poll(() => studio.view()).toEqual(extended);
});

test('after a reload the result viewer does not cover the canvas while a painting tool is active: a drag paints', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.prepareGenerateImages('a harbour at noon', 9);
  await studio.generateButton().click();
  await studio.waitForResults(1);
  await studio.openResult();
  await expect(page.getByTestId('autosave-status')).toHaveText('All changes saved', { timeout: 15_000 });

  await page.reload();
  await expect(studio.documentSize()).toHaveText('960 × 640 px', { timeout: 30_000 });
  await expect(studio.tool('Brush')).toHaveAttribute('aria-pressed', 'true');
  await expect(studio.viewer()).toBeHidden();
  await studio.drag([{ x: 200, y: 200 }, { x: 600, y: 300 }]);
  const mask = await studio.exportImage('Download mask');
  expect(mask.at(400, 250)).toBe(255);
  // The result is still there to open.
  await studio.openResult();
});

test('Export as JPEG with a quality keeps the photo upright with its EXIF and its Display P3 profile', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await studio.goto();
  await studio.openBytes(await sidewaysP3Photo(), 'sideways-p3.jpg', 'image/jpeg');
  await expect(studio.documentSize()).toHaveText('200 × 300 px');

  const best = await studio.downloadPicture('JPEG', 100);
  const small = await studio.downloadPicture('JPEG', 30);
  expect(small.length).toBeLessThan(best.length);
  const meta = await sharp(best).metadata();
  expect(meta).toMatchObject({ format: 'jpeg', width: 200, height: 300 });
  // The pixels are upright, so the kept EXIF says Orientation 1; its other tags are the photo's.
  expect(meta.orientation ?? 1).toBe(1);
  expect(meta.exif?.toString('latin1')).toContain('PicpikTest');
  // Tagged with a Display P3 profile, not untagged sRGB.
  expect(meta.icc).toBeDefined();
  // (Its description is UTF-16: read without the zero bytes.)
  expect(meta.icc!.toString('latin1').replace(/\0/g, '')).toContain('Display P3');
  const { data, info } = await sharp(best).raw().toBuffer({ resolveWithObject: true });
  const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
  // Turned upright: the red left half is on top, the blue right half below, the green band at the right.
  const [top, bottom, band] = [pixel(80, 60), pixel(80, 240), pixel(195, 150)];
  expect(top[0]! - top[2]!).toBeGreaterThan(150);
  expect(bottom[2]! - bottom[0]!).toBeGreaterThan(150);
  expect(band[1]).toBeGreaterThan(150);

  // Round trip: the studio's own P3 export (whose profile description mentions "sRGB Transfer") stays P3.
  await studio.openBytes(best, 'exported.jpg', 'image/jpeg');
  const again = await sharp(await studio.downloadPicture('PNG (lossless)')).metadata();
  expect(again.format).toBe('png');
  expect(again.icc!.toString('latin1').replace(/\0/g, '')).toContain('Display P3');
  expect(again.exif?.toString('latin1')).toContain('PicpikTest');
});

test('the empty canvas states what the studio accepts: 16384 px a side, 100 MP', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await studio.goto();
  await expect(studio.viewport).toContainText('PNG, JPEG or WebP up to 16384 px a side (100 MP), kept at full resolution.');
  await expect(studio.viewport).not.toContainText('2560');
});

test('a Canny ControlNet unit shows its thresholds and Control mode with the documented defaults; edits are sent', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.prepareGenerateImages('a lighthouse', 5);
  await page.getByRole('button', { name: 'Add ControlNet unit', exact: true }).click();
  const unit = page.getByRole('group', { name: 'ControlNet unit 1', exact: true });
  await expect(unit.getByRole('spinbutton', { name: 'Canny low threshold' })).toHaveValue('100');
  await expect(unit.getByRole('spinbutton', { name: 'Canny high threshold' })).toHaveValue('200');
  await expect(unit.getByRole('combobox', { name: 'Control mode', exact: true })).toHaveValue('Balanced');
  await expect(unit).toContainText('documented defaults 100 and 200');

  const low = unit.getByRole('spinbutton', { name: 'Canny low threshold' });
  await low.fill('60');
  await low.press('Enter');
  const high = unit.getByRole('spinbutton', { name: 'Canny high threshold' });
  await high.fill('180');
  await high.press('Enter');
  await unit.getByRole('combobox', { name: 'Control mode', exact: true }).selectOption('ControlNetIsMoreImportant');
  const body = await studio.generate('GenerateImages');
  const [sent] = body.ControlNetList as { PreProcessor: { InferenceParams: Record<string, unknown> }; ControlModel: { InferenceParams: Record<string, unknown> } }[];
  expect(sent!.PreProcessor.InferenceParams).toMatchObject({ CannyLowThreshold: 60, CannyHighThreshold: 180 });
  expect(sent!.ControlModel.InferenceParams).toMatchObject({ ControlMode: 'ControlNetIsMoreImportant' });
  await studio.waitForResults(1);
});
