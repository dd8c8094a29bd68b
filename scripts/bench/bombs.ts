// Image bombs against the real studio server (local engine): peak memory and /api/health latency
// while they are in flight. Bombs are sent through /api/picpik (the boundary must refuse them) and
// injected straight into the engine as tasks archived before the boundary checks existed (the
// engine's own decode cap must refuse them at restart). Then the largest accepted input
// (4096 × 4096) runs, for the worst legitimate case. Run: node --import tsx scripts/bench/bombs.ts
// BOMBS_BENCH_LARGEST=0 skips that last phase (it takes minutes); BOMBS_BENCH_NODE_ARGS passes Node
// flags to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { photoScene } from '../../src/engine/algorithms/testScenes';
import { pngDataUri } from '../../src/engine/testing/engineHarness';
import { dataUri, pngBomb, svgBomb } from '../../src/engine/testing/imageBombs';
import { openEmbeddedStorage } from '../../src/storage/openStorage';

const LIMITS = { peakRssMb: 1500, healthMaxMs: 500 };
const WATCHDOG_MS = 900_000;
const MAIN = { ModelCode: 'PICPIK General' };

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
const round = (ms: number) => Number(ms.toFixed(1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

const watchdog = setTimeout(() => {
  console.error(`bombs bench: no result after ${WATCHDOG_MS / 1000} s, giving up`);
  process.exit(1);
}, WATCHDOG_MS);

// 1. Tasks "from before the fix": archived unfinished, so the next start runs them again.
const dataDir = mkdtempSync(join(tmpdir(), 'bench-bombs-'));
const injected: Record<string, string> = { 'RawImage 16000 × 16000 PNG': 'injected-png-bomb', 'mask 12000 × 12000 PNG': 'injected-mask-bomb' };
{
  const archive = openEmbeddedStorage(dataDir);
  const inject = async (taskUid: string, request: Record<string, unknown> & { Action: string }, images: string[]) => {
    const inputs = await archive.saveInputImages(images);
    await archive.recordSubmission({ taskUid, action: request.Action, request, mode: 'local', seed: 1, inputs, enqueue: true });
  };
  const bomb = dataUri(pngBomb(16000, 16000));
  await inject('injected-png-bomb', { Action: 'RemoveBackground', RawImage: bomb }, [bomb]);
  const picture = await pngDataUri(photoScene(256, 256));
  const maskBomb = dataUri(pngBomb(12000, 12000));
  const list = [picture, maskBomb];
  await inject('injected-mask-bomb', { Action: 'ModifyMaskedPixels', MainModel: MAIN, Width: 256, Height: 256, Masked: { ImageIndex: 0, MaskIndex: 1 }, ImageAndMaskList: list }, list);
  await archive.close();
}

// Every request body is built before the server starts: building them (deflating a bomb, a
// 4096² scene) blocks this process for seconds, which must not count as server latency.
const throughRoute: Record<string, object> = {
  'RemoveBackground, RawImage 16000 × 16000 PNG (31 KB)': { Action: 'RemoveBackground', RawImage: dataUri(pngBomb(16000, 16000)) },
  'RemoveBackground, RawImage 8000 × 8000 PNG': { Action: 'RemoveBackground', RawImage: dataUri(pngBomb(8000, 8000)) },
  'RemoveBackground, RawImage SVG 16000 × 16000 (120 B)': { Action: 'RemoveBackground', RawImage: dataUri(svgBomb(16000, 16000), 'image/svg+xml') },
};
const largestBody = process.env.BOMBS_BENCH_LARGEST === '0' ? '' : JSON.stringify({ Action: 'RemoveBackground', RawImage: await pngDataUri(photoScene(4096, 4096, 7)), OnlyMask: true });

// 2. The server, sampled for memory and health from its first answer on.
const port = 19500 + Math.floor(Math.random() * 400);
const nodeArgs = (process.env.BOMBS_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const runLargest = process.env.BOMBS_BENCH_LARGEST !== '0';
const server = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/proxy/server.ts'], {
  env: {
    ...process.env, STUDIO_ENV_FILE: 'none', HOST: '127.0.0.1', PORT: String(port), PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: '',
    DATA_DIR: dataDir, STUDIO_DIST_DIR: mkdtempSync(join(tmpdir(), 'bench-bombs-dist-')), RATE_LIMIT_PER_MIN: '0', SUBMIT_RATE_LIMIT_PER_MIN: '0',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverLog = '';
server.stdout!.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
await new Promise<void>((resolve, reject) => {
  server.stdout!.on('data', () => serverLog.includes('PICPIK Studio on') && resolve());
  server.on('exit', (code) => reject(new Error(`the studio server exited with ${code}: ${serverLog}`)));
});
const base = `http://127.0.0.1:${port}`;

// /api/health is timed from a thread of its own, so nothing this process does delays a sample; each
// request on a new connection, as a browser poll after a pause would (and no keep-alive races).
const HEALTH_SAMPLER = `
  const { parentPort, workerData } = require('node:worker_threads');
  const http = require('node:http');
  const get = (url) => new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200 ? null : 'HTTP ' + response.statusCode));
    });
    request.on('error', (error) => resolve(String(error)));
  });
  let phase = 'bombs', running = true;
  const samples = { bombs: [], largest: [], failures: [] };
  parentPort.on('message', (message) => (message === 'stop' ? (running = false) : (phase = message)));
  (async () => {
    while (running) {
      const started = performance.now();
      const failure = await get(workerData.url);
      if (failure) samples.failures.push(phase + ': ' + failure);
      else samples[phase].push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    parentPort.postMessage(samples);
  })();
`;
const sampler = new Worker(HEALTH_SAMPLER, { eval: true, workerData: { url: `${base}/api/health` } });
const rss: Record<string, number[]> = { bombs: [], largest: [] };
let phase = 'bombs';
const rssTimer = setInterval(() => rss[phase]!.push(rssOf(server.pid!).rssMb), 50);
async function stopSampling(): Promise<Record<string, number[]>> {
  clearInterval(rssTimer);
  const samples = new Promise<Record<string, number[]>>((resolve) => sampler.once('message', resolve));
  sampler.postMessage('stop');
  return samples;
}

/** POST /api/picpik on a connection of its own (a pooled one may meet the server's keep-alive timeout). */
function post(body: object | string): Promise<{ status: number; body: Record<string, unknown> }> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}/api/picpik`, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) } }, (response) => {
      let answer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (answer += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(answer) as Record<string, unknown> }));
    });
    request.on('error', reject);
    request.end(text);
  });
}
type Detail = Record<string, unknown> & { seconds: number };
async function waitForTask(taskUid: string): Promise<Detail> {
  const started = performance.now();
  for (;;) {
    const detail = ((await post({ Action: 'ListTasksDetails', TaskUIDList: [taskUid] })).body.TaskDetailList as Record<string, unknown>[])[0]!;
    if (!['Queuing', 'Running'].includes(detail.Status as string)) return { ...detail, seconds: round((performance.now() - started) / 1000) };
    await sleep(100);
  }
}

try {
  // 3. Bombs through the route, while the injected ones run in the engine.
  const routeAnswers: Record<string, unknown>[] = [];
  for (const [name, body] of Object.entries(throughRoute)) {
    const { status, body: answer } = await post(body);
    const outcome = answer.TaskUID ? await waitForTask(answer.TaskUID as string) : null;
    routeAnswers.push({ name, status, message: answer.Message ?? null, task: outcome && { Status: outcome.Status, ErrorCode: outcome.ErrorCode, ErrorMassage: outcome.ErrorMassage } });
  }
  const engineAnswers = await Promise.all(
    Object.entries(injected).map(async ([name, uid]) => {
      const detail = await waitForTask(uid);
      return { name, Status: detail.Status, ErrorCode: detail.ErrorCode, ErrorMassage: detail.ErrorMassage, secondsAfterStart: detail.seconds };
    }),
  );
  await sleep(1000);
  const bombsPeak = Math.max(...rss.bombs!);

  // 4. The largest input the boundary and the engine accept, for comparison.
  phase = 'largest';
  sampler.postMessage(phase);
  let largestTask: Detail = { Status: 'skipped', seconds: 0 };
  if (runLargest) {
    const largest = await post(largestBody);
    largestTask = largest.body.TaskUID ? await waitForTask(largest.body.TaskUID as string) : { Status: `refused ${largest.status}`, seconds: 0 };
  }
  const { failures, ...health } = (await stopSampling()) as Record<string, number[]> & { failures: string[] };

  const all = [...health.bombs!, ...health.largest!];
  const summary = (values: number[]) => ({ samples: values.length, p50ms: round(percentile(values, 50)), p95ms: round(percentile(values, 95)), maxMs: values.length ? round(Math.max(...values)) : null });
  const results = {
    limits: LIMITS,
    throughRoute: routeAnswers,
    injectedIntoEngine: engineAnswers,
    largestAccepted: { what: 'RemoveBackground, 4096 × 4096 photo-like PNG', Status: largestTask.Status, seconds: largestTask.seconds, ErrorMassage: largestTask.ErrorMassage ?? '' },
    serverMemory: { peakRssWithBombsMb: bombsPeak, peakRssOverallMb: rssOf(server.pid!).peakMb },
    health: { withBombs: summary(health.bombs!), withLargestAccepted: summary(health.largest!), overall: summary(all), failedRequests: failures },
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bombs.json', JSON.stringify(results, null, 2));

  console.log('Image bombs against the studio server (local engine)');
  for (const r of routeAnswers) console.log(`  route  ${r.name}: HTTP ${r.status as number}${r.message ? ` "${r.message as string}"` : ''}${r.task ? ` → task ${JSON.stringify(r.task)}` : ''}`);
  for (const r of engineAnswers) console.log(`  engine ${r.name} (archived, run at start): ${r.Status} ${r.ErrorCode} after ${r.secondsAfterStart} s: "${r.ErrorMassage as string}"`);
  console.log(`  largest accepted (RemoveBackground 4096²): ${results.largestAccepted.Status} in ${results.largestAccepted.seconds} s`);
  const h = results.health;
  console.log(`  server peak RSS: ${bombsPeak} MB with the bombs in flight, ${results.serverMemory.peakRssOverallMb} MB overall (VmHWM; limit ${LIMITS.peakRssMb} MB)`);
  console.log(`  /api/health with bombs: p50 ${h.withBombs.p50ms} ms, p95 ${h.withBombs.p95ms} ms, max ${h.withBombs.maxMs} ms (${h.withBombs.samples} samples)`);
  if (runLargest) console.log(`  /api/health with the largest accepted input: p50 ${h.withLargestAccepted.p50ms} ms, p95 ${h.withLargestAccepted.p95ms} ms, max ${h.withLargestAccepted.maxMs} ms (${h.withLargestAccepted.samples} samples)`);
  if (failures.length) console.log(`  /api/health requests that failed: ${failures.join('; ')}`);
  const refusedEverywhere = routeAnswers.every((r) => r.status === 400 || (r.task as { ErrorCode?: number } | null)?.ErrorCode === 4001) && engineAnswers.every((r) => r.Status === 'Error');
  // The latency limit is for the bombs; the largest accepted upload is reported for comparison (its
  // main-thread cost is the archive's input writing, outside what this bench guards).
  const withinLimits = results.serverMemory.peakRssOverallMb < LIMITS.peakRssMb && (h.withBombs.maxMs ?? Infinity) < LIMITS.healthMaxMs && failures.length === 0;
  process.exitCode = refusedEverywhere && withinLimits ? 0 : 1;
} catch (error) {
  console.error(`bombs bench failed: ${(error as Error).message}\nlast server log lines:\n${serverLog.trim().split('\n').slice(-8).join('\n')}`);
  process.exitCode = 1;
} finally {
  clearInterval(rssTimer);
  await sampler.terminate();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
  clearTimeout(watchdog);
}
