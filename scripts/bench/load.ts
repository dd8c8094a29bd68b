// Load benchmark of the studio server in PICPIK mode: 20 concurrent ~10 MB submissions, then 200
// concurrent ListTasksDetails polls, against a loopback stand-in PICPIK that checks every signature.
// Reports answers, latency per phase and the server's peak RSS. Run: node --import tsx scripts/bench/load.ts
// To profile the server, pass Node flags for it: LOAD_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { signRequest } from '../../src/proxy/sign';

const SUBMISSIONS = 20;
const POLLS = 200;
const PUBLIC_KEY = 'bench-public';
const PRIVATE_KEY = `bench-private-${randomUUID()}`;
const WATCHDOG_MS = 180_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (ms: number) => Number(ms.toFixed(1));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The stand-in PICPIK: verifies signatures, answers TaskUIDs and ListTasksDetails (all still running). */
async function startStandIn() {
  const stats = { submissions: 0, polls: 0, badSignatures: 0 };
  const server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    res.setHeader('Content-Type', 'application/json');
    const common = { RetCode: 0, Action: body.Action, Message: '', request_uuid: body.request_uuid };
    if (body.PublicKey !== PUBLIC_KEY || signRequest(body, PRIVATE_KEY) !== body.Signature) {
      stats.badSignatures++;
      res.end(JSON.stringify({ ...common, RetCode: 171, Message: 'Signature verification failed' }));
    } else if (body.Action === 'ListTasksDetails') {
      stats.polls++;
      const details = (body.TaskUIDList as string[]).map((TaskUID) => ({ TaskUID, Status: 'Running', ImgList: [], ErrorCode: 0, ErrorMassage: '' }));
      res.end(JSON.stringify({ ...common, TaskDetailList: details }));
    } else {
      stats.submissions++;
      res.end(JSON.stringify({ ...common, TaskUID: `bench-${String(body.request_uuid)}` }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, stats };
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** A real PNG of random pixels: incompressible, so its base64 stays ~10 MB. */
async function bigImageDataUri(): Promise<string> {
  const side = 1580;
  const png = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T | null }> {
  const started = performance.now();
  try {
    const value = await run();
    return { ms: performance.now() - started, value };
  } catch {
    return { ms: performance.now() - started, value: null };
  }
}

function phaseSummary(results: { ms: number; ok: boolean }[]) {
  const ms = results.map((result) => result.ms);
  return { sent: results.length, answeredCorrectly: results.filter((r) => r.ok).length, p50ms: round(percentile(ms, 50)), p95ms: round(percentile(ms, 95)), maxMs: round(Math.max(...ms)) };
}

const watchdog = setTimeout(() => {
  console.error(`load bench: no result after ${WATCHDOG_MS / 1000} s, giving up`);
  process.exit(1);
}, WATCHDOG_MS);

const standIn = await startStandIn();
const port = 19000 + Math.floor(Math.random() * 500);
const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
const nodeArgs = (process.env.LOAD_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const studio = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/proxy/server.ts'], {
  env: { ...process.env, STUDIO_ENV_FILE: 'none', HOST: '127.0.0.1', PORT: String(port), PICPIK_PUBLIC_KEY: PUBLIC_KEY, PICPIK_PRIVATE_KEY: PRIVATE_KEY, PICPIK_API_URL: `http://127.0.0.1:${standIn.port}/`, DATA_DIR: dataDir, STUDIO_TOKEN: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverLog = '';
await new Promise<void>((resolve, reject) => {
  studio.stdout!.on('data', (chunk: Buffer) => {
    serverLog += chunk.toString();
    if (serverLog.includes('PICPIK Studio on')) resolve();
  });
  studio.on('exit', (code) => reject(new Error(`the studio server exited with ${code}`)));
});
studio.stdout!.resume();

try {
  const base = `http://127.0.0.1:${port}/api/picpik`;
  const post = async (body: string) => (await (await fetch(base, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).json()) as Record<string, unknown>;
  const image = await bigImageDataUri();
  const idle = memoryOf(studio.pid!);

  const submitted = await Promise.all(
    Array.from({ length: SUBMISSIONS }, async () => {
      const uuid = randomUUID();
      const body = JSON.stringify({ Action: 'GenerateImages', request_uuid: uuid, MainModel: { ModelCode: 'PICPIK General' }, PositivePrompts: ['load'], Width: 1024, Height: 1024, Image2Image: { ImageIndex: 0, ReferStrength: 0.5 }, ImageAndMaskList: [image] });
      const { ms, value } = await timed(() => post(body));
      return { ms, ok: value?.RetCode === 0 && value.TaskUID === `bench-${uuid}`, taskUid: value?.TaskUID as string | undefined };
    }),
  );
  const afterSubmits = memoryOf(studio.pid!);
  const uids = submitted.flatMap((s) => (s.taskUid ? [s.taskUid] : []));

  const polls = await Promise.all(
    Array.from({ length: POLLS }, async (_, i) => {
      const uid = uids[i % Math.max(1, uids.length)] ?? 'none';
      const { ms, value } = await timed(() => post(JSON.stringify({ Action: 'ListTasksDetails', TaskUIDList: [uid] })));
      const detail = (value?.TaskDetailList as { TaskUID: string }[] | undefined)?.[0];
      return { ms, ok: value?.RetCode === 0 && detail?.TaskUID === uid };
    }),
  );
  const final = memoryOf(studio.pid!);

  const results = {
    maxConcurrentUploads: Number(process.env.MAX_CONCURRENT_UPLOADS || 4),
    imageBase64Mb: Number((image.length / 1024 / 1024).toFixed(1)),
    submissions: phaseSummary(submitted),
    polls: phaseSummary(polls),
    upstream: standIn.stats,
    serverMemory: { idleRssMb: idle.rssMb, rssAfterSubmitsMb: afterSubmits.rssMb, rssAtEndMb: final.rssMb, peakRssMb: final.peakMb },
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/load.json', JSON.stringify(results, null, 2));
  const line = (name: string, p: ReturnType<typeof phaseSummary>) =>
    `  ${name}: ${p.answeredCorrectly}/${p.sent} answered correctly; p50 ${p.p50ms} ms, p95 ${p.p95ms} ms, max ${p.maxMs} ms`;
  console.log(`Studio server under load (PICPIK mode, loopback stand-in; image ${results.imageBase64Mb} MB base64)`);
  console.log(line(`${SUBMISSIONS} concurrent submissions`, results.submissions));
  console.log(line(`${POLLS} concurrent polls`, results.polls));
  console.log(`  stand-in PICPIK saw ${standIn.stats.submissions} submissions, ${standIn.stats.polls} polls, ${standIn.stats.badSignatures} bad signatures`);
  console.log(`  server RSS: idle ${idle.rssMb} MB, peak (VmHWM) ${final.peakMb} MB (MAX_CONCURRENT_UPLOADS ${results.maxConcurrentUploads})`);
  const allGood = results.submissions.answeredCorrectly === SUBMISSIONS && results.polls.answeredCorrectly === POLLS && standIn.stats.badSignatures === 0;
  process.exitCode = allGood ? 0 : 1;
} finally {
  studio.kill('SIGTERM');
  await new Promise((resolve) => studio.once('exit', resolve));
  standIn.server.close();
  rmSync(dataDir, { recursive: true, force: true });
  clearTimeout(watchdog);
}
