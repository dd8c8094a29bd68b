import { expect, test, type Page, type Request } from '@playwright/test';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { FIXTURES, type DecodedImage } from './pages/canvasPage';
import { inRequest, StudioPage } from './pages/studioPage';

const BRUSH = 40;
const STROKE_Y = 200;

/** Autosave writes 800 ms after the last change; the status bar says when it is done. */
async function waitForAutosave(page: Page): Promise<void> {
  await expect(page.getByTestId('autosave-status')).toHaveText('All changes saved');
}

/** Opens the landscape, paints a hard line, adds the bottle as a layer and types a prompt. */
async function makeWork(studio: StudioPage, prompt: string): Promise<DecodedImage> {
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.paintHardLine({ x: 200, y: STROKE_Y }, { x: 600, y: STROKE_Y }, BRUSH);
  await studio.addForeground(FIXTURES.foreground);
  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt(prompt);
  return studio.exportImage('Download mask');
}

async function expectWorkBack(studio: StudioPage, mask: DecodedImage, prompt: string): Promise<void> {
  const page = studio.page;
  await expect(studio.documentSize()).toHaveText('960 × 640 px');
  await expect(page.getByRole('list', { name: 'Layers' }).getByRole('button', { name: 'Select bottle-foreground' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Layers' }).getByText('landscape.png')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Positive prompt 1', exact: true })).toHaveValue(prompt);
  await expect(studio.tab('Inpaint / Outpaint')).toHaveAttribute('aria-selected', 'true');
  const restored = await studio.exportImage('Download mask');
  expect([restored.width, restored.height]).toEqual([960, 640]);
  expect(restored.data.equals(mask.data), 'mask pixels after restore').toBe(true);
  expect(restored.at(400, STROKE_Y)).toBe(255);
  expect(restored.at(400, STROKE_Y + BRUSH)).toBe(0);
}

/**
 * The local engine archives a task's params but not its input images (only the PICPIK-mode
 * archive does). Until it does, this serves the archive's side of the contract: an item
 * without Inputs gets /files/<sha256>.png URLs of the images it was sent, and those files.
 */
async function archiveInputsIfMissing(page: Page, sentImages: string[]): Promise<void> {
  const files = new Map<string, Buffer>();
  for (const dataUri of sentImages) {
    const bytes = Buffer.from(dataUri.slice(dataUri.indexOf(',') + 1), 'base64');
    files.set(`/files/${createHash('sha256').update(bytes).digest('hex')}.png`, bytes);
  }
  await page.route('**/api/history?**', async (route) => {
    const answer = await route.fetch();
    const body = (await answer.json()) as { items: { Inputs: string[] }[] };
    for (const item of body.items) if (item.Inputs.length === 0) item.Inputs = [...files.keys()];
    await route.fulfill({ response: answer, json: body });
  });
  await page.route('**/files/**', async (route) => {
    const answer = await route.fetch();
    const bytes = files.get(new URL(route.request().url()).pathname);
    if (answer.ok() || !bytes) return route.fulfill({ response: answer });
    await route.fulfill({ status: 200, contentType: 'image/png', body: bytes });
  });
}

const isPicpik = (action: string) => (request: Request) =>
  request.url().endsWith('/api/picpik') && request.method() === 'POST' && (request.postDataJSON() as { Action?: string }).Action === action;

test('a reload brings back the mask pixels, the layers and the prompt', async ({ page }) => {
  const studio = new StudioPage(page);
  const mask = await makeWork(studio, 'a wooden boat');
  await waitForAutosave(page);
  await page.reload();
  await expect(studio.viewport.locator('canvas').first()).toBeVisible();
  await expectWorkBack(studio, mask, 'a wooden boat');
  // Nothing was lost, so nothing to explain.
  await expect(page.getByText(/could not be restored/)).toHaveCount(0);
});

