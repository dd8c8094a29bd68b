import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studioPage';
import { startPicpikStandIn, type PicpikStandIn } from './support/picpikStandIn';

// The studio with keys, pointed at a signature-checking PICPIK stand-in on loopback.
const port = Number(process.env.E2E_PORT ?? 8797) + 21;
const PUBLIC_KEY = 'e2e-public-key';
const PRIVATE_KEY = 'e2e-private-key-never-in-the-browser';
let server: ChildProcess;
let picpik: PicpikStandIn;

test.beforeAll(async () => {
  picpik = await startPicpikStandIn(PUBLIC_KEY, PRIVATE_KEY);
  server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', STUDIO_ENV_FILE: 'none', STUDIO_TOKEN: '',
      PICPIK_PUBLIC_KEY: PUBLIC_KEY, PICPIK_PRIVATE_KEY: PRIVATE_KEY, PICPIK_API_URL: picpik.url,
      // The stand-in's result host is on loopback, which the archive refuses by default.
      ARCHIVE_ALLOW_PRIVATE_HOSTS: 'true', DATA_DIR: mkdtempSync(join(tmpdir(), 'picpik-mode-')),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk) && output.includes('PICPIK Studio on') && resolve());
  });
});

test.afterAll(async () => {
  server.kill('SIGTERM');
  await picpik.close();
});

test('with keys: signed requests reach PICPIK, its results are archived and shown, the key never reaches the page', async ({ page }) => {
  const pageTraffic: string[] = [];
  page.on('response', async (response) => pageTraffic.push(await response.text().catch(() => '')));
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page.getByTestId('server-mode')).toHaveText('PICPIK');
  await expect(page.getByTestId('credits')).toHaveText('Credits 288 / 300');

  const studio = new StudioPage(page);
  await studio.tab('Generate Images').click();
  await studio.setPrompt('a lighthouse at dawn');
  const body = await studio.generate('GenerateImages');
  expect(body).not.toHaveProperty('PublicKey');
  expect(body).not.toHaveProperty('Signature');
  await studio.waitForResults(1);
  await expect(studio.results().getByRole('listitem').first()).toContainText('seed 777');
  const thumbnail = studio.results().locator('img').first();
  await expect(thumbnail).toHaveAttribute('src', /^\/files\/[0-9a-f]{64}\.png$/);

  const sent = picpik.received.find((request) => request.Action === 'GenerateImages')!;
  expect(sent).toMatchObject({ PublicKey: PUBLIC_KEY, PositivePrompts: ['a lighthouse at dawn'], request_uuid: body.request_uuid });
  expect(picpik.badSignatures).toBe(0);
  expect(pageTraffic.join('\n')).not.toContain(PRIVATE_KEY);
});
