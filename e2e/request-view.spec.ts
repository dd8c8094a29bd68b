import { expect, test } from '@playwright/test';
import { FIXTURES } from './pages/canvasPage';
import { StudioPage } from './pages/studioPage';

test('the Request view shows the exact request with images shortened, and copies it in full or as curl', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.paintHardLine({ x: 300, y: 300 }, { x: 500, y: 300 }, 30);
  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt('a stone bridge');

  await page.getByRole('button', { name: 'Request', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Request' });
  const json = dialog.getByLabel('Request JSON');
  await expect(json).toContainText('"Action": "ModifyMaskedPixels"');
  await expect(json).toContainText('"PositivePrompts": [\n    "a stone bridge"');
  await expect(json).toContainText(/data:image\/png;base64,iVBORw0KGgoA…\(\d+ KB\)/);

  // Copying is asynchronous (the body is read from a Blob first): wait for the confirmation.
  await dialog.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(dialog.getByRole('status')).toHaveText('JSON copied');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { ImageAndMaskList: string[]; Masked: object };
  expect(copied.Masked).toMatchObject({ ImageIndex: 0, MaskIndex: 1 });
  expect(copied.ImageAndMaskList[0]!.length).toBeGreaterThan(10_000);

  await dialog.getByRole('button', { name: 'Copy as curl' }).click();
  await expect(dialog.getByRole('status')).toHaveText('curl command copied');
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toMatch(/^curl -X POST 'http:\/\/127\.0\.0\.1:\d+\/api\/picpik' -H 'Content-Type: application\/json' --data-raw '\{"Action":"ModifyMaskedPixels"/);
});
