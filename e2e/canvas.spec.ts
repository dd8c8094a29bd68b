import { expect, test } from '@playwright/test';
import { CanvasPage, FIXTURES, type DecodedImage } from './pages/canvasPage';

// The landscape fixture is 960 × 640; the document takes its size.
const STROKE_Y = 200;
const STROKE = { from: 200, to: 600 };
const ERASED_X = 400;
const BRUSH = 40;

/** Pixels well inside the painted line are white, well outside are black. */
function expectPaintedLine(mask: DecodedImage, offset: { x: number; y: number }, erased: boolean) {
  const inner = BRUSH / 2 - 4;
  for (let x = STROKE.from; x <= STROKE.to; x += 10) {
    const nearEraser = Math.abs(x - ERASED_X) < BRUSH / 2 + 4;
    const insideEraser = Math.abs(x - ERASED_X) <= inner;
    for (const dy of [-inner, 0, inner]) {
      const value = mask.at(x + offset.x, STROKE_Y + dy + offset.y);
      if (erased && insideEraser && Math.abs(dy) < 2) expect(value, `erased at ${x},${STROKE_Y + dy}`).toBe(0);
      else if (!erased || !nearEraser) expect(value, `painted at ${x},${STROKE_Y + dy}`).toBe(255);
    }
  }
  // Away from the line: black.
  for (const [x, y] of [
    [100, 100],
    [STROKE.from - BRUSH, STROKE_Y],
    [STROKE.to + BRUSH, STROKE_Y],
    [400, STROKE_Y - BRUSH],
    [400, STROKE_Y + BRUSH],
    [800, 500],
  ] as const) {
    expect(mask.at(x + offset.x, y + offset.y), `unpainted at ${x},${y}`).toBe(0);
  }
  // Strictly black and white (one expect for the whole image: a million would take minutes).
  let grey = 0;
  for (let i = 0; i < mask.data.length; i += mask.channels) if (mask.data[i] !== 0 && mask.data[i] !== 255) grey++;
  expect(grey, 'grey pixels').toBe(0);
}

