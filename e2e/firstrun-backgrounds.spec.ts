import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { FirstRunPage } from './pages/firstRunPage';
import { decodeDataUri } from './pages/studioPage';
import { productPhoto } from './support/productPhoto';

// An ordinary product JPEG has no transparency: Generate Backgrounds would send it whole and get
// the same photo back (a paid task that does nothing with keys). The studio holds Generate back
// with the reason and offers the cut-out path; after it the request carries the cut-out's alpha.
test.describe.configure({ timeout: 240_000 });

test('Generate Backgrounds on an opaque JPEG is held back with the reason; "Cut out the subject" makes a foreground that is sent with its transparency', async ({ page }) => {
  const studio = new FirstRunPage(page);
  const sent = studio.recordSubmissions('GenerateBackgrounds');
  await studio.goto();
  const jpeg = await sharp(await productPhoto()).jpeg({ quality: 90 }).toBuffer();
  await studio.openBytes(jpeg, 'bottle.jpg', 'image/jpeg');
  await studio.tab('Generate Backgrounds').click();
  await studio.setPrompt('a marble kitchen counter');

  await expect(studio.generateReason()).toContainText('The foreground has no transparent pixels', { timeout: 30_000 });
  await expect(studio.generateButton()).toBeDisabled();
  await expect(studio.generateButton()).toHaveAccessibleDescription(/no transparent pixels.*Cut out the subject first/);
  // Ctrl+Enter is held back too: nothing leaves the page.
  await page.keyboard.press('Control+Enter');

  await page.getByRole('button', { name: 'Cut out the subject', exact: true }).click();
  await expect(studio.layers().getByRole('button', { name: 'Select bottle.jpg cut-out' })).toBeVisible({ timeout: 90_000 });
  await expect(studio.generateReason()).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Cut out the subject', exact: true })).toBeHidden();
  expect(sent).toHaveLength(0);

  const body = await studio.generate('GenerateBackgrounds');
  const foreground = (body.ImageList as string[])[0]!;
  const image = await decodeDataUri(foreground);
  const at = (fx: number, fy: number) => studio.alphaAt(foreground, Math.round(fx * image.width), Math.round(fy * image.height));
  // The backdrop's corner is transparent now, the bottle's body (at 320, 300 of 640 × 480) opaque.
  expect(await at(0.03, 0.03)).toBe(0);
  expect(await at(0.5, 0.625)).toBe(255);
  await studio.waitForResults(1);
  expect(sent).toHaveLength(1);
});
