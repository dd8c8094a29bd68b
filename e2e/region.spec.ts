import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { largePhoto } from './fixtures/largePhoto';
import type { DecodedImage } from './pages/canvasPage';
import { decodeDataUri, StudioPage } from './pages/studioPage';

/**
 * Working on a real camera photo: a 6000 × 4000 JPEG (made at test time) stays 6000 × 4000;
 * a request carries only the generation region, within 2560 a side; accepting the result
 * changes only the masked area and its feather, byte for byte elsewhere.
 */
test.describe.configure({ timeout: 300_000 });

const PHOTO = { width: 6000, height: 4000 };

/** Every pixel (RGB and alpha) that differs between two exports, as a bounding box and a count. */
function differences(a: DecodedImage, b: DecodedImage, columns = a.width): { count: number; box: { left: number; top: number; right: number; bottom: number } | null } {
  let count = 0;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < columns; x++) {
      const i = (y * a.width + x) * a.channels;
      const j = (y * b.width + x) * b.channels;
      let same = a.data[i] === b.data[j] && a.data[i + 1] === b.data[j + 1] && a.data[i + 2] === b.data[j + 2];
      if (a.channels === 4 && b.channels === 4) same &&= a.data[i + 3] === b.data[j + 3];
      if (same) continue;
      count++;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    }
  }
  return { count, box: count ? { left, top, right, bottom } : null };
}

