import { useStudioStore } from '../../store/studioStore';
import { context2d, createRasterCanvas } from '../rasters/maskPixels';
import { canvasToPngDataUri, drawForegrounds } from './renderDocument';

/** Visible foregrounds only, as an RGBA PNG of Width × Height with alpha (transparent elsewhere). */
export async function exportForegroundsPng(): Promise<string> {
  const doc = useStudioStore.getState().document;
  const canvas = createRasterCanvas(doc.width, doc.height);
  drawForegrounds(context2d(canvas), doc);
  return canvasToPngDataUri(canvas);
}