test('damaged autosave data starts fresh with a notice instead of crashing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.setPrompt('will be lost');
  await waitForAutosave(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('picpik-studio');
        open.onsuccess = () => {
          const tx = open.result.transaction('work', 'readwrite');
          tx.objectStore('work').put({ formatVersion: 1, document: 'garbage' }, 'current');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be restored because it is damaged' })).toBeVisible();
  await expect(studio.documentSize()).toHaveText('1024 × 1024 px');
  await expect(page.getByRole('textbox', { name: 'Positive prompt 1', exact: true })).toHaveValue('');
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(page.getByText(/could not be restored/)).toHaveCount(0);
});

test('Save project, New document, Open project: the work is back, and Undo takes the opening back', async ({ page }, testInfo) => {
  const studio = new StudioPage(page);
  const mask = await makeWork(studio, 'a lighthouse');
  const [download] = await Promise.all([page.waitForEvent('download'), studio.button('Save project').click()]);
  expect(download.suggestedFilename()).toMatch(/^landscape-\d{4}-\d{2}-\d{2}-\d{4}\.picpik$/);
  const projectPath = testInfo.outputPath('project.picpik');
  await download.saveAs(projectPath);

  // Saved to a file: New document does not ask.
  await studio.button('New document').click();
  await expect(studio.documentSize()).toHaveText('1024 × 1024 px');
  await expect(page.getByRole('list', { name: 'Layers' }).getByRole('button', { name: 'Select bottle-foreground' })).toHaveCount(0);
  await expect(studio.button('Undo')).toBeDisabled();

  // Unsaved work: New document asks, and Cancel keeps it.
  await studio.setPrompt('keep me');
  await studio.button('New document').click();
  const confirm = page.getByRole('alertdialog', { name: 'Start a new document?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox', { name: 'Positive prompt 1', exact: true })).toHaveValue('keep me');

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), studio.button('Open project').click()]);
  await chooser.setFiles(projectPath);
  await expectWorkBack(studio, mask, 'a lighthouse');

  await studio.button('Undo').click();
  await expect(studio.documentSize()).toHaveText('1024 × 1024 px');
  await expect(page.getByRole('textbox', { name: 'Positive prompt 1', exact: true })).toHaveValue('keep me');
  await studio.button('Redo').click();
  await expect(page.getByRole('textbox', { name: 'Positive prompt 1', exact: true })).toHaveValue('a lighthouse');

  // A bad file is refused with what is wrong; the work stays.
  const badPath = testInfo.outputPath('bad.picpik.json');
  await writeFile(badPath, JSON.stringify({ format: 'picpik-studio-project', version: 1, document: { width: 'wide' } }));
  const [again] = await Promise.all([page.waitForEvent('filechooser'), studio.button('Open project').click()]);
  await again.setFiles(badPath);
  await expect(page.getByRole('alert').filter({ hasText: /This project file is damaged: .*document\.width/ })).toBeVisible();
  await expect(studio.documentSize()).toHaveText('960 × 640 px');
});

test('tasks survive a reload: pending ones are polled again, finished ones keep their results', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.tab('Generate Images').click();
  await studio.setPrompt('blue sky over the sea');
  const finished = page.waitForResponse((response) => isPicpik('GenerateImages')(response.request()));
  await studio.generate('GenerateImages');
  const finishedUid = ((await (await finished).json()) as { TaskUID: string }).TaskUID;
  await studio.waitForResults(1);

  // Keep the second task "Running" in this page's eyes until the reload.
  await page.route('**/api/picpik', async (route) => {
    const body = route.request().postDataJSON() as { Action: string; TaskUIDList?: string[] };
    if (body.Action !== 'ListTasksDetails') return route.continue();
    await route.fulfill({ json: { RetCode: 0, Action: 'ListTasksDetails', TaskDetailList: (body.TaskUIDList ?? []).map((TaskUID) => ({ TaskUID, Status: 'Running' })) } });
  });
  const pending = page.waitForResponse((response) => isPicpik('GenerateImages')(response.request()));
  await studio.generate('GenerateImages');
  const pendingUid = ((await (await pending).json()) as { TaskUID: string }).TaskUID;
  await expect(studio.results().getByRole('listitem', { name: `Task ${pendingUid}` })).toContainText('Running…');
  await waitForAutosave(page);
  await page.unroute('**/api/picpik');

  const polled: string[][] = [];
  page.on('request', (request) => {
    if (isPicpik('ListTasksDetails')(request)) polled.push((request.postDataJSON() as { TaskUIDList: string[] }).TaskUIDList);
  });
  await page.reload();
  for (const uid of [finishedUid, pendingUid]) {
    await expect(studio.results().getByRole('listitem', { name: `Task ${uid}` }).getByRole('button', { name: /^Open result 1 of 1$/ })).toBeVisible({ timeout: 60_000 });
  }
  // The reload starts with an empty cache: the first poll asks for every restored task.
  expect(polled[0]?.slice().sort()).toEqual([finishedUid, pendingUid].sort());
  // Everything is final now: polling has stopped.
  const pollsWhenDone = polled.length;
  await page.waitForTimeout(2500);
  expect(polled.length).toBe(pollsWhenDone);
  await studio.openResult();
});

