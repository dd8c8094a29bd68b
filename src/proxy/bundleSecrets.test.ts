import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The browser bundle must never carry the server's secrets, whatever the build's environment holds.
const SECRET_VARIABLES = ['PICPIK_PUBLIC_KEY', 'PICPIK_PRIVATE_KEY', 'STUDIO_TOKEN'] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the built SPA', () => {
  it('contains no value of PICPIK_PUBLIC_KEY, PICPIK_PRIVATE_KEY or STUDIO_TOKEN, and no source maps', { timeout: 180_000 }, () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bundle-secrets-'));
    const markers = Object.fromEntries(SECRET_VARIABLES.map((name) => [name, `MARKER_${name}_${Math.random().toString(36).slice(2, 12)}`]));
    // Values a developer has in this environment are checked too (a real .env must not leak either).
    const ambient = SECRET_VARIABLES.map((name) => process.env[name]?.trim() ?? '').filter((value) => value.length >= 6);
    try {
      // VITE_-prefixed variables are the ones Vite would inline: a mistaken VITE_ copy of the key is checked too.
      const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
        env: { ...process.env, ...markers, VITE_PICPIK_PRIVATE_KEY: markers.PICPIK_PRIVATE_KEY, STUDIO_SOURCEMAP: '' },
        encoding: 'utf8',
      });
      expect(build.status, build.stderr).toBe(0);
      const files = filesUnder(outDir);
      expect(files.some((file) => file.endsWith('.js'))).toBe(true);
      // A production build ships no .map files (they would hand out the full sources) unless STUDIO_SOURCEMAP=true.
      expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
      for (const file of files) {
        const text = readFileSync(file, 'latin1');
        for (const value of [...Object.values(markers), ...ambient]) {
          expect(text.includes(value), `${value.slice(0, 24)}… found in ${file}`).toBe(false);
        }
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
