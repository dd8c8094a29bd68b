// Makes sure a Chromium is there for Playwright: the system package, installed when we are root.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './browser-path.mjs';

const path = chromiumExecutable();
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot) {
  console.log('Chromium is missing: installing the Debian package "chromium" (apt-get)…');
  try {
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
  } catch {
    // reported below
  }
  if (existsSync(chromiumExecutable())) process.exit(0);
}
console.error(
  [
    'The end-to-end tests need Chromium and none was found.',
    'Install it with:   sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at an installed Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