test('a transient failure is retried with the same request_uuid and shows the retry', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.tab('Generate Images').click();
  await studio.setPrompt('green hills');
  const bodies: Record<string, unknown>[] = [];
  await page.route('**/api/picpik', async (route) => {
    const body = route.request().postDataJSON() as Record<string, unknown>;
    if (body.Action !== 'GenerateImages') return route.continue();
    bodies.push(body);
    if (bodies.length <= 2) return route.fulfill({ status: 503, json: { RetCode: 503, Action: 'GenerateImages', Message: 'PICPIK answered HTTP 503' } });
    return route.continue();
  });
  await studio.generate('GenerateImages');
  await expect(page.getByRole('button', { name: 'Generate' })).toContainText(/Retrying \(\d\/3\)…/);
  await studio.waitForResults(1);
  expect(bodies).toHaveLength(3);
  expect(new Set(bodies.map((body) => body.request_uuid)).size).toBe(1);
  expect(bodies[2]).toEqual(bodies[0]);
  await expect(studio.results().getByRole('listitem')).toHaveCount(1);
});

test('History lists a finished task; Recall puts the prompt, seed, picture and mask back and its results in the tray', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.paintHardLine({ x: 200, y: STROKE_Y }, { x: 600, y: STROKE_Y }, BRUSH);
  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt('a red canoe');
  await page.getByRole('switch', { name: 'Random seed' }).click();
  await page.getByRole('spinbutton', { name: 'Seed', exact: true }).fill('4242');
  const submitted = page.waitForResponse((response) => isPicpik('ModifyMaskedPixels')(response.request()));
  const sent = await studio.generate('ModifyMaskedPixels');
  const taskUid = ((await (await submitted).json()) as { TaskUID: string }).TaskUID;
  await studio.waitForResults(1);
  await archiveInputsIfMissing(page, sent.ImageAndMaskList as string[]);
  const region = await studio.region();
  const size = { width: sent.Width as number, height: sent.Height as number };

  await studio.button('New document').click();
  await page.getByRole('alertdialog', { name: 'Start a new document?' }).getByRole('button', { name: 'Discard and start new' }).click();
  await expect(studio.documentSize()).toHaveText('1024 × 1024 px');
  await expect(studio.results().getByRole('listitem')).toHaveCount(0);

  await studio.button('History').click();
  const history = page.getByRole('dialog', { name: 'History' });
  const entry = history.getByRole('listitem', { name: `Task ${taskUid}` });
  await expect(entry).toContainText('Inpaint / Outpaint');
  await expect(entry).toContainText('a red canoe');
  await expect(entry).toContainText('seed 4242');
  await expect(entry.getByRole('img', { name: 'First result' })).toBeVisible();
  await entry.getByRole('button', { name: `Recall task ${taskUid}` }).click();
  await expect(history).toBeHidden();

  await expect(page.getByRole('textbox', { name: 'Positive prompt 1', exact: true })).toHaveValue('a red canoe');
  await expect(page.getByRole('spinbutton', { name: 'Seed', exact: true })).toHaveValue('4242');
  await expect(studio.tab('Inpaint / Outpaint')).toHaveAttribute('aria-selected', 'true');
  // Only the region's crop was sent, so without the photo open Recall opens that crop as sent.
  await expect(studio.documentSize()).toHaveText(`${size.width} × ${size.height} px`);
  await expect(page.getByRole('list', { name: 'Layers' }).getByText('Recalled picture')).toBeVisible();
  const mask = await studio.exportImage('Download mask');
  const onStroke = inRequest({ x: 400, y: STROKE_Y }, region, size);
  const belowStroke = inRequest({ x: 400, y: STROKE_Y + BRUSH }, region, size);
  expect(mask.at(Math.round(onStroke.x), Math.round(onStroke.y))).toBe(255);
  expect(mask.at(Math.round(belowStroke.x), Math.round(belowStroke.y))).toBe(0);
  await expect(studio.results().getByRole('listitem', { name: `Task ${taskUid}` }).getByRole('button', { name: /^Open result 1 of 1$/ })).toBeVisible();

  // The recall is one undo step.
  await studio.button('Undo').click();
  await expect(studio.documentSize()).toHaveText('1024 × 1024 px');
  await expect(page.getByRole('textbox', { name: 'Positive prompt 1', exact: true })).toHaveValue('');
});
