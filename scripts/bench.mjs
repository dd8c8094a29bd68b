// `npm run bench`: every benchmark in turn; figures are printed and written to bench-results/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { withEngineMalloc } from './engineMalloc.mjs';

const benches = [
  ['local engine', [process.execPath, '--import', 'tsx', 'scripts/bench/engine.ts']],
  ['segmentation (RemoveBackground / ExtractContents)', [process.execPath, '--import', 'tsx', 'scripts/bench/segmentation.ts']],
  ['content-aware fill', [process.execPath, '--import', 'tsx', 'scripts/bench/fill.ts']],
  ['studio server under load', [process.execPath, '--import', 'tsx', 'scripts/bench/load.ts']],
  ['image bombs (peak memory, /api/health)', [process.execPath, '--import', 'tsx', 'scripts/bench/bombs.ts']],
  ['team deployment (servers on one PostgreSQL database)', [process.execPath, '--import', 'tsx', 'scripts/bench/team.ts']],
  ['canvas editor', [process.execPath, 'scripts/bench-canvas.mjs']],
  // Node 20 needs the flag for the global WebSocket the bare DevTools client uses.
  ['Generate on a 2560² document (click → request, longest main-thread task)', [process.execPath, ...(typeof WebSocket === 'undefined' ? ['--experimental-websocket'] : []), 'scripts/bench-submit.mjs']],
  ['full-resolution documents and generation regions', [process.execPath, '--import', 'tsx', 'scripts/bench/region.ts']],
  ['versions on a 6000×4000 photo (memory per version, autosave after 30 accepts)', [process.execPath, '--import', 'tsx', 'scripts/bench/versions.ts']],
];
let failed = false;
for (const [name, [command, ...args]] of benches) {
  if (!existsSync(args.at(-1))) continue;
  console.log(`\n== ${name} ==`);
  // The engine runs in-process in some benches: with the malloc settings the studio server has.
  const run = spawnSync(command, args, { stdio: 'inherit', env: withEngineMalloc(process.env) });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
