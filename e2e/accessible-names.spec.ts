import { expect, test, type Page } from '@playwright/test';
import { FIXTURES } from './pages/canvasPage';
import { StudioPage, type ActionTab } from './pages/studioPage';

const CONTROL_ROLES = new Set(['button', 'textbox', 'spinbutton', 'slider', 'checkbox', 'switch', 'combobox', 'tab', 'radio', 'listbox', 'menuitem', 'searchbox']);

interface AXNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
}

/** Controls Chromium's accessibility tree exposes without a name: what screen readers and tests cannot find. */
async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored && CONTROL_ROLES.has(node.role?.value ?? '') && !(node.name?.value ?? '').trim())
    .map((node) => node.role?.value ?? '?');
}

test('every control has an accessible name: each tab, a ControlNet unit, the result viewer and History', async ({ page }) => {
  // A generation runs on the local engine in the middle: room for a busy machine.
  test.setTimeout(120_000);
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await unnamedControls(page)).toEqual([]);
  await studio.openImage(FIXTURES.landscape);
  await studio.addForeground(FIXTURES.foreground);
  // The Select menu, the Select object tool's options and the edge options popover.
  await studio.button('Select').click();
  expect(await unnamedControls(page), 'Select menu').toEqual([]);
  await page.getByRole('menuitem', { name: 'Grow mask…' }).click();
  expect(await unnamedControls(page), 'Grow mask').toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('w');
  await studio.button('Edge options').click();
  await expect(page.getByRole('dialog', { name: 'Edge options' })).toBeVisible();
  expect(await unnamedControls(page), 'Select object and edge options').toEqual([]);
  await page.keyboard.press('Escape');
  for (const tab of ['Generate Images', 'Inpaint / Outpaint', 'Generate Backgrounds', 'Pattern Conversion', 'Text to Image (legacy)'] as ActionTab[]) {
    await studio.tab(tab).click();
    expect(await unnamedControls(page), tab).toEqual([]);
  }
  await studio.tab('Generate Images').click();
  await page.getByRole('button', { name: 'Add ControlNet unit' }).click();
  await page.getByRole('switch', { name: 'Image2Image' }).click();
  expect(await unnamedControls(page), 'ControlNet unit').toEqual([]);

  await studio.generate('GenerateImages');
  await studio.waitForResults(1);
  await studio.openResult();
  expect(await unnamedControls(page), 'result viewer').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Recall task/ }).first()).toBeVisible();
  expect(await unnamedControls(page), 'History').toEqual([]);
});
