import { expect, test } from '@playwright/test';
import { FirstRunPage } from './pages/firstRunPage';
import { decodeDataUri } from './pages/studioPage';

// Small things a designer meets with masks on a first try (issue 15, item 6): Generate says
// why before the click, the two inverts are told apart, an empty mask inverted is explained.
test.describe.configure({ timeout: 180_000 });

test('Inpaint with nothing to redraw: Generate is held back with the reason before any click, and released by painting', async ({ page }) => {
  const studio = new FirstRunPage(page);
  const sent = studio.recordSubmissions('ModifyMaskedPixels');
  await studio.prepareInpaint('a wooden jetty');
  await expect(studio.generateButton()).toBeDisabled();
  await expect(studio.generateReason()).toHaveText('Paint a mask over the area to redraw (or extend the canvas to outpaint)');
  await expect(studio.generateButton()).toHaveAccessibleDescription(/Paint a mask over the area to redraw/);

  await studio.paintHardLine({ x: 300, y: 400 }, { x: 500, y: 420 }, 40);
  await expect(studio.generateButton()).toBeEnabled();
  await expect(studio.generateReason()).toBeHidden();
  // Cleared again: held back again, and nothing was ever sent.
  await page.keyboard.press('Control+d');
  await expect(studio.generateButton()).toBeDisabled();
  await expect(studio.generateReason()).toContainText('Paint a mask');
  expect(sent).toHaveLength(0);
});

test('the two inverts have distinct names: the toolbar flips the painted pixels, the switch sends InvertMask and leaves them', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await studio.prepareInpaint('calm water');
  await studio.tool('Rectangle').click();
  await studio.drag([{ x: 100, y: 100 }, { x: 300, y: 300 }]);

  const redrawOutside = page.getByRole('switch', { name: 'Redraw outside the mask', exact: true });
  await expect(redrawOutside).toHaveAccessibleDescription(/Sends InvertMask: what you painted is kept and everything else is redrawn\. The painted mask itself does not change/);
  const flip = page.getByRole('button', { name: 'Invert painted mask', exact: true });
  await expect(flip).toBeVisible();
  // No control in the panel or the toolbar is just "Invert mask" any more.
  await expect(page.getByRole('switch', { name: 'Invert mask', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Invert mask', exact: true })).toHaveCount(0);

  await redrawOutside.click();
  const body = await studio.generate('ModifyMaskedPixels');
  expect(body).toMatchObject({ Masked: { InvertMask: true } });
  const mask = await decodeDataUri((body.ImageAndMaskList as string[])[1]!);
  const region = await studio.region();
  const scale = mask.width / region.width;
  const at = (x: number, y: number) => mask.at((x - region.x) * scale, (y - region.y) * scale);
  // The switch left the painted pixels as they are: white where painted.
  expect(at(200, 200)).toBe(255);

  await flip.click();
  const flipped = await studio.exportImage('Download mask');
  expect([flipped.at(200, 200), flipped.at(600, 500)]).toEqual([0, 255]);
});

test('inverting an empty mask says what happened and what to do; the engine refusal that follows is in the designer\'s words', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await studio.prepareInpaint('a meadow');
  await studio.recordMessages();
  await page.getByRole('button', { name: 'Invert painted mask', exact: true }).click();
  await expect
    .poll(() => studio.shownMessages(), { timeout: 20_000 })
    .toContainEqual(expect.stringContaining('The mask was empty, so inverting it marked the whole picture for redraw. To change everything except an object, paint over the object first, then invert. Ctrl+Z takes this back.'));

  // Generating anyway: the local engine cannot rebuild a picture from nothing, and says so plainly.
  await studio.generate('ModifyMaskedPixels');
  const failure = studio.taskCards().first().getByRole('alert');
  await expect(failure).toContainText('The mask covers the whole picture, so there is nothing left to rebuild it from', { timeout: 60_000 });
  await expect(failure).toContainText('Paint only what should change');
  await expect(failure).not.toContainText('(Error)');
  await expect(failure).not.toContainText('inpaint:');
});
