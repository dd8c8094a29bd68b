import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './scripts/browser-path.mjs';

const port = Number(process.env.E2E_PORT ?? 8797);
// E2E_OUT keeps parallel runs (several developers on one machine) out of each other's folders.
const out = process.env.E2E_OUT ?? 'test-results';

// The e2e suite runs against the real studio server (local engine, no keys) with its own data folder.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: out,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: `${out}/e2e-data`,
      PICPIK_PUBLIC_KEY: '',
      PICPIK_PRIVATE_KEY: '',
      STUDIO_TOKEN: '',
      STUDIO_ENV_FILE: 'none',
      // One browser drives every test from one address: the per-client budgets are for people.
      RATE_LIMIT_PER_MIN: '6000',
      SUBMIT_RATE_LIMIT_PER_MIN: '600',
    },
  },
});