test('a designer opens, paints, erases, undoes, extends and places a foreground; the mask export matches', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.goto();
  await expect(page.getByText('Open an image or drop one here')).toBeVisible();

  await canvas.openImage(FIXTURES.landscape);
  await expect(canvas.documentSize()).toHaveText('960 × 640 px');
  await expect(page.getByText('Open an image or drop one here')).toBeHidden();

  // Paint a hard-edged line with the Brush.
  await canvas.tool('Brush').click();
  await expect(canvas.tool('Brush')).toHaveAttribute('aria-pressed', 'true');
  await canvas.setNumber('Brush size value', BRUSH);
  await canvas.setNumber('Brush hardness value', 100);
  await canvas.drag([
    { x: STROKE.from, y: STROKE_Y },
    { x: STROKE.to, y: STROKE_Y },
  ]);

  // Erase across the middle with the Eraser (shortcut E).
  await page.keyboard.press('e');
  await expect(canvas.tool('Eraser')).toHaveAttribute('aria-pressed', 'true');
  await canvas.drag([
    { x: ERASED_X, y: STROKE_Y - 60 },
    { x: ERASED_X, y: STROKE_Y + 60 },
  ]);
  expectPaintedLine(await canvas.exportImage('Download mask'), { x: 0, y: 0 }, true);

  // Undo brings the erased part back; redo erases it again.
  await page.keyboard.press('Control+z');
  let mask = await canvas.exportImage('Download mask');
  expect(mask.at(ERASED_X, STROKE_Y)).toBe(255);
  await page.keyboard.press('Control+Shift+z');
  mask = await canvas.exportImage('Download mask');
  expect(mask.at(ERASED_X, STROKE_Y)).toBe(0);
  await canvas.button('Undo').click();
  await canvas.button('Redo').click();

  // Extend by 25 % around the centre: 1200 × 800, the picture and mask move by (120, 80).
  await canvas.extendCanvasByPercent(25);
  await expect(canvas.documentSize()).toHaveText('1200 × 800 px');
  mask = await canvas.exportImage('Download mask');
  expect([mask.width, mask.height]).toEqual([1200, 800]);
  expectPaintedLine(mask, { x: 120, y: 80 }, true);

  // The outpaint mask adds the uncovered border to the painted area.
  const outpaint = await canvas.exportImage('Download outpaint mask');
  expect([outpaint.width, outpaint.height]).toEqual([1200, 800]);
  expect(outpaint.at(10, 10)).toBe(255);
  expect(outpaint.at(1190, 400)).toBe(255);
  expect(outpaint.at(600, 600)).toBe(0);
  expect(outpaint.at(STROKE.from + 120, STROKE_Y + 80)).toBe(255);

  // Place the transparent foreground: 360 × 420, centred at (420, 190), selected with the Move tool.
  await canvas.addForeground(FIXTURES.foreground);
  await expect(canvas.tool('Move')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Select bottle-foreground', exact: true })).toBeVisible();
  const fieldX = page.getByRole('spinbutton', { name: 'Foreground X' });
  const fieldW = page.getByRole('spinbutton', { name: 'Foreground width' });
  await expect(fieldX).toHaveValue('420');
  await expect(fieldW).toHaveValue('360');

  // Drag it by (100, 50) document pixels.
  await canvas.drag([
    { x: 600, y: 400 },
    { x: 700, y: 450 },
  ]);
  // Mouse positions land on screen pixels, so allow one document pixel either way.
  await expect.poll(async () => Math.abs(Number(await fieldX.inputValue()) - 520)).toBeLessThanOrEqual(1);
  const fieldY = page.getByRole('spinbutton', { name: 'Foreground Y' });
  await expect.poll(async () => Math.abs(Number(await fieldY.inputValue()) - 240)).toBeLessThanOrEqual(1);
  const movedX = Number(await fieldX.inputValue());
  const movedY = Number(await fieldY.inputValue());

  // Pull the transformer's right-middle handle outwards: only the width grows.
  const zoom = await canvas.zoom();
  await canvas.drag([
    { x: movedX + 360, y: movedY + 210 },
    { x: movedX + 360 + 90 / zoom, y: movedY + 210 },
  ]);
  const grownWidth = Number(await fieldW.inputValue());
  expect(grownWidth).toBeGreaterThan(400);
  await expect(page.getByRole('spinbutton', { name: 'Foreground height' })).toHaveValue('420');

  // Undo the transform, then the move.
  await page.keyboard.press('Control+z');
  await expect(fieldW).toHaveValue('360');
  await page.keyboard.press('Control+z');
  await expect(fieldX).toHaveValue('420');

  // The foreground export is an RGBA PNG of the document size with transparency.
  const foregrounds = await canvas.exportImage('Download foregrounds');
  expect([foregrounds.width, foregrounds.height, foregrounds.channels]).toEqual([1200, 800, 4]);
  expect(foregrounds.data[(10 * 1200 + 10) * 4 + 3]).toBe(0);
  expect(foregrounds.data[(400 * 1200 + 600) * 4 + 3]).toBe(255);

  // The mask is untouched by all of this.
  expectPaintedLine(await canvas.exportImage('Download mask'), { x: 120, y: 80 }, true);
});

test('shortcuts switch tools and sizes but never while typing in a field', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.goto();
  await page.keyboard.press('b');
  await expect(canvas.tool('Brush')).toHaveAttribute('aria-pressed', 'true');
  const size = page.getByRole('spinbutton', { name: 'Brush size value' });
  const before = Number(await size.inputValue());
  await page.keyboard.press(']');
  await expect(size).not.toHaveValue(String(before));
  await page.keyboard.press('l');
  await expect(canvas.tool('Lasso')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('x');
  await expect(page.getByRole('button', { name: 'Erase mask', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('b');
  await size.click();
  await page.keyboard.type('v');
  await expect(canvas.tool('Brush')).toHaveAttribute('aria-pressed', 'true');
});
