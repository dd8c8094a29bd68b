import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPicpikStandIn, type PicpikStandIn } from './picpikStandIn';

/**
 * A studio server of a spec's own (`npm start` on `port`), for specs that need another mode than
 * the suite's server or must stop and start it. The data folder is kept across restarts.
 */
export interface OwnStudio {
  url: string;
  dataDir: string;
  start(): Promise<void>;
  /** Stops it gracefully (SIGTERM, as a designer's Ctrl+C) and waits until it has exited. */
  stop(): Promise<void>;
}

export function ownStudio(port: number, env: Record<string, string> = {}, name = 'studio'): OwnStudio {
  const dataDir = mkdtempSync(join(tmpdir(), `e2e-${name}-`));
  let child: ChildProcess | undefined;
  const studio: OwnStudio = {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    async start() {
      const started = spawn(process.execPath, ['scripts/start.mjs'], {
        env: {
          ...process.env, PORT: String(port), HOST: '127.0.0.1', STUDIO_ENV_FILE: 'none', STUDIO_TOKEN: '', DATA_DIR: dataDir,
          PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: '', RATE_LIMIT_PER_MIN: '6000', SUBMIT_RATE_LIMIT_PER_MIN: '600', ...env,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child = started;
      await new Promise<void>((resolve, reject) => {
        let output = '';
        started.stdout!.on('data', (chunk: Buffer) => (output += chunk) && output.includes('PICPIK Studio on') && resolve());
        started.once('exit', (code) => reject(new Error(`The studio server on port ${port} exited with ${code}`)));
      });
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
  return studio;
}

export const STAND_IN_KEYS = { publicKey: 'e2e-public-key', privateKey: 'e2e-private-key-never-in-the-browser' };

/** The studio with keys, pointed at the signature-checking PICPIK stand-in on loopback. */
export async function studioWithStandIn(port: number, name: string): Promise<{ studio: OwnStudio; picpik: PicpikStandIn; close(): Promise<void> }> {
  const picpik = await startPicpikStandIn(STAND_IN_KEYS.publicKey, STAND_IN_KEYS.privateKey);
  const studio = ownStudio(
    port,
    {
      PICPIK_PUBLIC_KEY: STAND_IN_KEYS.publicKey, PICPIK_PRIVATE_KEY: STAND_IN_KEYS.privateKey, PICPIK_API_URL: picpik.url,
      // The stand-in's result host is on loopback, which the archive refuses by default.
      ARCHIVE_ALLOW_PRIVATE_HOSTS: 'true',
    },
    name,
  );
  await studio.start();
  return { studio, picpik, close: async () => void (await Promise.all([studio.stop(), picpik.close()])) };
}