async function openPhoto(studio: StudioPage): Promise<DecodedImage> {
  // A 6000 × 4000 document is heavy for a shared test machine: the first paint gets more time.
  await studio.page.goto('/');
  await expect(studio.viewport.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await studio.openImage(await largePhoto(PHOTO.width, PHOTO.height));
  await expect(studio.documentSize()).toHaveText('6000 × 4000 px', { timeout: 30_000 });
  const before = await studio.exportImage('Download composite');
  expect([before.width, before.height]).toEqual([PHOTO.width, PHOTO.height]);
  return before;
}

test('inpaint a small stroke on a 6000 × 4000 photo: only the region is sent, only the feathered mask changes', async ({ page }) => {
  const studio = new StudioPage(page);
  const before = await openPhoto(studio);
  await studio.paintHardLine({ x: 2500, y: 2000 }, { x: 2700, y: 2000 }, 60);
  await studio.tab('Inpaint / Outpaint').click();
  await expect(page.getByTestId('region-summary')).toHaveText(/^Region \d+ × \d+ → generated at \d+ × \d+$/);
  await studio.setPrompt('grass');

  const body = await studio.generate('ModifyMaskedPixels');
  const width = body.Width as number;
  const height = body.Height as number;
  expect(width).toBeLessThanOrEqual(2560);
  expect(height).toBeLessThanOrEqual(2560);
  const [picture, mask] = await Promise.all((body.ImageAndMaskList as string[]).map(decodeDataUri));
  expect([picture!.width, picture!.height, mask!.width, mask!.height]).toEqual([width, height, width, height]);
  // The small stroke is the middle of a small region: white at the centre, black at the corners.
  expect(mask!.at(width / 2, height / 2)).toBe(255);
  expect(mask!.at(2, 2)).toBe(0);
  expect(JSON.stringify(body).length).toBeLessThan(2_000_000);

  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await viewer.getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(viewer.getByTestId('changed-share')).toContainText("% of the region's pixels changed");
  await viewer.getByRole('button', { name: 'Compare slider', exact: true }).click();
  await expect(viewer.getByRole('slider', { name: 'Compare position' })).toBeVisible();
  await viewer.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(viewer).toBeHidden();

  const after = await studio.exportImage('Download composite');
  expect([after.width, after.height]).toEqual([PHOTO.width, PHOTO.height]);
  const changed = differences(before, after);
  expect(changed.count).toBeGreaterThan(100);
  // Stroke 2500–2700 × 2000, brush 60: mask ±31 px, feather MaskBlur 12 × region/generation ≤ 12 px.
  const reach = 31 + 12 + 2;
  expect(changed.box!.left).toBeGreaterThanOrEqual(2500 - reach);
  expect(changed.box!.right).toBeLessThanOrEqual(2700 + reach);
  expect(changed.box!.top).toBeGreaterThanOrEqual(2000 - reach);
  expect(changed.box!.bottom).toBeLessThanOrEqual(2000 + reach);

  // Undo puts the photo back exactly.
  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = await studio.exportImage('Download composite');
  expect(differences(before, undone).count).toBe(0);
});

test('outpaint past the right edge of a large photo: the uncovered part is masked, accepting grows the picture', async ({ page }) => {
  const studio = new StudioPage(page);
  const before = await openPhoto(studio);
  await studio.tool('Region').click();
  await studio.drag([{ x: 5200, y: 1200 }, { x: 6400, y: 2400 }]);
  await studio.tab('Inpaint / Outpaint').click();
  await expect(page.getByTestId('region-summary')).toHaveText('Region 1200 × 1200 → generated at 1200 × 1200');

  const body = await studio.generate('ModifyMaskedPixels');
  expect(body).toMatchObject({ Width: 1200, Height: 1200 });
  const mask = await decodeDataUri((body.ImageAndMaskList as string[])[1]!);
  // Left 800 px of the region are the photo (black), the 400 px past its edge are white.
  for (const [x, y] of [[10, 600], [790, 100]] as const) expect(mask.at(x, y)).toBe(0);
  for (const [x, y] of [[810, 600], [1190, 1190]] as const) expect(mask.at(x, y)).toBe(255);

  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await viewer.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(viewer).toBeHidden();
  await expect(studio.documentSize()).toHaveText('6400 × 4000 px');

  const after = await studio.exportImage('Download composite');
  expect([after.width, after.height]).toEqual([6400, 4000]);
  // The photo keeps its bytes up to the feather at its old edge (MaskBlur 12 at scale 1).
  expect(differences(before, after, 6000 - 13).count).toBe(0);
  const alphaAt = (x: number, y: number) => (after.channels === 4 ? after.data[(y * after.width + x) * 4 + 3] : 255);
  expect(alphaAt(6300, 1800)).toBe(255);
  expect(alphaAt(6300, 600)).toBe(0);
});

test('a ControlNet unit whose control image covers the document sends only the region of it', async ({ page }) => {
  const studio = new StudioPage(page);
  const before = await openPhoto(studio);
  await studio.tab('Generate Images').click();
  await page.getByRole('button', { name: 'Add ControlNet unit', exact: true }).click();
  const unit = page.getByRole('tabpanel').getByRole('group', { name: 'ControlNet unit 1', exact: true });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), unit.getByRole('button', { name: 'Upload control image' }).click()]);
  await chooser.setFiles(await largePhoto(PHOTO.width, PHOTO.height));
  await expect(unit.getByText('photo-6000x4000.jpg')).toBeVisible({ timeout: 30_000 });
  await unit.getByRole('button', { name: 'Paint mask', exact: true }).click();
  await studio.paintHardLine({ x: 1000, y: 1000 }, { x: 1300, y: 1100 }, 80);
  await expect(page.getByTestId('region-summary')).toHaveText(/^Region \d+ × \d+ → generated at 1024 × \d+$/);

  const body = await studio.generate('GenerateImages');
  const width = body.Width as number;
  const height = body.Height as number;
  const list = body.ImageAndMaskList as string[];
  const units = body.ControlNetList as { ImageIndex: number; MaskIndex: number }[];
  const control = await decodeDataUri(list[units[0]!.ImageIndex]!);
  const controlMask = await decodeDataUri(list[units[0]!.MaskIndex]!);
  expect([control.width, control.height, controlMask.width, controlMask.height]).toEqual([width, height, width, height]);
  expect(controlMask.at(width / 2, height / 2)).toBe(255);

  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await viewer.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(viewer).toBeHidden();
  const after = await studio.exportImage('Download composite');
  const changed = differences(before, after);
  // An unmasked action replaces its region: the stroke's box plus brush and 64 px padding, nothing else.
  expect(changed.count).toBeGreaterThan(1000);
  expect(changed.box!.left).toBeGreaterThanOrEqual(1000 - 41 - 64 - 8);
  expect(changed.box!.right).toBeLessThanOrEqual(1300 + 41 + 64 + 8);
  expect(changed.box!.top).toBeGreaterThanOrEqual(1000 - 41 - 64 - 8);
  expect(changed.box!.bottom).toBeLessThanOrEqual(1100 + 41 + 64 + 8);
});

/** Every image the autosave keeps, as the IndexedDB records hold it. */
function savedAssets(page: Page): Promise<{ isBlob: boolean; size: number; type: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('picpik-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('assets').objectStore('assets').getAll();
          read.onsuccess = () => {
            resolve((read.result as { blob: unknown }[]).map(({ blob }) => ({ isBlob: blob instanceof Blob, size: (blob as Blob).size, type: (blob as Blob).type })));
            open.result.close();
          };
        };
      }),
  );
}

