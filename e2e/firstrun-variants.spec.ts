import { expect, test } from '@playwright/test';
import { FirstRunPage } from './pages/firstRunPage';

// A batch of 4 in the local engine: variant i used seed + (i − 1), each variant says so, the run's
// variants side by side in a grid, and "Reuse seed" on variant 2 makes variant 2 again, pixel for pixel.
test.describe.configure({ timeout: 180_000 });

const SEED = 4242;

test('batch of 4: each variant shows its own seed, the grid compares them, Reuse seed from variant 2 reproduces its pixels', async ({ page }) => {
  const studio = new FirstRunPage(page);
  const sent = studio.recordSubmissions('GenerateImages');
  await studio.goto();
  await studio.prepareGenerateImages('a stormy sea at dusk', SEED, 4);
  await studio.generateButton().click();
  await studio.waitForResults(4);
  expect(sent[0]!.body).toMatchObject({ Seed: SEED, BatchSize: 4 });

  // The tray: every thumbnail carries its own seed.
  const card = studio.taskCards().first();
  for (let i = 0; i < 4; i++) await expect(card.getByRole('button', { name: `Open result ${i + 1} of 4` })).toHaveText(String(SEED + i));
  const urls = await card.getByRole('button', { name: /^Open result/ }).locator('img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
  expect(new Set(urls).size).toBe(4);

  // The grid of the run: four variants side by side, each with its seed and its own Reuse.
  await card.getByRole('button', { name: /^Compare the 4 variants of task / }).click();
  const grid = page.getByRole('dialog', { name: /^Variants of task / });
  await expect(grid.getByRole('listitem')).toHaveCount(4);
  await expect(grid.getByTestId('variant-seed')).toHaveText([0, 1, 2, 3].map((i) => `seed ${SEED + i}`));
  await expect(grid).toContainText(`Variant i used seed ${SEED} + (i − 1)`);
  await grid.getByRole('button', { name: 'Open variant 2' }).click();

  // The viewer on variant 2 says how it relates to the run, and reuses its own seed.
  const viewer = studio.viewer();
  await expect(viewer.getByTestId('viewer-seed')).toHaveText(`seed ${SEED + 1}`);
  await expect(viewer).toContainText(`Variant 2 of 4 used seed ${SEED} + 1 = ${SEED + 1}; its seed alone reproduces it.`);
  await viewer.getByRole('button', { name: `Reuse seed ${SEED + 1}`, exact: true }).click();
  await expect(page.getByRole('spinbutton', { name: 'Seed', exact: true })).toHaveValue(String(SEED + 1));
  await expect(page.getByRole('switch', { name: 'Random seed' })).toHaveAttribute('aria-checked', 'false');
  await viewer.getByRole('button', { name: 'Discard', exact: true }).click();

  // Again with the reused seed (batch 1): variant 2's pixels, not variant 1's.
  await studio.setNumber('Batch size', 1);
  await studio.generateButton().click();
  await expect(studio.taskCards()).toHaveCount(2);
  await studio.waitForResults(1);
  expect(sent[1]!.body).toMatchObject({ Seed: SEED + 1, BatchSize: 1 });
  const again = await studio.taskCards().first().getByRole('button', { name: 'Open result 1 of 1' }).locator('img').getAttribute('src');
  const [first, second, reproduced] = await Promise.all([studio.resultBytes(urls[0]!), studio.resultBytes(urls[1]!), studio.resultBytes(again!)]);
  expect(reproduced.equals(second)).toBe(true);
  expect(reproduced.equals(first)).toBe(false);
});
