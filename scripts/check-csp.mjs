// Loads the built studio in Chromium under the server's Content-Security-Policy and reports every
// violation: open an image, add a foreground, paint, export, generate with the local engine.
// Run after `npx vite build`: node scripts/check-csp.mjs   (PORT defaults to 8815)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './browser-path.mjs';

const port = Number(process.env.PORT ?? 8815);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'csp-check-'));
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, STUDIO_ENV_FILE: 'none', PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: '', STUDIO_TOKEN: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk) && output.includes('PICPIK Studio on') && resolve());
  server.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
});
server.stdout.resume();

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox', '--disable-gpu'] });
const violations = [];
const steps = [];
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text().slice(0, 240)}`);
  });
  page.on('pageerror', (error) => steps.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const step = async (name, run) => {
    try {
      await run();
      steps.push(`ok: ${name}`);
    } catch (error) {
      steps.push(`skipped: ${name} (${error.message.split('\n')[0]})`);
    }
  };
  const csp = (await page.goto(base)).headers()['content-security-policy'];
  await page.getByTestId('canvas-viewport').locator('canvas').first().waitFor({ timeout: 15_000 });
  steps.push('ok: loaded the studio');
  const choose = async (button, file) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button, exact: true }).click()]);
    await chooser.setFiles(file);
  };
  await step('open an image', () => choose('Open image', 'e2e/fixtures/landscape.png'));
  await step('add a foreground', () => choose('Add foreground', 'e2e/fixtures/bottle-foreground.png'));
  await step('paint a mask stroke', async () => {
    await page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Brush', exact: true }).click();
    const box = await page.getByTestId('canvas-viewport').boundingBox();
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 3 + 80, box.y + box.height / 3 + 30, { steps: 8 });
    await page.mouse.up();
  });
  await step('export the mask (fetch of a data: URI, blob: download)', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByRole('menuitem', { name: /^Download mask/ }).click()]);
  });
  await step('generate with the local engine and show the result', async () => {
    await page.getByRole('button', { name: 'Generate', exact: true }).click({ timeout: 5_000 });
    await page.waitForResponse((response) => response.url().includes('/files/'), { timeout: 60_000 });
  });
  await page.waitForTimeout(1_000);
  console.log(`CSP served: ${csp}`);
  for (const line of steps) console.log(`  ${line}`);
  console.log(violations.length === 0 ? 'No CSP violations.' : `${violations.length} CSP violation(s):\n  ${violations.join('\n  ')}`);
  process.exitCode = violations.length === 0 ? 0 : 1;
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
