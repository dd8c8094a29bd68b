// Local engine benchmarks: inpainting time on photo-like scenes, and how fast the server
// answers /api/health while a 2048×2048 inpaint runs. Run: node --import tsx scripts/bench/engine.ts
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inpaint } from '../../src/engine/algorithms/inpaint';
import { coverage, discMask, photoScene } from '../../src/engine/algorithms/testScenes';
import { maskDataUri, pngDataUri } from '../../src/engine/testing/engineHarness';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A disc covering `share` of the picture, off-centre so it touches varied texture. */
function tenPercentMask(size: number) {
  return discMask(size, size, size * 0.45, size * 0.55, size * Math.sqrt(0.1 / Math.PI));
}

function timeInpaint(size: number) {
  const image = photoScene(size, size, 1);
  const mask = tenPercentMask(size);
  const started = performance.now();
  inpaint(image, mask, { seed: 1 });
  return { size, maskShare: Number(coverage(mask).toFixed(3)), seconds: Number(((performance.now() - started) / 1000).toFixed(2)) };
}

async function healthWhileInpainting(size: number) {
  const port = 18700 + Math.floor(Math.random() * 200);
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/server.ts'], {
    env: { ...process.env, STUDIO_ENV_FILE: 'none', PORT: String(port), PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: '', DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-')) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('PICPIK Studio on') && resolve()));
  const base = `http://127.0.0.1:${port}`;
  const call = async (body: object) =>
    (await (await fetch(`${base}/api/picpik`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json()) as Record<string, unknown>;
  const image = await pngDataUri(photoScene(size, size, 2));
  const mask = await maskDataUri(tenPercentMask(size));
  const started = performance.now();
  const { TaskUID } = await call({ Action: 'ModifyMaskedPixels', MainModel: { ModelCode: 'PICPIK General' }, Seed: 1, Width: size, Height: size, Masked: { ImageIndex: 0, MaskIndex: 1 }, ImageAndMaskList: [image, mask] });
  const latencies: number[] = [];
  let status = 'Queuing';
  while (status === 'Queuing' || status === 'Running') {
    const t0 = performance.now();
    await fetch(`${base}/api/health`);
    latencies.push(performance.now() - t0);
    const details = await call({ Action: 'ListTasksDetails', TaskUIDList: [TaskUID] });
    status = (details.TaskDetailList as { Status: string }[])[0]!.Status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  server.kill('SIGTERM');
  return {
    size,
    status,
    taskSeconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    healthSamples: latencies.length,
    healthP50ms: Number(percentile(latencies, 50).toFixed(1)),
    healthP95ms: Number(percentile(latencies, 95).toFixed(1)),
    healthMaxMs: Number(Math.max(...latencies).toFixed(1)),
  };
}

const results = {
  inpaint: [timeInpaint(1024), timeInpaint(2560)],
  healthDuringInpaint: await healthWhileInpainting(2048),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/engine.json', JSON.stringify(results, null, 2));
console.log('Local engine');
for (const r of results.inpaint) console.log(`  inpaint ${r.size}×${r.size}, ${(r.maskShare * 100).toFixed(1)} % mask: ${r.seconds} s`);
const h = results.healthDuringInpaint;
console.log(`  /api/health during a ${h.size}² inpaint (${h.taskSeconds} s, ${h.healthSamples} samples): p50 ${h.healthP50ms} ms, p95 ${h.healthP95ms} ms, max ${h.healthMaxMs} ms`);
