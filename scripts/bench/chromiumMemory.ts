import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';

/**
 * Before reading memory: Chromium drops its caches (as under critical memory pressure) and the
 * page collects its garbage, so a figure is what the studio holds, not caches or garbage that
 * happen to be around (without this, 40 accepts measured 1 to 3 MB each from run to run).
 */
export async function collectGarbage(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Memory.simulatePressureNotification', { level: 'critical' });
  await page.waitForTimeout(2000);
  await session.send('HeapProfiler.collectGarbage');
  await session.detach();
}

/** Proportional set size of every Chromium process (browser, GPU, renderers) in MB, from /proc. */
export async function chromiumPssMB(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  const info = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number }[] };
  await session.detach();
  let kb = 0;
  for (const { id } of info.processInfo) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${id}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return kb / 1024;
}
