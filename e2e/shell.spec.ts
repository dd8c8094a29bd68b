import { expect, test } from '@playwright/test';

test('the studio loads and shows that the local engine answers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner', { name: 'Toolbar' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toBeVisible();
  await expect(page.getByTestId('server-mode')).toHaveText('Local engine');
});

test('the page sends PICPIK requests through the proxy', async ({ page }) => {
  const requestPromise = page.waitForRequest(
    (request) => request.url().endsWith('/api/picpik') && (request.postDataJSON() as { Action?: string } | null)?.Action === 'GetCreditBalance',
  );
  await page.goto('/');
  const request = await requestPromise;
  const body = request.postDataJSON() as Record<string, unknown>;
  expect(body.Action).toBe('GetCreditBalance');
  expect(body).not.toHaveProperty('PublicKey');
  expect(body).not.toHaveProperty('Signature');
  const response = await request.response();
  const answer = (await response!.json()) as Record<string, unknown>;
  expect(answer).toMatchObject({ RetCode: 0, TotalCredits: 0, UsedCredits: 0 });
  expect(answer.Action).toBe('GetCreditBalance');
});

test('the local engine says it charges nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('credits')).toHaveText('Free: nothing is charged');
});

test('a first-time user can start from the sample scene', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try the sample scene' }).click();
  await expect(page.getByText('960 × 640 px')).toBeVisible();
  await expect(page.getByText(/^History 2 ·/)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Side panel' }).getByText('Sample bottle')).toBeVisible();
});

test('the empty canvas offers the file picker', async ({ page }) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose an image…' }).click();
  await (await chooser).setFiles('e2e/fixtures/landscape.png');
  await expect(page.getByText('960 × 640 px')).toBeVisible();
});
