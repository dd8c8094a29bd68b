import { featherBlend, referBlend } from '../algorithms/blend';
import { inpaint } from '../algorithms/inpaint';
import { invertMask } from '../algorithms/raster';
import type { Mask, Raster } from '../algorithms/raster';
import { Inputs } from './inputs';
import { batchSeed } from './seeds';
import { applySubModels } from './subModels';
import { batchSize, outputSize, type EngineJob } from './job';

interface Masked {
  ImageIndex: number;
  MaskIndex: number;
  ReferStrength?: number;
  InvertMask?: boolean;
  MaskBlur?: number;
}

/** Transparent pixels of the picture have no content: they are redrawn too (outpainting). */
function withTransparentArea(mask: Mask, image: Raster): Mask {
  const data = Uint8Array.from(mask.data);
  for (let p = 0; p < data.length; p++) if (image.data[p * 4 + 3]! < 128) data[p] = 255;
  return { width: mask.width, height: mask.height, data };
}

/** The feathered edge must not fade into pixels that had no content: there the fill is taken whole. */
function fillEmptyPixels(blended: Raster, filled: Raster, image: Raster): Raster {
  for (let p = 0; p < image.width * image.height; p++) {
    if (image.data[p * 4 + 3]! < 255) blended.data.set(filled.data.subarray(p * 4, p * 4 + 4), p * 4);
  }
  return blended;
}

/**
 * Inpainting/outpainting by exemplar-based completion (PatchMatch): the white area is
 * rebuilt from patches of the rest of the picture (and of the Image2Image reference).
 * Pixels outside the mask and its blur radius come out unchanged.
 */
export async function modifyMaskedPixels(job: EngineJob): Promise<Raster[]> {
  const request = job.request;
  const masked = request.Masked as Masked;
  const inputs = new Inputs(request.ImageAndMaskList as string[], 'ImageAndMaskList');
  const raw = await inputs.image(masked.ImageIndex, 'Masked.ImageIndex');
  const { width, height } = outputSize(request, raw);
  const image = await inputs.imageSized(masked.ImageIndex, 'Masked.ImageIndex', width, height);
  let mask = await inputs.mask(masked.MaskIndex, 'Masked.MaskIndex', width, height);
  if (masked.InvertMask) mask = invertMask(mask);
  mask = withTransparentArea(mask, image);
  const reference = request.Image2Image as { ImageIndex: number } | undefined;
  const source = reference ? await inputs.imageSized(reference.ImageIndex, 'Image2Image.ImageIndex', width, height) : undefined;

  const results: Raster[] = [];
  for (let i = 0; i < batchSize(request); i++) {
    const filled = inpaint(image, mask, { seed: batchSeed(job.seed, i), source });
    const graded = applySubModels(filled, request, job.catalog, mask);
    const referred = referBlend(image, graded, mask, masked.ReferStrength ?? 1);
    results.push(fillEmptyPixels(featherBlend(image, referred, mask, masked.MaskBlur ?? 12), referred, image));
  }
  return results;
}
