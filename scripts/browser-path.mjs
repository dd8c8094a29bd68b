import { existsSync } from 'node:fs';

/** Playwright drives the system Chromium; CHROMIUM_PATH overrides where it lives. */
export function chromiumExecutable() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path)) ?? '/usr/bin/chromium';
}
