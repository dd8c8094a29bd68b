import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studioPage';
import type { PicpikStandIn } from './support/picpikStandIn';
import { STAND_IN_KEYS, studioWithStandIn } from './support/studioServer';

// The studio with keys, pointed at a signature-checking PICPIK stand-in on loopback.
const port = Number(process.env.E2E_PORT ?? 8797) + 21;
const { publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY } = STAND_IN_KEYS;
let picpik: PicpikStandIn;
let close: () => Promise<void>;

test.beforeAll(async () => {
  ({ picpik, close } = await studioWithStandIn(port, 'picpik-mode'));
});

test.afterAll(async () => {
  await close();
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
