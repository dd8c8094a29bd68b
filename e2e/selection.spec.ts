import { expect, test } from '@playwright/test';
import { decodeDataUri } from './pages/studioPage';
import { SelectionPage } from './pages/selectionPage';
import { iou, productOutline, productPhoto } from './support/productPhoto';

// Selection in local mode: the engine answers RemoveBackground / ExtractContents itself.
test.describe.configure({ timeout: 240_000 });

let photo: Buffer;
let outline: Uint8Array;
test.beforeAll(async () => {
  photo = await productPhoto();
  outline = await productOutline();
});

test('Select subject makes the mask in one click; mask operations are one undo step each', async ({ page }) => {
  const studio = new SelectionPage(page);
  await studio.goto();
  await studio.openPhoto(photo);

  const body = await studio.selectSubject();
  expect(body).toMatchObject({ Action: 'RemoveBackground', OnlyMask: true, ErodeSize: 15, ForegroundThreshold: 240, BackgroundThreshold: 15, HairOptimization: 'auto' });
  expect(body).not.toHaveProperty('Box');
  expect(await studio.sentSize(body)).toEqual({ width: 640, height: 480 });
  await studio.expectUndoStep('Select subject');
  // The call is a task like any other: in the tray with its action.
  await expect(studio.results().getByRole('listitem').filter({ hasText: 'RemoveBackground' })).toHaveCount(1);
  const mask = await studio.exportImage('Download mask');
  expect(iou(mask, outline)).toBeGreaterThan(0.85);
  const subject = await studio.maskedPixels();

  await page.keyboard.press('Control+i');
  await studio.expectUndoStep('Invert mask');
  expect(await studio.maskedPixels()).toBe(640 * 480 - subject);
  await page.keyboard.press('Control+d');
  await studio.expectUndoStep('Clear mask');
  expect(await studio.maskedPixels()).toBe(0);
  await studio.undoButton().click();
  await studio.undoButton().click();
  await studio.expectUndoStep('Select subject');
  expect(await studio.maskedPixels()).toBe(subject);

  await studio.maskAmount('Grow mask…', 'Grow by', 8);
  await studio.expectUndoStep('Grow mask 8 px');
  const grown = await studio.maskedPixels();
  expect(grown).toBeGreaterThan(subject);
  await studio.maskAmount('Shrink mask…', 'Shrink by', 8);
  await studio.expectUndoStep('Shrink mask 8 px');
  expect(Math.abs((await studio.maskedPixels()) - subject)).toBeLessThan(subject * 0.05);
  await studio.maskAmount('Smooth mask…', 'Smooth radius', 4);
  await studio.expectUndoStep('Smooth mask 4 px');
  await studio.selectMenu('Fill holes');
  await studio.selectMenu('Select all');
  await studio.expectUndoStep('Select all');
  expect(await studio.maskedPixels()).toBe(640 * 480);

  // Alt subtracts the subject from the whole picture: what is left is the backdrop.
  await studio.selectSubject('Alt');
  await studio.expectUndoStep('Select subject (subtracted)');
  const backdrop = await studio.exportImage('Download mask');
  expect(backdrop.at(320, 300)).toBe(0);
  expect(backdrop.at(20, 20)).toBe(255);
});

test('Remove background makes a cut-out layer that goes through Generate Backgrounds', async ({ page }) => {
  const studio = new SelectionPage(page);
  await studio.goto();
  await studio.openPhoto(photo);

  const sent = studio.nextSegmentation('RemoveBackground');
  await studio.selectMenu('Cut out and generate backgrounds');
  expect(await sent).toMatchObject({ Action: 'RemoveBackground', OnlyMask: false });
  await expect(studio.layers().getByRole('button', { name: 'Select product.png cut-out' })).toBeVisible({ timeout: 90_000 });
  // The original stays, hidden; Generate Backgrounds is chosen with the cut-out as its foreground.
  await expect(studio.layers().getByRole('button', { name: 'Show picture' })).toBeVisible();
  await expect(studio.tab('Generate Backgrounds')).toHaveAttribute('aria-selected', 'true');
  await studio.expectUndoStep('Remove background');

  await studio.setPrompt('on a wooden table, warm light');
  const body = await studio.generate('GenerateBackgrounds');
  const list = body.ImageList as string[];
  const index = (body.TransparentForeground as { ImageIndex: number }).ImageIndex;
  const foreground = await decodeDataUri(list[index]!);
  // Sampled at document points: the request may carry the picture at its generation size.
  const alphaAt = (x: number, y: number) => {
    const [px, py] = [Math.round((x * foreground.width) / 640), Math.round((y * foreground.height) / 480)];
    return foreground.data[(py * foreground.width + px) * foreground.channels + 3];
  };
  expect(foreground.channels).toBe(4);
  expect(alphaAt(20, 20)).toBe(0);
  expect(alphaAt(320, 300)).toBe(255);
  await studio.waitForResults(1);

  // The cut-out's transparency as the mask.
  await studio.selectMenu('Mask from layer transparency');
  await studio.expectUndoStep('Mask from layer');
  expect(iou(await studio.exportImage('Download mask'), outline)).toBeGreaterThan(0.85);
});

test('Select object refines a mask with include and exclude points, in the sent region pixels', async ({ page }) => {
  const studio = new SelectionPage(page);
  await studio.goto();
  await studio.openPhoto(photo);
  // A region at (160, 56), 320 × 400 (the whole-picture frame's corners dragged in): requests carry only that part.
  await page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Region', exact: true }).click();
  await studio.drag([{ x: 0, y: 0 }, { x: 160, y: 56 }]);
  await studio.drag([{ x: 640, y: 480 }, { x: 480, y: 456 }]);

  await studio.objectTool().click();
  let sent = studio.nextSegmentation('ExtractContents');
  await studio.clickAt({ x: 320, y: 200 });
  let body = await sent;
  expect(await studio.sentSize(body)).toEqual({ width: 320, height: 400 });
  expect(body.IncludePointList).toEqual([{ X: 160, Y: 144 }]);
  expect(body).not.toHaveProperty('ExcludePointList');
  await studio.waitForProposal();

  sent = studio.nextSegmentation('ExtractContents');
  await studio.clickAt({ x: 320, y: 285 }, 'Alt');
  body = await sent;
  expect(body).toMatchObject({ IncludePointList: [{ X: 160, Y: 144 }], ExcludePointList: [{ X: 160, Y: 229 }] });
  await studio.waitForProposal(/1 in, 1 out/);
  await page.keyboard.press('Enter');
  await studio.expectUndoStep('Select object (added)');
  const mask = await studio.exportImage('Download mask');
  expect(mask.at(320, 200)).toBe(255);
  expect(mask.at(320, 285)).toBe(0);
  // Nothing outside the region.
  expect(mask.at(100, 200)).toBe(0);
  expect(iou(mask, outline)).toBeGreaterThan(0.8);

  // A box alone asks RemoveBackground with Box, in the region's pixels; Esc drops the proposal.
  sent = studio.nextSegmentation('RemoveBackground');
  await studio.drag([{ x: 230, y: 90 }, { x: 410, y: 415 }]);
  body = await sent;
  expect(body).toMatchObject({ OnlyMask: true, Box: [70, 34, 250, 359] });
  await studio.waitForProposal();
  await page.keyboard.press('Escape');
  await expect(studio.objectStatus()).toContainText('Click the object');
  await studio.expectUndoStep('Select object (added)');
});
