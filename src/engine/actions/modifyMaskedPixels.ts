import { featherBlend, referBlend } from '../algorithms/blend';
import { inpaint } from '../algorithms/inpaint';
import { MASK_ON, invertMask } from '../algorithms/raster';
import type { Mask, Raster } from '../algorithms/raster';
import { EngineInputError } from './engineErrors';
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

/**
 * Completion copies patches from the unmasked rest of the picture: with nothing left
 * unmasked and no Image2Image reference there is nothing to copy from. That is the
 * request's doing, so it is reported as bad input, with what to change.
 */
function assertSomethingToFillFrom(mask: Mask, image: Raster, masked: Masked, hasReference: boolean): void {
  if (hasReference || mask.data.some((value) => value < MASK_ON)) return;
  const transparent = image.data.every((value, i) => i % 4 !== 3 || value < 128);
  if (transparent) {
    throw new EngineInputError('The picture is fully transparent, so there is nothing to fill from: open a picture with visible content, or add an Image2Image reference');
  }
  const advice = masked.InvertMask ? 'paint only what should change, or turn off Invert mask' : 'paint only what should change, or add an Image2Image reference to fill from';
  throw new EngineInputError(`The mask covers the whole picture, so there is nothing to fill from: ${advice}`);
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
  assertSomethingToFillFrom(mask, image, masked, reference !== undefined);
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
