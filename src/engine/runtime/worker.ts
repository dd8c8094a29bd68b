import { parentPort } from 'node:worker_threads';
import { encodePng } from '../algorithms/codec';
import type { EngineJob } from '../actions/job';
import { runAction } from '../actions/runAction';
import { ENGINE_FAILURE, EngineInputError } from '../actions/engineErrors';

/** Worker thread entry: one engine job in, PNG bytes out (transferred, not copied). */
parentPort!.on('message', async (job: EngineJob) => {
  try {
    const rasters = await runAction(job);
    const pngs: Uint8Array[] = [];
    for (const raster of rasters) pngs.push(new Uint8Array(await encodePng(raster)));
    parentPort!.postMessage({ ok: true, value: pngs }, pngs.map((png) => png.buffer as ArrayBuffer));
  } catch (error) {
    const code = error instanceof EngineInputError ? error.code : ENGINE_FAILURE;
    parentPort!.postMessage({ ok: false, error: (error as Error).message, code });
  }
});
