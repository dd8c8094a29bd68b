// Content-aware fill bench: ModifyMaskedPixels end to end (decode, fill, MaskBlur 4 blend, PNG encode) on the
// photos in scripts/bench/fill-photos/ with seeded random blob masks covering 10 % of 1024², scored against the
// original pixels, plus head-against-sky cases checking that no texture is pasted into flat sky.
// Run: node --import tsx scripts/bench/fill.ts   (FILL_BENCH_OUT=/tmp/dir writes the results as PNG;
// FILL_BENCH_ONLY=camera,astronaut limits the photos). `npm run bench` runs it with the studio server's malloc
// settings (scripts/engineMalloc.mjs); run directly, it says whether they are in effect.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineMallocInEffect } from '../engineMalloc.mjs';
import { decodeImage, encodePng } from '../../src/engine/algorithms/codec';
import type { Mask, Raster } from '../../src/engine/algorithms/raster';
import { discMask } from '../../src/engine/algorithms/testScenes';
import { runAction } from '../../src/engine/actions/runAction';
import { loadCatalog } from '../../src/engine/catalog';
import { maskDataUri, pngDataUri } from '../../src/engine/testing/engineHarness';
import { blobMask, coverage, scoreFill } from './fillMetrics';
import type { FillScores } from './fillMetrics';
import { foreignOnFlatSide } from './flatSide';

const PHOTOS = 'scripts/bench/fill-photos';
const SIZE = 1024;
const MASK_BLUR = 4;
const MASKS_PER_PHOTO = 2;
const outDir = process.env.FILL_BENCH_OUT;
const only = process.env.FILL_BENCH_ONLY ? process.env.FILL_BENCH_ONLY.split(',') : undefined;
const catalog = loadCatalog();

/**
 * Texture against a uniform area: discs over the hair's edge and the flat sky (or backdrop) beside it, and, to check
 * that the guard is not tuned to heads, over a launch tower's lattice against the dusk sky.
 */
const HEAD_CASES = [
  { photo: 'camera', x: 540, y: 170, r: 70 },
  { photo: 'camera', x: 440, y: 105, r: 60 },
  { photo: 'astronaut', x: 615, y: 110, r: 60 },
  { photo: 'rocket', x: 262, y: 560, r: 50 },
];

interface Case extends FillScores {
  /** Share of the hole's flat side (nearer the uniform part of its ring) with variation foreign to that ring; the original's own share. */
  foreign: number;
  foreignOriginal: number;
  photo: string;
  mask: string;
  seconds: number;
  cpuSeconds: number;
}

