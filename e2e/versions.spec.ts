import { createHash } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { largePhoto } from './fixtures/largePhoto';
import { decodePng } from './pages/canvasPage';
import { StudioPage } from './pages/studioPage';

/**
 * Variants and versions as a designer meets them: two runs of 2 variants over the same region,
 * staged in place; accept one of run 1; back to the original; accept one of run 2 (a second
 * branch); switch between the branches from the Versions panel and compare them; reload.
 */
test.describe.configure({ timeout: 300_000 });

const shot = (page: Page, name: string) => page.screenshot({ path: `${process.env.E2E_OUT ?? 'test-results'}/versions-${name}.png` });

const versions = (page: Page) => page.getByRole('region', { name: 'Versions' });
const version = (page: Page, number: number) => versions(page).getByRole('button', { name: new RegExp(`^Version ${number} · `) });

async function composite(studio: StudioPage): Promise<string> {
  const image = await studio.exportImage('Download composite');
  return createHash('sha256').update(image.data).digest('hex');
}

async function maskHash(studio: StudioPage): Promise<string> {
  const image = await studio.exportImage('Download mask');
  return createHash('sha256').update(image.data).digest('hex');
}

/** Keys go to the page, not to the prompt the test just typed into. */
async function leaveFields(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function expectShown(page: Page, number: number): Promise<void> {
  await expect(version(page, number)).toHaveAttribute('aria-current', 'true');
  await expect(versions(page).locator('[aria-current="true"]')).toHaveCount(1);
}

test('two runs in one region, two branches of versions, switch and compare, reload keeps the tree', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(await largePhoto(1200, 800));
  await expect(studio.documentSize()).toHaveText('1200 × 800 px', { timeout: 30_000 });
  const original = await composite(studio);
  await expect(versions(page)).toContainText('Each variant you accept becomes a version');

  await studio.paintHardLine({ x: 500, y: 400 }, { x: 640, y: 400 }, 50);
  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt('moss on stone');
  await studio.setNumber('Batch size', 2);

  // Run 1 finishes and is staged in place: the viewer keeps the canvas visible and cycles with the arrows.
  await studio.generate('ModifyMaskedPixels');
  await studio.waitForResults(2);
  const viewer = page.getByRole('dialog', { name: 'Result viewer' });
  await expect(viewer).toContainText('1 / 2');
  await expect(viewer.getByRole('button', { name: 'Accept', exact: true })).toBeEnabled({ timeout: 30_000 });
  await leaveFields(page);
  await page.keyboard.press('ArrowRight');
  await expect(viewer).toContainText('2 / 2');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(viewer).toContainText('2 / 2');
  await shot(page, '1-staged');

  // While run 1 is staged, the canvas stays editable and run 2 starts: the staged variant stays.
  await studio.tool('Brush').click();
  await expect(viewer).toBeVisible();
  await studio.generate('ModifyMaskedPixels');
  await expect(studio.results().getByRole('listitem')).toHaveCount(2);
  await studio.waitForResults(2);
  await expect(viewer).toContainText('2 / 2');

  // Enter takes the variant shown: Version 1 is the original, Version 2 the accepted variant.
  await leaveFields(page);
  await expect(viewer.getByRole('button', { name: 'Accept', exact: true })).toBeEnabled({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await expect(viewer).toBeHidden();
  await expect(version(page, 1)).toHaveAccessibleName('Version 1 · Original');
  await expect(version(page, 2)).toHaveAccessibleName(/^Version 2 · Inpaint · seed \d+ · variant 2 of 2$/);
  await expectShown(page, 2);
  const branchA = await composite(studio);
  expect(branchA).not.toBe(original);

  // Undo walks back to the original, redo forward again; "here" follows.
  await page.keyboard.press('Control+z');
  await expectShown(page, 1);
  await page.keyboard.press('Control+Shift+z');
  await expectShown(page, 2);

  // Back to the original from the panel, then a variant of run 2: a second branch.
  await version(page, 1).click();
  await expectShown(page, 1);
  expect(await composite(studio)).toBe(original);
  // A further stroke before accepting from run 2: that version keeps the mask as it is then.
  const maskOfBranchA = await maskHash(studio);
  await studio.paintHardLine({ x: 200, y: 650 }, { x: 320, y: 650 }, 30);
  const maskOfBranchB = await maskHash(studio);
  expect(maskOfBranchB).not.toBe(maskOfBranchA);
  const run2 = studio.results().getByRole('listitem').first();
  await run2.getByRole('button', { name: 'Open result 1 of 2' }).click();
  await expect(viewer).toContainText('1 / 2');
  await viewer.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(viewer).toBeHidden();
  await expect(version(page, 3)).toHaveAccessibleName(/^Version 3 · Inpaint · seed \d+ · variant 1 of 2$/);
  await expectShown(page, 3);
  const branchB = await composite(studio);
  expect(branchB).not.toBe(branchA);
  expect(branchB).not.toBe(original);
  // Both are children of the original: nothing was replaced.
  const root = versions(page).locator('li[data-version="v1"]');
  await expect(root.locator('li[data-version="v2"]')).toHaveCount(1);
  await expect(root.locator('li[data-version="v3"]')).toHaveCount(1);
  await expect(root.locator('li[data-version="v2"] li[data-version="v3"]')).toHaveCount(0);
  await shot(page, '2-two-branches');

  // Switch between the branches: each shows exactly its own picture and the masks it was made with.
  await version(page, 2).click();
  await expectShown(page, 2);
  expect(await composite(studio)).toBe(branchA);
  expect(await maskHash(studio)).toBe(maskOfBranchA);
  await version(page, 3).click();
  await expectShown(page, 3);
  expect(await composite(studio)).toBe(branchB);
  expect(await maskHash(studio)).toBe(maskOfBranchB);
  // Going to a version is one undo step, masks included.
  await leaveFields(page);
  await page.keyboard.press('Control+z');
  await expectShown(page, 2);
  expect(await maskHash(studio)).toBe(maskOfBranchA);
  await page.keyboard.press('Control+Shift+z');
  await expectShown(page, 3);
  expect(await maskHash(studio)).toBe(maskOfBranchB);

  // Compare branch A with the picture (branch B): slider, then the changed pixels.
  await versions(page).getByRole('button', { name: 'Compare version 2 with the picture' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare versions' });
  await expect(compare.getByRole('combobox', { name: 'Left version' })).toHaveValue('v2');
  await expect(compare.getByRole('combobox', { name: 'Right version' })).toHaveValue('v3');
  await compare.getByRole('slider', { name: 'Version compare position' }).fill('30');
  await shot(page, '3-compare-slider');
  await compare.getByRole('button', { name: 'Changes' }).click();
  const changedShare = compare.getByTestId('versions-changed-share');
  await expect(changedShare).toHaveText(/^[\d,]+ px differ \((< 0\.01|\d+\.\d\d) %\)$/);
  await shot(page, '4-compare-changes');
  const changedPixels = Number(await changedShare.getAttribute('data-changed-pixels'));
  expect(changedPixels).toBeGreaterThan(0);
  expect(changedPixels).toBeLessThan(0.1 * 1200 * 800); // only the small region differs
  // Any two versions, not only one and the picture: a version against itself differs nowhere.
  await compare.getByRole('combobox', { name: 'Right version' }).selectOption('v2');
  await expect(changedShare).toHaveAttribute('data-changed-pixels', '0');
  await compare.getByRole('combobox', { name: 'Left version' }).selectOption('v1');
  await expect(changedShare).not.toHaveAttribute('data-changed-pixels', '0');
  // Hold to compare: the left version alone while the button is held, the changes again after.
  const markedPixels = () =>
    compare.getByLabel('Changed pixels between the versions').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let marked = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 255 && data[i + 1] === 40 && data[i + 2] === 80) marked++;
      return marked;
    });
  expect(await markedPixels()).toBeGreaterThan(0);
  await compare.getByRole('button', { name: 'Hold to see the left version' }).hover();
  await page.mouse.down();
  await expect.poll(markedPixels).toBe(0);
  await page.mouse.up();
  await expect.poll(markedPixels).toBeGreaterThan(0);
  await compare.getByRole('button', { name: 'Close version compare' }).click();

  // Star one, reload: the tree, the star and the version shown are as they were.
  await versions(page).getByRole('button', { name: 'Star version 2' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(studio.documentSize()).toHaveText('1200 × 800 px', { timeout: 30_000 });
  await expectShown(page, 3);
  await expect(versions(page).getByRole('button', { name: /^Version \d+ · / })).toHaveCount(3);
  await expect(versions(page).getByRole('button', { name: 'Unstar version 2' })).toHaveAttribute('aria-pressed', 'true');
  expect(await composite(studio)).toBe(branchB);
  await version(page, 2).click();
  expect(await composite(studio)).toBe(branchA);
  expect(await maskHash(studio)).toBe(maskOfBranchA);
  await shot(page, '5-after-reload');

  // The starred version at full size, in one zip with a manifest.
  const [download] = await Promise.all([page.waitForEvent('download'), versions(page).getByRole('button', { name: 'Download starred (1)' }).click()]);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const names = Object.keys(files).sort();
  expect(names).toEqual([expect.stringMatching(/^version-2-seed\d+\.png$/), 'versions.json']);
  const png = await decodePng(Buffer.from(files[names[0]!]!));
  expect([png.width, png.height]).toEqual([1200, 800]);
  expect(JSON.parse(strFromU8(files['versions.json']!)).versions[0].label).toMatch(/^Version 2 · Inpaint/);
});

test('Esc discards a staged run, the run stays in the tray; a branch is deleted and Undo brings it back', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(await largePhoto(1200, 800));
  await expect(studio.documentSize()).toHaveText('1200 × 800 px', { timeout: 30_000 });
  await studio.paintHardLine({ x: 300, y: 300 }, { x: 400, y: 300 }, 40);
  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt('sand');
  await studio.setNumber('Batch size', 2);
  await studio.generate('ModifyMaskedPixels');
  await studio.waitForResults(2);
  const viewer = page.getByRole('dialog', { name: 'Result viewer' });
  await expect(viewer).toBeVisible();
  await leaveFields(page);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(studio.results().getByRole('listitem')).toHaveCount(1);
  await expect(versions(page).getByRole('button', { name: /^Version / })).toHaveCount(0);

  // A contact sheet of the run's variants: one PNG.
  await studio.results().getByRole('button', { name: /^Compare the 2 variants/ }).click();
  const grid = page.getByRole('dialog', { name: /^Variants of task / });
  const [sheet] = await Promise.all([page.waitForEvent('download'), grid.getByRole('button', { name: 'Download contact sheet' }).click()]);
  const sheetPng = await decodePng((await sheet.path())!);
  expect([sheetPng.width, sheetPng.height]).toEqual([16 + 2 * 528, 16 + 556]);
  await grid.getByRole('button', { name: 'Close variants' }).click();

  const accept = async (): Promise<Locator> => {
    await studio.openResult(1);
    await viewer.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(viewer).toBeHidden();
    return viewer;
  };
  await accept();
  await version(page, 1).click();
  await accept(); // a second branch from the original
  await expectShown(page, 3);
  await expect(versions(page).getByRole('button', { name: 'Delete branch from version 3' })).toBeDisabled();
  await versions(page).getByRole('button', { name: 'Delete branch from version 2' }).click();
  await expect(version(page, 2)).toHaveCount(0);
  await leaveFields(page);
  await page.keyboard.press('Control+z');
  await expect(version(page, 2)).toBeVisible();
  await expectShown(page, 3);
});

test('undo is a tree: an edit after an undo keeps the undone step as a branch that can be redone', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(await largePhoto(1200, 800));
  await expect(studio.documentSize()).toHaveText('1200 × 800 px', { timeout: 30_000 });
  await studio.paintHardLine({ x: 200, y: 200 }, { x: 300, y: 200 }, 40); // A
  await page.keyboard.press('Control+z');
  await studio.paintHardLine({ x: 800, y: 600 }, { x: 900, y: 600 }, 40); // B, after the undo
  await page.keyboard.press('Control+z');
  const branches = page.getByRole('group', { name: 'Redo branches' });
  await expect(branches.getByRole('button')).toHaveCount(2);
  await expect(branches.getByRole('button').nth(1)).toHaveAttribute('aria-pressed', 'true');
  // The first stroke was not discarded: redo its branch.
  await branches.getByRole('button').first().click();
  const mask = await studio.exportImage('Download mask');
  expect(mask.at(250, 200)).toBe(255);
  expect(mask.at(850, 600)).toBe(0);
  // Back at the fork, Redo (Shift+Ctrl+Z) now follows the branch visited last.
  await page.keyboard.press('Control+z');
  await expect(branches.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
});