test('the full-size photo and its region survive a reload and a project file (images as binary, not base64)', async ({ page }, testInfo) => {
  const studio = new StudioPage(page);
  const photoPath = await largePhoto(PHOTO.width, PHOTO.height);
  const photo = await readFile(photoPath);
  await studio.goto();
  await studio.openImage(photoPath);
  await studio.tool('Region').click();
  await studio.drag([{ x: 1000, y: 1000 }, { x: 2200, y: 1800 }]);
  await studio.paintHardLine({ x: 1400, y: 1400 }, { x: 1600, y: 1400 }, 60);
  await studio.tab('Inpaint / Outpaint').click();
  const summary = page.getByTestId('region-summary');
  await expect(summary).toHaveText('Region 1200 × 800 → generated at 1200 × 800');
  const region = await summary.getAttribute('data-region');

  // Autosave: the photo is a Blob of its own bytes, full size.
  await expect(page.getByTestId('autosave-status')).toHaveText('All changes saved', { timeout: 30_000 });
  expect(await savedAssets(page)).toContainEqual({ isBlob: true, size: photo.length, type: 'image/jpeg' });
  await page.reload();
  await expect(studio.documentSize()).toHaveText('6000 × 4000 px', { timeout: 30_000 });
  await expect(summary).toHaveText('Region 1200 × 800 → generated at 1200 × 800');
  await expect(summary).toHaveAttribute('data-region', region!);
  const restoredMask = await studio.exportImage('Download mask');
  expect([restoredMask.width, restoredMask.height, restoredMask.at(1500, 1400), restoredMask.at(1500, 1600)]).toEqual([6000, 4000, 255, 0]);

  // Project file: a zip whose photo entry is the JPEG byte for byte; the region is in the document.
  const [download] = await Promise.all([page.waitForEvent('download'), studio.button('Save project').click()]);
  const projectPath = testInfo.outputPath('photo.picpik');
  await download.saveAs(projectPath);
  const files = unzipSync(new Uint8Array(await readFile(projectPath)));
  const manifest = JSON.parse(strFromU8(files['project.json']!)) as { document: { region: { frame: unknown }; baseImage: { assetId: string } }; assets: Record<string, { entry: string }> };
  expect(manifest.document.region.frame).toEqual({ x: 1000, y: 1000, width: 1200, height: 800 });
  const entry = files[manifest.assets[manifest.document.baseImage.assetId]!.entry]!;
  expect(Buffer.from(entry).equals(photo)).toBe(true);

  await studio.button('New document').click();
  await expect(studio.documentSize()).toHaveText('1024 × 1024 px');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), studio.button('Open project').click()]);
  await chooser.setFiles(projectPath);
  await expect(studio.documentSize()).toHaveText('6000 × 4000 px', { timeout: 30_000 });
  await expect(summary).toHaveAttribute('data-region', region!);
  const mask = await studio.exportImage('Download mask');
  expect([mask.width, mask.height, mask.at(1500, 1400), mask.at(1500, 1600)]).toEqual([6000, 4000, 255, 0]);
});

test('History recall of a region task puts its region and mask back over the same photo', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(await largePhoto(3000, 2000));
  await studio.paintHardLine({ x: 1200, y: 900 }, { x: 1400, y: 900 }, 60);
  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt('a stone');
  const summary = page.getByTestId('region-summary');
  const line = await summary.textContent();
  const region = await summary.getAttribute('data-region');
  const submitted = page.waitForResponse((response) => response.url().endsWith('/api/picpik') && (response.request().postDataJSON() as { Action?: string }).Action === 'ModifyMaskedPixels');
  await studio.generate('ModifyMaskedPixels');
  const taskUid = ((await (await submitted).json()) as { TaskUID: string }).TaskUID;
  await studio.waitForResults(1);

  // The designer moves on: another stroke elsewhere, another frame.
  await studio.paintHardLine({ x: 300, y: 1500 }, { x: 500, y: 1500 }, 60);
  await studio.tool('Region').click();
  await studio.drag([{ x: 100, y: 1000 }, { x: 900, y: 1600 }]);
  await expect(summary).toHaveText('Region 800 × 600 → generated at 1024 × 768');

  await studio.button('History').click();
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('listitem', { name: `Task ${taskUid}` }).getByRole('button', { name: `Recall task ${taskUid}` }).click();
  await expect(history).toBeHidden();
  await expect(summary).toHaveAttribute('data-region', region!);
  await expect(summary).toHaveText(line!);
  await expect(studio.documentSize()).toHaveText('3000 × 2000 px');
  await expect(page.getByRole('textbox', { name: 'Positive prompt 1', exact: true })).toHaveValue('a stone');
  const mask = await studio.exportImage('Download mask');
  expect([mask.at(1300, 900), mask.at(1300, 1000), mask.at(400, 1500)]).toEqual([255, 0, 0]);
  // The task in the tray still knows its region: its result opens in place.
  await expect(studio.results().getByRole('listitem', { name: `Task ${taskUid}` }).getByRole('button', { name: /^Open result 1 of/ })).toBeVisible();
});
