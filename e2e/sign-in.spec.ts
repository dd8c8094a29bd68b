import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// A second studio server, this one shared with a team token (the suite's own server has none).
const port = Number(process.env.E2E_PORT ?? 8797) + 20;
const TOKEN = 'team-secret-token';
let server: ChildProcess;

test.beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', STUDIO_TOKEN: TOKEN, STUDIO_ENV_FILE: 'none', PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: '', DATA_DIR: mkdtempSync(join(tmpdir(), 'sign-in-')) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk) && output.includes('PICPIK Studio on') && resolve());
  });
});

test.afterAll(() => {
  server.kill('SIGTERM');
});

test('a studio with STUDIO_TOKEN asks for it once, refuses a wrong one and remembers the right one', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/`);
  const dialog = page.getByRole('dialog', { name: 'Sign in to the studio' });
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Access token').fill('wrong');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That token was not accepted. Check it and try again.');

  await dialog.getByLabel('Access token').fill(TOKEN);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('server-mode')).toHaveText('Local engine');

  await page.reload();
  await expect(page.getByTestId('server-mode')).toHaveText('Local engine');
  await expect(dialog).toBeHidden();
});