/** Wall time, and CPU time of the process (all threads, sharp's included): the machine is shared, CPU time is steadier. */
async function fillEndToEnd(image: Raster, mask: Mask, seed: number): Promise<{ result: Raster; seconds: number; cpuSeconds: number }> {
  const request = {
    Action: 'ModifyMaskedPixels',
    MainModel: { ModelCode: 'PICPIK General' },
    Masked: { ImageIndex: 0, MaskIndex: 1, MaskBlur: MASK_BLUR },
    ImageAndMaskList: [await pngDataUri(image), await maskDataUri(mask)],
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const [result] = await runAction({ action: 'ModifyMaskedPixels', request, seed, catalog });
  await encodePng(result!);
  const used = process.cpuUsage(cpu);
  return { result: result!, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

async function runCase(photo: string, image: Raster, label: string, mask: Mask, seed: number): Promise<Case> {
  const { result, seconds, cpuSeconds } = await fillEndToEnd(image, mask, seed);
  if (outDir) writeFileSync(join(outDir, `${photo}-${label}.png`), await encodePng(result));
  const flatSide = foreignOnFlatSide(image, result, mask, MASK_BLUR);
  return { photo, mask: label, seconds, cpuSeconds, ...scoreFill(image, result, mask, MASK_BLUR), foreign: flatSide.fill, foreignOriginal: flatSide.original };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const fmt = (v: number, d = 2): string => (Number.isFinite(v) ? v.toFixed(d) : '–');
const pct = (v: number): string => (Number.isFinite(v) ? `${(100 * v).toFixed(1)} %` : '–');
// The flat-side share means something only where the hole borders a large uniform area (the head cases).
const line = (c: Case, flatSide = false): string =>
  `  ${c.photo.padEnd(10)} ${c.mask.padEnd(14)} PSNR ${fmt(c.psnr)} dB  texture ${fmt(c.texture)}  seam ${fmt(c.seam)} (orig ${fmt(c.seamOriginal)})  flat-area detail ${fmt(c.flatDetail)}  ` +
  (flatSide ? `foreign on flat side ${pct(c.foreign)} (orig ${pct(c.foreignOriginal)})  ` : '') +
  `${fmt(c.seconds)} s (cpu ${fmt(c.cpuSeconds)} s)`;

if (outDir) mkdirSync(outDir, { recursive: true });
// Masks are seeded by a photo's place in the whole set, so FILL_BENCH_ONLY gives the same cases.
const allNames = readdirSync(PHOTOS).filter((f) => f.endsWith('.jpg')).map((f) => f.replace(/\.jpg$/, '')).sort();
const names = allNames.filter((n) => !only || only.includes(n));
const images = new Map<string, Raster>();
for (const name of names) images.set(name, await decodeImage(readFileSync(join(PHOTOS, `${name}.jpg`))));

const malloc = engineMallocInEffect() ? 'malloc as the studio server runs it' : 'glibc malloc defaults, not as the studio server runs (see scripts/engineMalloc.mjs)';
console.log(`Content-aware fill: ${names.length} photos × ${MASKS_PER_PHOTO} random blob masks (10 % of ${SIZE}²), MaskBlur ${MASK_BLUR}; ${malloc}`);
const cases: Case[] = [];
for (const name of names) {
  const i = allNames.indexOf(name);
  for (let k = 0; k < MASKS_PER_PHOTO; k++) {
    const mask = blobMask(SIZE, SIZE, 0.1, 1000 + 10 * i + k);
    const c = await runCase(name, images.get(name)!, `blobs${k} ${(coverage(mask) * 100).toFixed(1)}%`, mask, 1 + k);
    cases.push(c);
    console.log(line(c));
  }
}
console.log(
  'Head against sky (flat-area detail: result over original on hole pixels whose surroundings were flat, 1 = nothing pasted; ' +
    'foreign on flat side: share of the hole nearer the uniform part of its ring whose variation is over twice the 95th percentile of that ring, 0 = nothing pasted):',
);
const headCases: Case[] = [];
for (const [k, hc] of HEAD_CASES.entries()) {
  const image = images.get(hc.photo);
  if (!image) continue;
  const c = await runCase(hc.photo, image, `head${k}`, discMask(SIZE, SIZE, hc.x, hc.y, hc.r), 1);
  headCases.push(c);
  console.log(line(c, true));
}
const summary = {
  cases: cases.length,
  meanPsnr: mean(cases.map((c) => c.psnr)),
  meanTexture: mean(cases.map((c) => c.texture)),
  meanSeam: mean(cases.map((c) => c.seam)),
  meanSeamOriginal: mean(cases.map((c) => c.seamOriginal)),
  medianSeconds: median(cases.map((c) => c.seconds)),
  medianCpuSeconds: median(cases.map((c) => c.cpuSeconds)),
  serverMalloc: engineMallocInEffect(),
  headFlatDetail: headCases.map((c) => c.flatDetail),
  headForeign: headCases.map((c) => c.foreign),
};
console.log(
  `  mean PSNR ${fmt(summary.meanPsnr)} dB | mean texture ratio ${fmt(summary.meanTexture)} | mean seam ratio ${fmt(summary.meanSeam)} ` +
    `(original ${fmt(summary.meanSeamOriginal)}) | median ${fmt(summary.medianSeconds)} s end to end (cpu ${fmt(summary.medianCpuSeconds)} s) | head cases flat-area detail ${summary.headFlatDetail.map((v) => fmt(v)).join(', ')}, ` +
    `foreign on flat side ${summary.headForeign.map(pct).join(', ')}`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/fill.json', JSON.stringify({ summary, cases, headCases }, null, 2));
