import { applyShadow, compositeOver, contactShadow, placeForeground, type ResizeMode } from '../algorithms/composite';
import type { Raster } from '../algorithms/raster';
import { Inputs } from './inputs';
import { batchSize, outputSize, type EngineJob } from './job';
import { mix } from './mix';
import { batchSeed } from './seeds';
import { applySubModels } from './subModels';
import { synthesizeForPrompts } from './synthesis';

/**
 * A new background behind a transparent foreground: the foreground placed per ResizeMode,
 * a background from the BackgroundImage2Image reference (ReferStrength = how much of it
 * shows over a seeded procedural scene) or the procedural scene alone, a soft contact
 * shadow, and the foreground composited on top with its opaque pixels unchanged.
 */
export async function generateBackgrounds(job: EngineJob): Promise<Raster[]> {
  const request = job.request;
  const inputs = new Inputs(request.ImageList as string[], 'ImageList');
  const foreground = request.TransparentForeground as { ImageIndex: number; ResizeMode?: ResizeMode };
  const fg = await inputs.image(foreground.ImageIndex, 'TransparentForeground.ImageIndex');
  const size = outputSize(request, fg);
  const placed = placeForeground(fg, size.width, size.height, foreground.ResizeMode ?? 'ResizeAndFill');
  const reference = request.BackgroundImage2Image as { ImageIndex: number; ReferStrength?: number } | undefined;
  const referenceImage = reference
    ? await inputs.imageSized(reference.ImageIndex, 'BackgroundImage2Image.ImageIndex', size.width, size.height)
    : undefined;
  const shadow = contactShadow(placed);

  const results: Raster[] = [];
  for (let i = 0; i < batchSize(request); i++) {
    let background = synthesizeForPrompts({ ...request, Tileable: false }, job.catalog, size, batchSeed(job.seed, i));
    if (referenceImage) background = mix(background, referenceImage, reference?.ReferStrength ?? 0.5);
    background = applySubModels(background, request, job.catalog);
    results.push(compositeOver(applyShadow(background, shadow), placed));
  }
  return results;
}
