import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studioPage';

// A second studio server, this one shared with a team token (the suite's own server has none),
// and with a designer of its own (npm run user:add), as a team sets it up.
const port = Number(process.env.E2E_PORT ?? 8797) + 20;
const TOKEN = 'team-secret-token';
const dataDir = mkdtempSync(join(tmpdir(), 'sign-in-'));
let server: ChildProcess;
let bobToken: string;

test.beforeAll(async () => {
  const added = spawnSync('npm', ['run', '--silent', 'user:add', 'bob'], { env: { ...process.env, STUDIO_ENV_FILE: 'none', DATABASE_URL: '', DATA_DIR: dataDir }, encoding: 'utf8' });
  bobToken = /^pps_\S+$/m.exec(added.stdout)?.[0] ?? '';
  expect(bobToken, `npm run user:add bob printed no token:\n${added.stdout}${added.stderr}`).not.toBe('');
  server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', STUDIO_TOKEN: TOKEN, STUDIO_ENV_FILE: 'none', PICPIK_PUBLIC_KEY: '', PICPIK_PRIVATE_KEY: '', DATABASE_URL: '', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk) && output.includes('PICPIK Studio on') && resolve());
    server.once('exit', (code) => reject(new Error(`The studio server on port ${port} exited with ${code}`)));
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

test("a designer signs in with their own token: History names who sent each task and filters 'mine'; Usage sums per designer and day", async ({ page, request }) => {
  const studioUrl = `http://127.0.0.1:${port}`;
  // Someone on the shared token ran a task before.
  const shared = await request.post(`${studioUrl}/api/picpik`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
    data: { Action: 'GenerateImages', MainModel: { ModelCode: 'PICPIK General' }, PositivePrompts: ['shared token task'], Width: 64, Height: 64 },
  });
  expect(await shared.json()).toMatchObject({ RetCode: 0 });

  await page.goto(`${studioUrl}/`);
  const dialog = page.getByRole('dialog', { name: 'Sign in to the studio' });
  await dialog.getByLabel('Access token').fill(bobToken);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();

  const studio = new StudioPage(page);
  await studio.tab('Generate Images').click();
  await studio.setPrompt('bob at the seaside');
  await studio.generate('GenerateImages');
  await studio.waitForResults(1);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  const tasks = history.getByRole('list', { name: 'Past tasks' }).getByRole('listitem');
  await expect(tasks).toHaveCount(2);
  await expect(tasks.filter({ hasText: 'bob at the seaside' })).toContainText('bob');
  await expect(tasks.filter({ hasText: 'shared token task' })).not.toContainText('bob');
  await history.getByRole('checkbox', { name: 'Only my tasks (bob)' }).check();
  await expect(tasks).toHaveCount(1);
  await expect(tasks).toContainText('bob at the seaside');

  await history.getByRole('button', { name: 'Usage' }).click();
  const totals = history.getByRole('table', { name: 'Usage per designer', exact: true });
  await expect(totals.getByRole('row')).toHaveText([/Designer\s*Tasks\s*Credits/, /bob \(you\)\s*1\s*0/, /Shared token\s*1\s*0/]);
  const today = new Date().toISOString().slice(0, 10);
  await expect(history.getByRole('table', { name: 'Usage per designer and day' }).getByRole('row').filter({ hasText: 'bob' })).toHaveText(new RegExp(`${today}\\s*bob\\s*1\\s*0`));
  await page.screenshot({ path: test.info().outputPath('designer-usage.png') });
});
