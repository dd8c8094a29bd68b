import { useStudioStore } from '../../store/studioStore';
import type { MaskId } from '../../store/documentTypes';
import { context2d, createRasterCanvas } from '../rasters/maskPixels';
import { getMaskCanvas } from '../rasters/maskRegistry';
import { thresholdAlpha } from './maskThreshold';

/**
 * A mask as 0/255 greyscale at exactly the document size. A mask that was never painted
 * (or a raster out of step with the size) still yields a correct all-black or redrawn mask.
 */
export function maskGray(maskId: MaskId): { width: number; height: number; gray: Uint8Array } {
  const { width, height } = useStudioStore.getState().document;
  let canvas = getMaskCanvas(maskId);
  if (!canvas) return { width, height, gray: new Uint8Array(width * height) };
  if (canvas.width !== width || canvas.height !== height) {
    const fitted = createRasterCanvas(width, height);
    context2d(fitted).drawImage(canvas, 0, 0);
    canvas = fitted;
  }
  const rgba = context2d(canvas).getImageData(0, 0, width, height).data;
  return { width, height, gray: thresholdAlpha(rgba) };
}
