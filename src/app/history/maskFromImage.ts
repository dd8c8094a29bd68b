import { context2d, createRasterCanvas } from '../canvas/rasters/maskPixels';
import type { MaskPixels } from '../persistence/workContent';

/** A black/white mask image's meaning as alpha: white (redraw) → 255; transparent counts as black. */
export function alphaFromMaskRgba(rgba: Uint8ClampedArray): Uint8Array {
  const alpha = new Uint8Array(rgba.length / 4);
  for (let i = 0, j = 0; i < alpha.length; i++, j += 4) alpha[i] = Math.round((rgba[j]! * rgba[j + 3]!) / 255);
  return alpha;
}

/** Decodes an archived mask PNG into raster pixels for replaceMask. */
export async function maskPixelsFromImage(blob: Blob): Promise<MaskPixels> {
  const bitmap = await createImageBitmap(blob);
  const { width, height } = bitmap;
  const ctx = context2d(createRasterCanvas(width, height));
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { width, height, alpha: alphaFromMaskRgba(ctx.getImageData(0, 0, width, height).data) };
}
