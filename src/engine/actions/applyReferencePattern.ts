import { applyPattern } from '../algorithms/pattern';
import type { Raster } from '../algorithms/raster';
import { Inputs } from './inputs';
import { batchSize, outputSize, type EngineJob } from './job';
import { batchSeed } from './seeds';
import { applySubModels } from './subModels';

/**
 * Pattern conversion: the pattern is tiled into the masked region and modulated by the
 * raw image's shading so folds and light survive; PatternReferStrength blends,
 * ColorCorrection matches the region's colour statistics (not in chaotic mode, as the
 * docs say), ChaoticMode varies tile offset and rotation by seed.
 */
export async function applyReferencePattern(job: EngineJob): Promise<Raster[]> {
  const request = job.request;
  const inputs = new Inputs(request.ImageAndMaskList as string[], 'ImageAndMaskList');
  const original = await inputs.image(request.RawImageIndex as number, 'RawImageIndex');
  const { width, height } = outputSize(request, original);
  const raw = await inputs.imageSized(request.RawImageIndex as number, 'RawImageIndex', width, height);
  const mask = await inputs.mask(request.MaskIndex as number, 'MaskIndex', width, height);
  const pattern = await inputs.image(request.PatternImageIndex as number, 'PatternImageIndex');
  const chaotic = request.ChaoticMode === true;

  const results: Raster[] = [];
  for (let i = 0; i < batchSize(request); i++) {
    const converted = applyPattern(raw, mask, pattern, {
      strength: (request.PatternReferStrength as number | undefined) ?? 0.5,
      colorCorrection: request.ColorCorrection === true && !chaotic,
      chaotic,
      seed: batchSeed(job.seed, i),
    });
    results.push(applySubModels(converted, request, job.catalog, mask));
  }
  return results;
}
