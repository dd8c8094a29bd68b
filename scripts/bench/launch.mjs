// What the browser benchmarks share: the studio server they measure and how Chromium is started.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Headless Chromium as the benchmarks run it: no GPU, no background work that would disturb the figures. */
export const BENCH_CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-renderer-backgrounding'];

/**
 * The studio server of the checkout in `cwd` (local engine, fresh data folder), ready once
 * /api/health answers; another checkout can serve an older build to compare. BENCH_URL skips it.
 */
export async function startStudioServer({ cwd = process.cwd(), port = String(process.env.BENCH_PORT ?? 8798), reuseBenchUrl = true } = {}) {
  if (reuseBenchUrl && process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: async () => {} };
  const url = `http://127.0.0.1:${port}`;
  // A server already answering there (another run's) would be measured instead of this checkout's.
  const taken = await fetch(`${url}/api/health`).then(() => true, () => false);
  if (taken) throw new Error(`Port ${port} already answers: another studio server runs there; choose another with BENCH_PORT`);
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd,
    // Its request log would bury the figures; errors still show.
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: port,
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'picpik-bench-')),
      PICPIK_PUBLIC_KEY: '',
      PICPIK_PRIVATE_KEY: '',
      STUDIO_TOKEN: '',
      STUDIO_ENV_FILE: 'none',
    },
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The studio server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The studio server did not start within 3 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
