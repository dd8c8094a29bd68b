import { cutout, extractForeground } from '../algorithms/foreground';
import type { HairOptimization } from '../algorithms/foreground';
import { rasterFromMask } from '../algorithms/raster';
import type { Raster } from '../algorithms/raster';
import type { Point } from '../algorithms/segment';
import { EngineInputError } from './engineErrors';
import { Inputs } from './inputs';
import type { EngineJob } from './job';

/**
 * RemoveBackground / ExtractContents: interactive GrabCut segmentation (algorithms/segment.ts)
 * steered by Box, IncludePointList and ExcludePointList, all in RawImage's own pixels, with a
 * soft alpha edge from ErodeSize, the thresholds and HairOptimization. The answer is an RGBA
 * cut-out (soft alpha, edge colours cleared of the old background), or with OnlyMask the
 * mask itself: an opaque grey picture, white = the subject, grey along a soft edge.
 */
export async function segmentation(job: EngineJob): Promise<Raster[]> {
  const request = job.request;
  const image = await new Inputs([request.RawImage as string], 'RawImage').image(0, 'RawImage');
  const { width: w, height: h } = image;
  const box = request.Box as [number, number, number, number] | undefined;
  if (box && (box[2] > w || box[3] > h)) {
    throw new EngineInputError(`Box [${box.join(', ')}] must lie inside RawImage: x1 < x2 ≤ ${w} and y1 < y2 ≤ ${h} (pixels of the ${w} × ${h} image)`);
  }
  const include = pointsInside(request.IncludePointList, 'IncludePointList', w, h);
  const exclude = pointsInside(request.ExcludePointList, 'ExcludePointList', w, h);
  const { alpha, colour } = extractForeground(image, {
    ...(box ? { box } : {}),
    include,
    exclude,
    erodeSize: request.ErodeSize as number | undefined,
    foregroundThreshold: request.ForegroundThreshold as number | undefined,
    backgroundThreshold: request.BackgroundThreshold as number | undefined,
    hairOptimization: request.HairOptimization as HairOptimization | undefined,
  });
  return [request.OnlyMask === true ? rasterFromMask(alpha) : cutout(image, alpha, colour)];
}

function pointsInside(list: unknown, field: string, w: number, h: number): Point[] {
  const points = (list as Point[] | undefined) ?? [];
  points.forEach((p, i) => {
    if (p.X >= w || p.Y >= h) {
      throw new EngineInputError(`${field}[${i}] {X: ${p.X}, Y: ${p.Y}} is outside RawImage: X must be 0–${w - 1} and Y 0–${h - 1} (pixels of the ${w} × ${h} image)`);
    }
  });
  return points;
}
