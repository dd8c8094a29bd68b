import type { Raster } from '../algorithms/raster';
import { applyReferencePattern } from './applyReferencePattern';
import { generateBackgrounds } from './generateBackgrounds';
import { generateImages } from './generateImages';
import { generateTxt2Img } from './generateTxt2Img';
import type { EngineJob } from './job';
import { modifyMaskedPixels } from './modifyMaskedPixels';
import { segmentation } from './segmentation';

const RUNNERS: Record<string, (job: EngineJob) => Promise<Raster[]>> = {
  GenerateImages: generateImages,
  ModifyMaskedPixels: modifyMaskedPixels,
  GenerateBackgrounds: generateBackgrounds,
  ApplyReferencePattern: applyReferencePattern,
  GenerateTxt2Img: generateTxt2Img,
  RemoveBackground: segmentation,
  ExtractContents: segmentation,
};

export const ENGINE_ACTIONS = Object.keys(RUNNERS);

export function runAction(job: EngineJob): Promise<Raster[]> {
  const run = RUNNERS[job.action];
  if (!run) throw new Error(`the local engine has no action ${job.action}`);
  return run(job);
}
