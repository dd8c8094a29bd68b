import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { FirstRunPage } from './pages/firstRunPage';
import { ownStudio, type OwnStudio } from './support/studioServer';

// The studio server stops while a task runs: the status bar says so within seconds, the task says
// it waits for the server; the server comes back: the bar recovers and the task's results arrive
// (the local engine runs a task cut off by a stop again under the same TaskUID).
test.describe.configure({ timeout: 240_000 });

const port = Number(process.env.E2E_PORT ?? 8797) + 20;
let server: OwnStudio;

test.beforeAll(async () => {
  server = ownStudio(port, {}, 'firstrun-connection');
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
});

test('server stopped: the status bar shows the lost connection within seconds and the running task waits; restarted: both recover', async ({ page }) => {
  const studio = new FirstRunPage(page);
  await page.goto(`${server.url}/`);
  await expect(studio.viewport.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  const bar = studio.statusBar();
  await expect(bar.getByTestId('server-mode')).toHaveText('Local engine');

  // A 2560² batch of 4 keeps the local engine busy for many seconds.
  const picture = await sharp({ create: { width: 2560, height: 2560, channels: 3, background: '#5a7fa8' } }).png().toBuffer();
  await studio.openBytes(picture, 'wall.png', 'image/png');
  await studio.prepareGenerateImages('a quiet harbour', 77, 4);
  await expect(page.getByTestId('generation-size')).toContainText('2560 × 2560');
  await studio.generateButton().click();
  const card = studio.taskCards().first();
  await expect(card).toContainText('Running…', { timeout: 30_000 });

  await server.stop();
  // Health checks run every 4 s while online: the loss shows well before the 10 s the issue measured.
  const lost = bar.getByRole('alert');
  await expect(lost).toContainText('Server unreachable', { timeout: 8_000 });
  await expect(lost).toContainText(/retrying in \d+ s/);
  await expect(card).toContainText('Waiting for the server…');
  await expect(card.getByRole('button', { name: /^Cancel task/ })).toBeHidden();
  await expect(page.getByText(/Polling failed/)).toBeHidden();

  await server.start();
  // Offline checks back off to at most 8 s apart.
  await expect(bar.getByTestId('server-mode')).toHaveText('Local engine', { timeout: 15_000 });
  await expect(lost).toBeHidden();
  await expect(card).not.toContainText('Waiting for the server');
  // The engine runs the cut-off task again from the start: a 2560² batch takes a while on a busy machine.
  await expect(card.getByRole('button', { name: 'Open result 2 of 4' })).toHaveText('78', { timeout: 150_000 });
  await studio.waitForResults(4);
});
