import { expect, test, type Route } from '@playwright/test';
import { FIXTURES } from './pages/canvasPage';
import { FirstRunPage, isSubmission } from './pages/firstRunPage';

/**
 * A reload at any moment of a Generate loses nothing: while the images are encoded, while the
 * request is on its way, right after the answer. Each time the task is found again, exactly
 * once (the resend carries the same request_uuid and the server answers with the task it
 * already started), its results arrive, and the kept submission is cleaned up.
 */

const WORKER_SCRIPT = '**/assets/encodeWorker-*.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** A picture on the canvas sent as Image2Image, so the submit really encodes images. */
async function prepare(studio: FirstRunPage, prompt: string, seed: number): Promise<void> {
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await studio.prepareGenerateImages(prompt, seed);
  await studio.page.getByRole('switch', { name: 'Image2Image' }).click();
  await expect(studio.generateButton()).toBeEnabled();
}

async function expectTaskBackOnce(studio: FirstRunPage, taskUid: string | undefined): Promise<void> {
  await expect(studio.taskCards()).toHaveCount(1, { timeout: 60_000 });
  if (taskUid) await expect(studio.taskCards()).toHaveAttribute('aria-label', `Task ${taskUid}`);
  await studio.waitForResults(1);
  await expect(studio.pendingCards()).toHaveCount(0);
  await expect.poll(() => studio.keptSubmissions(), { timeout: 15_000 }).toEqual([]);
}

test('reload while the images are being encoded: the submission is encoded again and sent once', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await prepare(studio, 'a lighthouse at dusk', 101);
  const sent = studio.recordSubmissions('GenerateImages');
  // Hold the encoder: the submit stays in its encoding stage until the reload.
  const release = deferred();
  await page.route(WORKER_SCRIPT, async (route: Route) => {
    await release.promise;
    await route.abort().catch(() => undefined);
  });
  await studio.generateButton().click();
  await expect(studio.pendingCards().getByTestId('pending-status')).toHaveText('Preparing the request…');
  await expect.poll(() => studio.keptSubmissions()).toEqual([expect.objectContaining({ stage: 'preparing' })]);
  expect(sent).toHaveLength(0);

  // The held worker script dies with the page; the reloaded page loads it.
  const reloaded = page.reload();
  await page.unroute(WORKER_SCRIPT);
  await reloaded;
  release.resolve();
  await expect(studio.pendingCards().or(studio.taskCards()).first()).toBeVisible();
  await expectTaskBackOnce(studio, undefined);
  expect(sent).toHaveLength(1);
  expect((sent[0]!.body.ImageAndMaskList as string[])[0]).toMatch(/^data:image\/png;base64,/);
  expect(sent[0]!.body.PositivePrompts).toEqual(['a lighthouse at dusk']);
});

test('reload while the request is on its way: resent under the same request_uuid, the server answers with the same task', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await prepare(studio, 'a red barn', 202);
  const sent = studio.recordSubmissions('GenerateImages');
  const reachedServer = deferred();
  const release = deferred();
  let first: { TaskUID: string } | undefined;
  await page.route('**/api/picpik', async (route: Route) => {
    if (!isSubmission(route.request(), 'GenerateImages') || first) return route.continue();
    // The server gets the request and starts the task; the answer never reaches the page.
    first = (await (await route.fetch()).json()) as { TaskUID: string };
    reachedServer.resolve();
    await release.promise;
    await route.abort().catch(() => undefined);
  });
  await studio.generateButton().click();
  await reachedServer.promise;
  expect(await studio.keptSubmissions()).toEqual([expect.objectContaining({ stage: 'ready' })]);

  // The route stays: the held request dies with the page; later ones pass.
  await page.reload();
  release.resolve();
  await expectTaskBackOnce(studio, first!.TaskUID);
  expect(sent).toHaveLength(2);
  expect(sent[1]!.requestUuid).toBe(sent[0]!.requestUuid);
  expect(sent[1]!.body).toEqual(sent[0]!.body);
});

test('reload right after the answer: the task is in the tray once and its results arrive', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await prepare(studio, 'a blue boat', 303);
  const sent = studio.recordSubmissions('GenerateImages');
  const answered = deferred();
  let answer: { TaskUID: string } | undefined;
  await page.route('**/api/picpik', async (route: Route) => {
    if (!isSubmission(route.request(), 'GenerateImages') || answer) return route.continue();
    const response = await route.fetch();
    answer = (await response.json()) as { TaskUID: string };
    await route.fulfill({ response });
    answered.resolve();
  });
  await studio.generateButton().click();
  await answered.promise;
  // Before the autosave's 800 ms: only the kept submission knows about the task.
  await page.reload();
  await expectTaskBackOnce(studio, answer!.TaskUID);
  // Resent at most once, always under the first request_uuid.
  expect(new Set(sent.map((entry) => entry.requestUuid)).size).toBe(1);
});

test('a stroke painted just before a reload is kept', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await studio.goto();
  await studio.openImage(FIXTURES.landscape);
  await expect(page.getByTestId('autosave-status')).toHaveText('All changes saved');
  await studio.paintHardLine({ x: 150, y: 300 }, { x: 700, y: 300 }, 40);
  // No wait for the autosave: the page is left at once.
  await page.reload();
  await expect(studio.documentSize()).toHaveText('960 × 640 px');
  const mask = await studio.exportImage('Download mask');
  expect(mask.at(400, 300)).toBe(255);
  expect(mask.at(400, 360)).toBe(0);
});
