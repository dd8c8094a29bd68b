import { expect, test } from '@playwright/test';
import { SelectionPage } from './pages/selectionPage';
import type { PicpikStandIn } from './support/picpikStandIn';
import { STAND_IN_KEYS, studioWithStandIn } from './support/studioServer';
import { iou, productOutline, productPhoto } from './support/productPhoto';

// Selection in PICPIK mode: the studio with keys, pointed at the signature-checking stand-in,
// on a 3200 × 2400 photo that is sent at 2560 × 1920 (every point and box scaled by 0.8).
const port = Number(process.env.E2E_PORT ?? 8797) + 20;
const PUBLIC_KEY = STAND_IN_KEYS.publicKey;
const SCALE = 5;
let picpik: PicpikStandIn;
let close: () => Promise<void>;

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  ({ picpik, close } = await studioWithStandIn(port, 'selection-picpik'));
});

test.afterAll(async () => {
  await close();
});

const near = (value: unknown, expected: number) => expect(Math.abs(Number(value) - expected)).toBeLessThanOrEqual(1);

test('in PICPIK mode: Select subject, Select object and Remove background are signed tasks in the sent pixels, with their credits', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/`);
  const studio = new SelectionPage(page);
  await expect(studio.viewport.locator('canvas').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('server-mode')).toHaveText('PICPIK');
  await studio.openPhoto(await productPhoto(SCALE));

  // Select subject: one click, a credit-costing task.
  await expect(studio.selectSubjectButton()).toContainText('credits');
  const subject = await studio.selectSubject();
  expect(await studio.sentSize(subject)).toEqual({ width: 2560, height: 1920 });
  await expect(page.getByRole('status').filter({ hasText: 'Subject is now the mask · 4 credits' })).toBeVisible({ timeout: 60_000 });
  const outline = await productOutline(SCALE);
  const mask = await studio.exportImage('Download mask');
  expect(mask.width).toBe(3200);
  expect(iou(mask, outline)).toBeGreaterThan(0.97);

  // Select object at 100 %: a box, then include and exclude points, all in the 2560 × 1920 image.
  await page.keyboard.press('Control+1');
  await studio.objectTool().click();
  await page.getByRole('combobox', { name: 'Apply proposal as' }).selectOption('replace');
  let sent = studio.nextSegmentation('RemoveBackground');
  await studio.drag([{ x: 1200, y: 1000 }, { x: 2000, y: 1500 }]);
  let body = await sent;
  const box = body.Box as number[];
  [960, 800, 1600, 1200].forEach((value, i) => near(box[i], value));
  await studio.waitForProposal();
  await page.keyboard.press('Escape');

  sent = studio.nextSegmentation('ExtractContents');
  await studio.clickAt({ x: 1600, y: 1100 });
  body = await sent;
  near((body.IncludePointList as { X: number }[])[0]!.X, 1280);
  near((body.IncludePointList as { Y: number }[])[0]!.Y, 880);
  await studio.waitForProposal();
  sent = studio.nextSegmentation('ExtractContents');
  await studio.clickAt({ x: 1600, y: 1400 }, 'Alt');
  body = await sent;
  near((body.ExcludePointList as { X: number }[])[0]!.X, 1280);
  near((body.ExcludePointList as { Y: number }[])[0]!.Y, 1120);
  await studio.waitForProposal(/1 in, 1 out/);
  await expect(page.getByRole('status').filter({ hasText: 'Object proposal ready · 4 credits' })).toBeVisible();
  await page.getByRole('region', { name: 'Tool options' }).getByRole('button', { name: 'Apply', exact: true }).click();
  await studio.expectUndoStep('Select object');
  const refined = await studio.exportImage('Download mask');
  expect(refined.at(1600, 1100)).toBe(255);
  expect(refined.at(1600, 1400)).toBe(0);
  expect(refined.at(1600, 1800)).toBe(255);

  // Remove background: the cut-out covers the picture exactly, as a new layer.
  sent = studio.nextSegmentation('RemoveBackground');
  await studio.selectMenu('Remove background');
  body = await sent;
  expect(body).toMatchObject({ OnlyMask: false });
  await expect(studio.layers().getByRole('button', { name: 'Select product.png cut-out' })).toBeVisible({ timeout: 60_000 });
  const cutOut = await studio.exportImage('Download foregrounds');
  const alpha = (x: number, y: number) => cutOut.data[(y * cutOut.width + x) * cutOut.channels + 3];
  expect(cutOut.width).toBe(3200);
  expect(alpha(100, 100)).toBe(0);
  expect(alpha(1600, 1800)).toBe(255);

  // Every call reached PICPIK signed, is in the tray, and was archived.
  const actions = picpik.received.map((request) => request.Action);
  expect(actions.filter((action) => action === 'RemoveBackground')).toHaveLength(3);
  expect(actions.filter((action) => action === 'ExtractContents')).toHaveLength(2);
  expect(picpik.received.every((request) => request.PublicKey === PUBLIC_KEY)).toBe(true);
  expect(picpik.badSignatures).toBe(0);
  await expect(studio.results().getByRole('listitem')).toHaveCount(5);
  await expect
    .poll(async () => ((await (await page.request.get(`http://127.0.0.1:${port}/api/history?page=1&pageSize=20`)).json()) as { items: { Action: string }[] }).items.map((item) => item.Action).sort(), { timeout: 30_000 })
    .toEqual(['ExtractContents', 'ExtractContents', 'RemoveBackground', 'RemoveBackground', 'RemoveBackground']);
});
