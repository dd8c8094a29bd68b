import { expect, test } from '@playwright/test';
import { FIXTURES } from './pages/canvasPage';
import { decodeDataUri, inRequest, StudioPage } from './pages/studioPage';

const STROKE_Y = 320;
const BRUSH = 40;

test('inpaint: paint a mask, generate its region, compare in place, accept, and inpaint again elsewhere', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.paintHardLine({ x: 400, y: STROKE_Y }, { x: 600, y: STROKE_Y }, BRUSH);

  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt('grass');
  // The region is the stroke's box plus 64 px of context, snapped to 8, generated at long side 1024.
  const region = await studio.region();
  expect(region.x).toBeLessThanOrEqual(400 - BRUSH / 2 - 64);
  expect(region.x + region.width).toBeGreaterThanOrEqual(600 + BRUSH / 2 + 64);
  expect(region.width).toBeLessThan(400);
  const body = await studio.generate('ModifyMaskedPixels');
  expect(body).toMatchObject({
    Action: 'ModifyMaskedPixels',
    MainModel: { ModelCode: 'PICPIK General' },
    PositivePrompts: ['grass'],
    Width: 1024,
    Masked: { ImageIndex: 0, MaskIndex: 1, MaskBlur: 12 },
  });
  const size = { width: body.Width as number, height: body.Height as number };
  expect(size.height).toBe(Math.round((region.height * 1024) / region.width / 8) * 8);
  expect(body).not.toHaveProperty('Signature');
  const list = body.ImageAndMaskList as string[];
  expect(list).toHaveLength(2);
  const picture = await decodeDataUri(list[0]!);
  const mask = await decodeDataUri(list[1]!);
  expect([picture.width, picture.height, mask.width, mask.height]).toEqual([size.width, size.height, size.width, size.height]);
  const at = (x: number, y: number) => {
    const p = inRequest({ x, y }, region, size);
    return mask.at(p.x, p.y);
  };
  for (const x of [410, 500, 590]) expect(at(x, STROKE_Y)).toBe(255);
  for (const [x, y] of [[500, STROKE_Y - BRUSH], [region.x + 2, region.y + 2]] as const) expect(at(x, y)).toBe(0);

  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await viewer.getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(viewer.getByTestId('changed-share')).toContainText('% of the region');
  await viewer.getByRole('button', { name: 'Compare slider', exact: true }).click();
  await expect(viewer.getByRole('slider', { name: 'Compare position' })).toBeVisible();
  await viewer.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(viewer).toBeHidden();
  await expect(studio.documentSize()).toHaveText('960 × 640 px');

  // Iterate: clear, paint elsewhere and send a second inpaint of that region only.
  await page.getByRole('button', { name: 'Clear mask', exact: true }).click();
  await studio.tool('Brush').click();
  await studio.drag([{ x: 200, y: 200 }, { x: 260, y: 200 }]);
  const second = await studio.generate('ModifyMaskedPixels');
  const secondRegion = await studio.region();
  expect(secondRegion.x + secondRegion.width).toBeLessThan(400);
  const secondMask = await decodeDataUri((second.ImageAndMaskList as string[])[1]!);
  const centre = inRequest({ x: 230, y: 200 }, secondRegion, { width: second.Width as number, height: second.Height as number });
  expect(secondMask.at(centre.x, centre.y)).toBe(255);
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
