// Segmentation quality and speed on product shots with a known outline (the cup, shuttle and
// rocket of src/engine/testing/segmentation, on plain and textured backdrops, 1152 × 864 ≈ 1 MP):
// IoU of the local engine's RemoveBackground / ExtractContents mask against the exact outline,
// with no hint, with a loose box, and with one include point; and the time per run (wall clock,
// and this process's CPU time, which a machine shared with other work inflates less).
// Run: node --import tsx scripts/bench/segmentation.ts [--only cup] [--save /tmp/dir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from '../../src/engine/algorithms/codec';
import { estimateForeground } from '../../src/engine/algorithms/foreground';
import type { ForegroundOptions } from '../../src/engine/algorithms/foreground';
import { rasterFromMask } from '../../src/engine/algorithms/raster';
import { buildCases, iou } from '../../src/engine/testing/segmentationCases';
import type { SegmentationCase } from '../../src/engine/testing/segmentationCases';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--only');
const saveDir = arg('--save');

const HINTS: Record<string, (c: SegmentationCase) => ForegroundOptions> = {
  none: () => ({}),
  box: (c) => ({ box: c.box }),
  point: (c) => ({ include: [c.point] }),
};

/** What issue 11 asks for: [backdrop kind, hint, lowest acceptable mean IoU]. */
const TARGETS: [string, string, number][] = [['plain', 'none', 0.95], ['textured', 'none', 0.8], ['textured', 'box', 0.9], ['textured', 'point', 0.9]];

const cases = await buildCases(1152, 864, (object, backdrop) => !only || object === only || backdrop === only);
if (saveDir) mkdirSync(saveDir, { recursive: true });
const rows: { case: string; kind: string; hint: string; iou: number; seconds: number; cpuSeconds: number }[] = [];
for (const c of cases) {
  const line: string[] = [];
  for (const [hint, options] of Object.entries(HINTS)) {
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    const mask = estimateForeground(c.image, options(c));
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const score = iou(mask, c.truth);
    rows.push({ case: c.name, kind: c.plain ? 'plain' : 'textured', hint, iou: Number(score.toFixed(3)), seconds: Number(seconds.toFixed(2)), cpuSeconds: Number(cpuSeconds.toFixed(2)) });
    line.push(`${hint} ${score.toFixed(3)} (${seconds.toFixed(2)} s, cpu ${cpuSeconds.toFixed(2)} s)`);
    if (saveDir) writeFileSync(join(saveDir, `${c.name.replace(/\//g, '_')}_${hint}.png`), await encodePng(rasterFromMask(mask)));
  }
  console.log(`  ${c.name.padEnd(24)} ${line.join('   ')}`);
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const summary = TARGETS.map(([kind, hint, target]) => {
  const sel = rows.filter((r) => r.kind === kind && r.hint === hint);
  const m = mean(sel.map((r) => r.iou));
  return { kind, hint, target, meanIou: Number(m.toFixed(3)), minIou: Math.min(...sel.map((r) => r.iou)), met: m >= target, cases: sel.length };
});
const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const times = sorted(rows.map((r) => r.seconds));
const cpus = sorted(rows.map((r) => r.cpuSeconds));
console.log('\n  backdrop  hint    mean IoU  min IoU  target');
for (const s of summary) console.log(`  ${s.kind.padEnd(9)} ${s.hint.padEnd(7)} ${s.meanIou.toFixed(3).padStart(8)} ${s.minIou.toFixed(3).padStart(8)}  ≥ ${s.target} ${s.met ? 'met' : 'NOT met'}`);
console.log(`  time per 1152×864 run: median ${times[Math.floor(times.length / 2)]} s, max ${times.at(-1)} s (CPU: median ${cpus[Math.floor(cpus.length / 2)]} s, max ${cpus.at(-1)} s)`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/segmentation.json', JSON.stringify({ summary, rows }, null, 2));
