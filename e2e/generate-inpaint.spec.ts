import { expect, test } from '@playwright/test';
import { FIXTURES } from './pages/canvasPage';
import { decodeDataUri, StudioPage } from './pages/studioPage';

const STROKE_Y = 320;
const BRUSH = 40;

test('inpaint: paint a mask, generate, compare, use the result as the base and inpaint again', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.paintHardLine({ x: 400, y: STROKE_Y }, { x: 600, y: STROKE_Y }, BRUSH);

  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt('grass');
  const body = await studio.generate('ModifyMaskedPixels');
  expect(body).toMatchObject({
    Action: 'ModifyMaskedPixels',
    MainModel: { ModelCode: 'PICPIK General' },
    PositivePrompts: ['grass'],
    Width: 960,
    Height: 640,
    Masked: { ImageIndex: 0, MaskIndex: 1, MaskBlur: 12 },
  });
  expect(body).not.toHaveProperty('Signature');
  const list = body.ImageAndMaskList as string[];
  expect(list).toHaveLength(2);
  const picture = await decodeDataUri(list[0]!);
  const mask = await decodeDataUri(list[1]!);
  expect([picture.width, picture.height, mask.width, mask.height]).toEqual([960, 640, 960, 640]);
  for (const x of [410, 500, 590]) expect(mask.at(x, STROKE_Y)).toBe(255);
  for (const [x, y] of [[100, 100], [500, STROKE_Y - BRUSH], [700, STROKE_Y], [300, 500]] as const) expect(mask.at(x, y)).toBe(0);

  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await viewer.getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(viewer.getByTestId('changed-share')).toContainText('% of the pixels changed');
  await viewer.getByRole('button', { name: 'Compare slider' }).click();
  await expect(viewer.getByRole('slider', { name: 'Compare position' })).toBeVisible();
  await viewer.getByRole('button', { name: 'Use as base image' }).click();
  await expect(viewer).toBeHidden();
  await expect(page.getByText('Result', { exact: true }).first()).toBeVisible();

  // Iterate: paint again on the result and send a second inpaint.
  await studio.tool('Brush').click();
  await studio.drag([{ x: 200, y: 200 }, { x: 260, y: 200 }]);
  const second = await studio.generate('ModifyMaskedPixels');
  const secondMask = await decodeDataUri((second.ImageAndMaskList as string[])[1]!);
  expect(secondMask.at(230, 200)).toBe(255);
  expect(secondMask.at(500, STROKE_Y)).toBe(0);
  await expect(studio.results().getByRole('listitem')).toHaveCount(2);
});

test('outpaint: extending the canvas sends a mask that covers the new area', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.extendCanvasByPercent(25);
  await studio.tab('Inpaint / Outpaint').click();
  const body = await studio.generate('ModifyMaskedPixels');
  expect(body).toMatchObject({ Width: 1200, Height: 800 });
  const mask = await decodeDataUri((body.ImageAndMaskList as string[])[1]!);
  expect([mask.width, mask.height]).toEqual([1200, 800]);
  for (const [x, y] of [[10, 10], [1190, 400], [600, 790], [119, 400]] as const) expect(mask.at(x, y)).toBe(255);
  for (const [x, y] of [[121, 81], [600, 400], [1078, 718]] as const) expect(mask.at(x, y)).toBe(0);
  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await expect(viewer.getByRole('img', { name: 'Result' })).toBeVisible();
});

test('a failed request keeps the canvas and the form as they were', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.tool('Brush').click();
  await studio.drag([{ x: 300, y: 300 }, { x: 400, y: 300 }]);
  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt('a wooden boat');
  await page.route('**/api/picpik', async (route) => {
    const body = route.request().postDataJSON() as { Action: string };
    if (body.Action !== 'ModifyMaskedPixels') return route.continue();
    await route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ RetCode: 502, Action: body.Action, Message: 'PICPIK (api.picpik.ai) answered HTTP 503' }) });
  });
  await studio.generate('ModifyMaskedPixels');
  await expect(page.getByRole('alert').filter({ hasText: 'answered HTTP 503' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Positive prompt 1', exact: true })).toHaveValue('a wooden boat');
  await expect(studio.documentSize()).toHaveText('960 × 640 px');
  const mask = await studio.exportImage('Download mask');
  expect(mask.at(350, 300)).toBe(255);
});
