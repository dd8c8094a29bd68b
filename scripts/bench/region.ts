// Full-resolution documents and generation regions (issue 10): `node --import tsx scripts/bench/region.ts`,
// also run by `npm run bench`. Measures, in headless Chromium against the studio server:
//   - initial JS: gzip bytes of the scripts index.html loads before the first paint;
//   - open a 6000×4000 camera JPEG → first paint of the document;
//   - painting p95 frame time after 200 strokes on 8000×6000 and on 1024² (and their ratio);
//   - memory of an 8000×6000 photo with the main mask and three ControlNet masks painted a little;
//   - request bytes of one 200 px inpaint stroke on 2560×2560 and 6000×4000, before → after:
//     "before" is the build of BEFORE_COMMIT (the last one that sent the whole document),
//     exported with `git archive` into a temporary folder and served on the next port.
// Writes bench-results/region.json; exits 1 when a budget is missed. BENCH_SKIP_BEFORE=1 skips the old build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startServer } from '../bench-canvas.mjs';
import { chromiumExecutable } from '../browser-path.mjs';
import { memoryWithFourMasks, openToFirstPaint, paintingAfterStrokes, strokeRequestBytes, type RequestMeasure } from './regionScenarios';

/** The parent of 294a2e8 ("requests crop … to the generation region"): requests carried the whole document. */
const BEFORE_COMMIT = '294a2e8~1';
const BUDGET = { initialJsGzipKB: 250, paintP95Ms: (1000 / 60) * 1.1, memoryMB: 1000 };
const PHOTO = { width: 6000, height: 4000 };
const LARGE = { width: 8000, height: 6000 };
const SQUARE = { width: 2560, height: 2560 };

/** gzip bytes of the module scripts and modulepreloads index.html names (what runs before the first paint). */
function initialJs(distDir: string): { files: Record<string, number>; gzipKB: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((match) => match[1] ?? match[2]!);
  const files = Object.fromEntries(sources.map((src) => [src, gzipSync(readFileSync(join(distDir, src))).length]));
  return { files, gzipKB: Math.round(Object.values(files).reduce((sum, bytes) => sum + bytes, 0) / 102.4) / 10 };
}

/** The studio as it was at BEFORE_COMMIT, in a folder of its own that shares this checkout's node_modules. */
function beforeCheckout(): string {
  const folder = join(tmpdir(), `picpik-bench-before-${BEFORE_COMMIT.replace(/\W/g, '')}`);
  if (existsSync(join(folder, 'package.json'))) return folder;
  mkdirSync(folder, { recursive: true });
  const archive = spawnSync('sh', ['-c', `git archive ${BEFORE_COMMIT} | tar -x -C "${folder}"`], { stdio: 'inherit' });
  if (archive.status !== 0) throw new Error(`Could not export ${BEFORE_COMMIT}`);
  symlinkSync(resolve('node_modules'), join(folder, 'node_modules'));
  return folder;
}

async function run(): Promise<boolean> {
  const port = Number(process.env.BENCH_PORT ?? 8798);
  const after = await startServer({ port: String(port) });
  const before = process.env.BENCH_SKIP_BEFORE ? null : await startServer({ cwd: beforeCheckout(), port: String(port + 1), reuseBenchUrl: false });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-renderer-backgrounding'],
  });
  try {
    // Each figure is printed as soon as it is measured; the summary follows at the end.
    const js = initialJs(process.env.STUDIO_DIST_DIR || 'dist');
    console.log('initial JS', js);
    const open = await openToFirstPaint(browser, after.url, PHOTO);
    console.log('open → first paint', open);
    const paintLarge = await paintingAfterStrokes(browser, after.url, LARGE);
    console.log('painting', paintLarge);
    const paintSmall = await paintingAfterStrokes(browser, after.url, { width: 1024, height: 1024 });
    console.log('painting', paintSmall);
    const memory = await memoryWithFourMasks(browser, after.url, LARGE);
    console.log('memory', memory);
    const requests: Record<string, { before: RequestMeasure | null; after: RequestMeasure }> = {};
    for (const size of [SQUARE, PHOTO]) {
      const now = await strokeRequestBytes(browser, after.url, size);
      const then = before ? await strokeRequestBytes(browser, before.url, size) : null;
      requests[`${size.width}×${size.height}`] = { before: then, after: now };
      console.log('request bytes', size, requests[`${size.width}×${size.height}`]);
    }
    const result = {
      date: new Date().toISOString(),
      initialJs: js,
      openPhotoToFirstPaint: { document: '6000×4000 JPEG', ...open },
      painting: { large: paintLarge, small: paintSmall, p95Ratio: Math.round((paintLarge.frameP95Ms / paintSmall.frameP95Ms) * 100) / 100 },
      memory,
      requestBytes200pxStroke: requests,
      beforeCommit: BEFORE_COMMIT,
      budget: BUDGET,
    };
    const checks = {
      initialJs: js.gzipKB <= BUDGET.initialJsGzipKB,
      paintP95: paintLarge.frameP95Ms <= BUDGET.paintP95Ms,
      // The document's share: Chromium with the document and masks, less Chromium with the empty studio.
      memory: memory.chromiumPssMB - memory.emptyStudioPssMB < BUDGET.memoryMB,
    };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/region.json', `${JSON.stringify({ ...result, checks }, null, 2)}\n`);
    const mb = (measure: RequestMeasure | null) =>
      measure === null ? 'not measured' : 'refused' in measure ? `refused (${measure.refused.slice(0, 60)}…)` : `${(measure.bytes / 1e6).toFixed(2)} MB at ${measure.width}×${measure.height}`;
    console.log(`initial JS (gzip) ${js.gzipKB} KB (≤ ${BUDGET.initialJsGzipKB})`);
    console.log(`open 6000×4000 JPEG → first paint: median ${open.medianMs} ms (runs ${open.runsMs.join(', ')})`);
    console.log(`painting p95 frame after 200 strokes: 8000×6000 ${paintLarge.frameP95Ms} ms, 1024² ${paintSmall.frameP95Ms} ms, ratio ${result.painting.p95Ratio} (≤ ${BUDGET.paintP95Ms.toFixed(1)} ms)`);
    console.log(`memory, 8000×6000 photo + 4 masks painted a little: Chromium PSS ${memory.chromiumPssMB} MB (empty studio ${memory.emptyStudioPssMB} MB, photo alone ${memory.photoOnlyPssMB} MB), mask tiles ${memory.maskTilesMB} MB (whole rasters would be ${memory.wholeMaskRastersWouldBeMB} MB), history ${memory.historyMB} MB, JS heap ${memory.jsHeapMB} MB`);
    for (const [document, sent] of Object.entries(requests)) console.log(`request for a 200 px stroke on ${document}: ${mb(sent.before)} → ${mb(sent.after)}`);
    console.log('checks', checks, '→ bench-results/region.json');
    return Object.values(checks).every(Boolean);
  } finally {
    await browser.close();
    await after.stop();
    await before?.stop();
  }
}

run().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
