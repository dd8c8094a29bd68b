import { decodeAlpha } from '../../canvas/rasters/alphaCodec';
import type { PixelRect } from '../../canvas/geometry/pixelRect';
import { changeMap } from '../../results/changeMap';
import type { TaskRegion } from '../../store/resultsSlice';
import { blendThroughWeights } from './blend';
import { featherWeights, weightsBounds } from './feather';

export interface ComposeInput {
  /** The result image as PICPIK (or the local engine) returned it, generation size. */
  result: Blob;
  /** The picture under the region now, region-sized (transparent where there is none). */
  base: ImageBitmap;
  blend: TaskRegion['blend'];
}

export interface ComposedRegion {
  /** The changed part, in region pixels: everything outside it keeps the picture's bytes. */
  bounds: PixelRect;
  patch: ImageBitmap;
  /** The patch as a PNG, for the document's history and the autosave. */
  png: Blob;
  /** Changed pixels marked, same size as the patch; and their share of the region. */
  changes: ImageBitmap;
  changedShare: number;
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function pixelsOf(image: CanvasImageSource, width: number, height: number, smooth: boolean): Uint8ClampedArray {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot draw off the main thread');
  ctx.imageSmoothingEnabled = smooth;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height).data;
}

function crop(pixels: Uint8ClampedArray, width: number, rect: PixelRect): ImageData {
  const out = new ImageData(rect.width, rect.height);
  for (let y = 0; y < rect.height; y++) {
    const from = ((rect.y + y) * width + rect.x) * 4;
    out.data.set(pixels.subarray(from, from + rect.width * 4), y * rect.width * 4);
  }
  return out;
}

function canvasOf(image: ImageData): OffscreenCanvas {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas.getContext('2d')!.putImageData(image, 0, 0);
  return canvas;
}

/**
 * A result back into the picture, off the page's thread: scaled to the region with the
 * browser's high-quality resampler, blended through the feathered mask (or replacing the
 * region), and cut to the area that can differ. Pixels of zero weight keep the base's bytes.
 */
export async function composeRegion({ result, base, blend }: ComposeInput): Promise<ComposedRegion> {
  const { width, height } = base;
  const decoded = await createImageBitmap(result);
  const resultPixels = pixelsOf(decoded, width, height, true);
  decoded.close();
  const basePixels = pixelsOf(base, width, height, false);
  let weights: Uint8Array;
  if (blend.kind === 'replace') weights = new Uint8Array(width * height).fill(255);
  else weights = featherWeights(decodeAlpha(base64ToBytes(blend.mask), new Uint8Array(width * height)), width, height, blend.feather);
  const bounds = weightsBounds(weights, width, height) ?? { x: 0, y: 0, width: 1, height: 1 };
  const out = blendThroughWeights(basePixels, resultPixels, weights);
  const patchData = crop(out, width, bounds);
  const patchCanvas = canvasOf(patchData);
  const baseCrop = crop(basePixels, width, bounds);
  const { overlay, changedShare } = changeMap(baseCrop.data, patchData.data);
  const changes = canvasOf(new ImageData(overlay as Uint8ClampedArray<ArrayBuffer>, bounds.width, bounds.height));
  return {
    bounds,
    png: await patchCanvas.convertToBlob({ type: 'image/png' }),
    patch: patchCanvas.transferToImageBitmap(),
    changes: changes.transferToImageBitmap(),
    changedShare: (changedShare * bounds.width * bounds.height) / (width * height),
  };
}
