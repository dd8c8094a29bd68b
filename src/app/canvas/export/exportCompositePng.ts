import { useStudioStore } from '../../store/studioStore';
import { context2d, createRasterCanvas } from '../rasters/maskPixels';
import { canvasToPngDataUri, drawBaseImage, drawForegrounds } from './renderDocument';

/**
 * Base image and foregrounds as the user sees them (img2img and ControlNet inputs), RGBA PNG
 * of Width × Height. The uncovered area stays transparent unless a background colour is given.
 */
export async function exportCompositePng(options: { background?: string } = {}): Promise<string> {
  const doc = useStudioStore.getState().document;
  const canvas = createRasterCanvas(doc.width, doc.height);
  const ctx = context2d(canvas);
  if (options.background) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, doc.width, doc.height);
  }
  drawBaseImage(ctx, doc);
  drawForegrounds(ctx, doc);
  return canvasToPngDataUri(canvas);
}
