// The browser scenarios of scripts/bench/region.ts, each on a fresh page of the studio.
import { expect, type Browser, type Page } from '@playwright/test';
import { largePhoto } from '../../e2e/fixtures/largePhoto';
import { StudioPage } from '../../e2e/pages/studioPage';
import { measureStroke, paintStrokes, percentile } from '../bench-canvas.mjs';
import { chromiumPssMB, collectGarbage } from './chromiumMemory';

type Size = { width: number; height: number };
const label = ({ width, height }: Size) => `${width}×${height}`;
const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function openStudio(browser: Browser, url: string): Promise<StudioPage> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(120_000);
  await page.goto(`${url}/?bench`);
  const studio = new StudioPage(page);
  await expect(studio.viewport.locator('canvas').first()).toBeVisible({ timeout: 60_000 });
  return studio;
}

/** Opens the photo and waits for the document to take its size (a 48 MP decode takes longer than expect's default 5 s). */
async function openPhoto(studio: StudioPage, size: Size): Promise<void> {
  await studio.chooseFile('Open image', await largePhoto(size.width, size.height));
  await expect(studio.documentSize()).toHaveText(`${size.width} × ${size.height} px`, { timeout: 120_000 });
}

/** Open image → the document shows the photo: file handed to the page until two frames after the status bar has its size. */
export async function openToFirstPaint(browser: Browser, url: string, size: Size, runs = 3): Promise<{ medianMs: number; runsMs: number[] }> {
  const path = await largePhoto(size.width, size.height);
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const studio = await openStudio(browser, url);
    const [chooser] = await Promise.all([studio.page.waitForEvent('filechooser'), studio.button('Open image').click()]);
    const started = performance.now();
    await chooser.setFiles(path);
    await expect(studio.documentSize()).toHaveText(`${size.width} × ${size.height} px`, { timeout: 120_000 });
    await nextFrames(studio.page);
    runsMs.push(Math.round(performance.now() - started));
    await studio.page.close();
  }
  return { medianMs: percentile(runsMs, 50), runsMs };
}

/** p95 frame interval while painting (one stroke, two moves a frame) on a photo of `size` after 200 committed strokes. */
export async function paintingAfterStrokes(browser: Browser, url: string, size: Size): Promise<{ document: string; frameP95Ms: number; runsP95Ms: number[]; historyMB: number }> {
  const studio = await openStudio(browser, url);
  const page = studio.page;
  await openPhoto(studio, size);
  await studio.tool('Brush').click();
  await page.getByRole('spinbutton', { name: 'Brush size value' }).fill('120');
  await page.keyboard.press('Escape');
  await measureStroke(page, 30); // warm-up
  const painted = await paintStrokes(page, 200, size);
  const runsP95Ms: number[] = [];
  for (let i = 0; i < 3; i++) runsP95Ms.push(Math.round(percentile((await measureStroke(page, 150)).intervals, 95) * 100) / 100);
  await page.close();
  return { document: label(size), frameP95Ms: percentile(runsP95Ms, 50), runsP95Ms, historyMB: Math.round(painted.history.bytes / 1e4) / 100 };
}

/** Memory of a photo of `size` with the main mask and three ControlNet unit masks, each painted with one short stroke. */
export async function memoryWithFourMasks(browser: Browser, url: string, size: Size) {
  const studio = await openStudio(browser, url);
  const page = studio.page;
  await nextFrames(page);
  await collectGarbage(page);
  const emptyStudioMB = Math.round(await chromiumPssMB(browser));
  await openPhoto(studio, size);
  await nextFrames(page);
  await collectGarbage(page);
  const photoOnlyMB = Math.round(await chromiumPssMB(browser));
  const stroke = (n: number) => studio.paintHardLine({ x: 1000 + n * 1500, y: 1500 + n * 900 }, { x: 1400 + n * 1500, y: 1700 + n * 900 }, 80);
  await stroke(0);
  await studio.tab('Generate Images').click();
  for (let unit = 1; unit <= 3; unit++) {
    await page.getByRole('button', { name: 'Add ControlNet unit', exact: true }).click();
    const group = page.getByRole('tabpanel').getByRole('group', { name: `ControlNet unit ${unit}`, exact: true });
    await group.getByRole('button', { name: 'Paint mask', exact: true }).click();
    await stroke(unit);
  }
  await nextFrames(page);
  const bench = await page.evaluate(() => {
    const probe = (window as unknown as { __picpikBench: { maskMemoryBytes: () => number; history: () => { bytes: number } } }).__picpikBench;
    return { maskBytes: probe.maskMemoryBytes(), historyBytes: probe.history().bytes };
  });
  await collectGarbage(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const heap = metrics.metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  const result = {
    document: label(size),
    chromiumPssMB: Math.round(await chromiumPssMB(browser)),
    emptyStudioPssMB: emptyStudioMB,
    photoOnlyPssMB: photoOnlyMB,
    maskTilesMB: Math.round(bench.maskBytes / 1e4) / 100,
    historyMB: Math.round(bench.historyBytes / 1e4) / 100,
    jsHeapMB: Math.round(heap / 1e4) / 100,
    wholeMaskRastersWouldBeMB: Math.round((4 * size.width * size.height * 4) / 1e6),
  };
  await page.close();
  return result;
}

export type RequestMeasure = { bytes: number; width: number; height: number } | { refused: string };

/**
 * Bytes of the ModifyMaskedPixels request for one 200 px stroke in the middle of a photo of
 * `size`, or the studio's own refusal when it will not send one (the build before regions
 * refused a 6000 × 4000 document: Width past 2560, images past 4096 px).
 */
export async function strokeRequestBytes(browser: Browser, url: string, size: Size): Promise<RequestMeasure> {
  const studio = await openStudio(browser, url);
  const page = studio.page;
  await openPhoto(studio, size);
  const middle = { x: Math.round(size.width / 2), y: Math.round(size.height / 2) };
  await studio.paintHardLine({ x: middle.x - 100, y: middle.y }, { x: middle.x + 100, y: middle.y }, 40);
  await studio.tab('Inpaint / Outpaint').click();
  await studio.setPrompt('grass');
  // The request is measured, not run: the engine would only keep the machine busy.
  await page.route('**/api/picpik', (route) => (route.request().postDataJSON()?.Action === 'ModifyMaskedPixels' ? route.abort() : route.fallback()));
  const sent = page
    .waitForRequest((request) => request.url().endsWith('/api/picpik') && request.postDataJSON()?.Action === 'ModifyMaskedPixels')
    .then((request) => request.postDataBuffer() ?? Buffer.alloc(0));
  const refusal = page.getByText(/must be an integer from 64 to 2560/).first();
  await studio.generateButton().click();
  const outcome = await Promise.race([sent, refusal.waitFor().then(() => refusal.textContent())]);
  await page.close();
  if (!Buffer.isBuffer(outcome)) return { refused: (outcome ?? '').replace(/\s+/g, ' ').trim() };
  const { Width, Height } = JSON.parse(outcome.toString('utf8')) as { Width: number; Height: number };
  return { bytes: outcome.length, width: Width, height: Height };
}
