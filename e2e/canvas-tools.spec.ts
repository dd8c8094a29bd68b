import { expect, test } from '@playwright/test';
import { CanvasPage, FIXTURES, sendFileToCanvas } from './pages/canvasPage';

test('images open by drop and by paste; undo goes back to the previous document', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.goto();
  await expect(canvas.documentSize()).toHaveText('1024 × 1024 px');
  await sendFileToCanvas(page, FIXTURES.landscape, 'drop');
  await expect(canvas.documentSize()).toHaveText('960 × 640 px');
  await sendFileToCanvas(page, FIXTURES.foreground, 'paste');
  await expect(canvas.documentSize()).toHaveText('360 × 420 px');
  await page.keyboard.press('Control+z');
  await expect(canvas.documentSize()).toHaveText('960 × 640 px');
  await page.keyboard.press('Control+z');
  await expect(canvas.documentSize()).toHaveText('1024 × 1024 px');
  await page.keyboard.press('Control+y');
  await expect(canvas.documentSize()).toHaveText('960 × 640 px');
});

test('rectangle and lasso fill the mask; invert, clear and undo act on the whole mask', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.goto();
  await canvas.openImage(FIXTURES.landscape);
  await page.keyboard.press('m');
  await expect(canvas.tool('Rectangle')).toHaveAttribute('aria-pressed', 'true');
  await canvas.drag([
    { x: 100, y: 100 },
    { x: 300, y: 250 },
  ]);
  let mask = await canvas.exportImage('Download mask');
  expect(mask.at(200, 175)).toBe(255);
  expect(mask.at(95, 175)).toBe(0);
  expect(mask.at(305, 175)).toBe(0);

  await page.keyboard.press('l');
  await canvas.drag([
    { x: 600, y: 300 },
    { x: 800, y: 300 },
    { x: 800, y: 500 },
    { x: 600, y: 500 },
  ]);
  mask = await canvas.exportImage('Download mask');
  expect(mask.at(700, 400)).toBe(255);
  expect(mask.at(580, 400)).toBe(0);

  await canvas.button('Invert painted mask').click();
  mask = await canvas.exportImage('Download mask');
  expect([mask.at(200, 175), mask.at(700, 400), mask.at(20, 600)]).toEqual([0, 0, 255]);

  await canvas.button('Clear mask').click();
  mask = await canvas.exportImage('Download mask');
  expect([mask.at(200, 175), mask.at(20, 600)]).toEqual([0, 0]);

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  mask = await canvas.exportImage('Download mask');
  expect([mask.at(200, 175), mask.at(700, 400), mask.at(20, 600)]).toEqual([255, 255, 0]);

  // Delete clears the mask with a mask tool active.
  await page.keyboard.press('Delete');
  mask = await canvas.exportImage('Download mask');
  expect(mask.at(200, 175)).toBe(0);
});

test('zoom with shortcuts and the wheel, pan with Space held', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.goto();
  await canvas.openImage(FIXTURES.landscape);
  const zoomLabel = page.getByTestId('zoom-level');
  await page.keyboard.press('Control+1');
  await expect(zoomLabel).toHaveText('100%');
  const centre = await canvas.toScreen({ x: 480, y: 320 });
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => canvas.zoom()).toBeGreaterThan(1.5);
  // The document point under the cursor stays under the cursor.
  const after = await canvas.toScreen({ x: 480, y: 320 });
  expect(Math.abs(after.x - centre.x)).toBeLessThan(2);
  await page.keyboard.press('Control+0');
  await expect.poll(async () => canvas.zoom()).toBeLessThanOrEqual(1);

  const before = await canvas.viewport.getAttribute('data-view');
  await page.keyboard.down('Space');
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x + 120, centre.y + 60, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  const panned = await canvas.viewport.getAttribute('data-view');
  expect(panned).not.toBe(before);
  const [, x0 = 0, y0 = 0] = (before ?? '').split(' ').map(Number);
  const [, x1 = 0, y1 = 0] = (panned ?? '').split(' ').map(Number);
  expect([Math.round(x1 - x0), Math.round(y1 - y0)]).toEqual([120, 60]);
  // Space panning painted nothing.
  const mask = await canvas.exportImage('Download mask');
  expect(mask.at(480, 320)).toBe(0);
});

test('foreground layers: Shift keeps the aspect, rotate, reorder, hide, delete and undo', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.goto();
  await canvas.openImage(FIXTURES.landscape);
  await canvas.addForeground(FIXTURES.foreground);
  // 360 × 420 in 960 × 640: fitted to 60 % of the height → scale 384/420.
  const width = page.getByRole('spinbutton', { name: 'Foreground width' });
  const height = page.getByRole('spinbutton', { name: 'Foreground height' });
  const x = Number(await page.getByRole('spinbutton', { name: 'Foreground X' }).inputValue());
  const y = Number(await page.getByRole('spinbutton', { name: 'Foreground Y' }).inputValue());
  const w = Number(await width.inputValue());
  const h = Number(await height.inputValue());
  const ratio = w / h;

  // Space-panning over the foreground moves the view, not the layer.
  const centre = await canvas.toScreen({ x: x + w / 2, y: y + h / 2 });
  await page.mouse.move(centre.x, centre.y);
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(centre.x + 50, centre.y + 30, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  await expect(page.getByRole('spinbutton', { name: 'Foreground X' })).toHaveValue(String(x));
  await page.keyboard.press('Control+0');

  await page.keyboard.down('Shift');
  await canvas.drag([
    { x: x + w, y: y + h },
    { x: x + w + 80, y: y + h + 20 },
  ]);
  await page.keyboard.up('Shift');
  const grownW = Number(await width.inputValue());
  const grownH = Number(await height.inputValue());
  expect(grownW).toBeGreaterThan(w);
  expect(Math.abs(grownW / grownH - ratio)).toBeLessThan(0.02);

  await page.getByRole('spinbutton', { name: 'Foreground rotation' }).fill('30');
  await page.getByRole('spinbutton', { name: 'Foreground rotation' }).press('Enter');
  await expect(page.getByRole('spinbutton', { name: 'Foreground rotation' })).toHaveValue('30');

  await canvas.addForeground(FIXTURES.foreground);
  const layers = page.getByRole('list', { name: 'Layers' });
  const names = () => layers.getByRole('button', { name: /^Select / }).allTextContents();
  await expect.poll(names).toEqual(['bottle-foreground', 'bottle-foreground']);
  await layers.getByRole('button', { name: 'Send bottle-foreground backward' }).first().click();
  await layers.getByRole('button', { name: 'Hide bottle-foreground' }).first().click();
  await expect(layers.getByRole('button', { name: 'Show bottle-foreground' })).toHaveCount(1);
  await layers.getByRole('button', { name: 'Delete bottle-foreground' }).first().click();
  await expect.poll(names).toHaveLength(1);
  await page.keyboard.press('Control+z');
  await expect.poll(names).toHaveLength(2);

  // Delete with the Move tool removes the selected foreground, not the mask.
  await layers.getByRole('button', { name: 'Select bottle-foreground' }).first().click();
  await page.keyboard.press('Delete');
  await expect.poll(names).toHaveLength(1);

  const composite = await canvas.exportImage('Download composite');
  expect([composite.width, composite.height]).toEqual([960, 640]);
});
