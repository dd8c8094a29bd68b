// `npm start`: build the SPA when dist/ is missing or older than its sources, then run the studio server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { withEngineMalloc } from './engineMalloc.mjs';

// STUDIO_DIST_DIR lets parallel test runs build into folders of their own.
const distDir = process.env.STUDIO_DIST_DIR || 'dist';

const SPA_SOURCES = ['index.html', 'vite.config.ts', 'tailwind.config.js', 'package.json', 'public', 'src/app', 'src/picpik'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

const builtAt = existsSync(join(distDir, 'index.html')) ? statSync(join(distDir, 'index.html')).mtimeMs : 0;
if (builtAt < Math.max(...SPA_SOURCES.map(newestMtime))) {
  console.log(builtAt ? 'The SPA sources changed: rebuilding…' : 'Building the SPA (first start)…');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// --import tsx is inherited by the engine's worker threads, so they run TypeScript too.
const server = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/server.ts'], { stdio: 'inherit', env: withEngineMalloc(process.env) });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
