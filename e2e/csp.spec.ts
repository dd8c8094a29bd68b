import { expect, test } from '@playwright/test';
import { FIXTURES } from './pages/canvasPage';
import { StudioPage } from './pages/studioPage';

test('a whole inpaint journey runs under the server’s Content-Security-Policy without a violation', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");

  const studio = new StudioPage(page);
  await studio.openImage(FIXTURES.landscape);
  await studio.addForeground(FIXTURES.foreground);
  await studio.tool('Brush').click();
  await studio.drag([{ x: 500, y: 300 }, { x: 650, y: 320 }]);
  await studio.exportImage('Download mask');
  await studio.tab('Inpaint / Outpaint').click();
  await studio.generate('ModifyMaskedPixels');
  await studio.waitForResults(1);
  const viewer = await studio.openResult();
  await viewer.getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(viewer.getByTestId('changed-share')).toBeVisible();

  const reported = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect([...violations, ...reported]).toEqual([]);
});
