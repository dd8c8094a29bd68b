import type { Raster } from '../algorithms/raster';
import { mix } from './mix';
import { applyControlUnits, type ControlUnit } from './controlUnits';
import { Inputs } from './inputs';
import { batchSize, outputSize, type EngineJob } from './job';
import { batchSeed } from './seeds';
import { applySubModels } from './subModels';
import { synthesizeForPrompts } from './synthesis';

/**
 * Seeded procedural synthesis (fractal noise, palette from the prompts), blended with
 * the Image2Image reference by ReferStrength, shaped by the ControlNet units' real
 * edge maps, then graded by the sub-models.
 */
export async function generateImages(job: EngineJob): Promise<Raster[]> {
  const request = job.request;
  const size = outputSize(request, { width: 1024, height: 1024 });
  const inputs = new Inputs((request.ImageAndMaskList as string[] | undefined) ?? [], 'ImageAndMaskList');
  const reference = request.Image2Image as { ImageIndex: number; ReferStrength?: number } | undefined;
  const referenceImage = reference ? await inputs.imageSized(reference.ImageIndex, 'Image2Image.ImageIndex', size.width, size.height) : undefined;

  const results: Raster[] = [];
  for (let i = 0; i < batchSize(request); i++) {
    let picture = synthesizeForPrompts(request, job.catalog, size, batchSeed(job.seed, i));
    if (referenceImage) picture = mix(picture, referenceImage, reference?.ReferStrength ?? 0.5);
    picture = await applyControlUnits(picture, (request.ControlNetList as ControlUnit[] | undefined) ?? [], inputs);
    results.push(applySubModels(picture, request, job.catalog));
  }
  return results;
}
