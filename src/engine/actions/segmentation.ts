import { cutout, estimateForeground } from '../algorithms/foreground';
import { rasterFromMask } from '../algorithms/raster';
import type { Raster } from '../algorithms/raster';
import { Inputs } from './inputs';
import type { EngineJob } from './job';

interface Point {
  X: number;
  Y: number;
}

/**
 * RemoveBackground / ExtractContents: a classical foreground estimate (colour models from
 * the border or box and the given points, refined, with an alpha band at the edge);
 * a cut-out PNG with alpha, or the black/white mask when OnlyMask.
 */
export async function segmentation(job: EngineJob): Promise<Raster[]> {
  const request = job.request;
  const image = await new Inputs([request.RawImage as string], 'RawImage').image(0, 'RawImage');
  const alpha = estimateForeground(image, {
    box: request.Box as [number, number, number, number] | undefined,
    include: request.IncludePointList as Point[] | undefined,
    exclude: request.ExcludePointList as Point[] | undefined,
    erodeSize: request.ErodeSize as number | undefined,
    foregroundThreshold: request.ForegroundThreshold as number | undefined,
    backgroundThreshold: request.BackgroundThreshold as number | undefined,
  });
  return [request.OnlyMask === true ? rasterFromMask(alpha) : cutout(image, alpha)];
}
