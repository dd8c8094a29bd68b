import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';

/** A full garbage collection in the page first, so a memory figure is what is held, not what awaits collection. */
export async function collectGarbage(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
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
