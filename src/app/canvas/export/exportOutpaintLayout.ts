import { MAIN_MASK_ID } from '../../store/documentTypes';
import { useStudioStore } from '../../store/studioStore';
import { uncoveredRects } from '../geometry/outpaintLayout';
import { context2d, createRasterCanvas } from '../rasters/maskPixels';
import { bytesToDataUri, encodeGrayPng } from './grayPng';
import { maskGray } from './maskGray';
import { whitenRects } from './maskThreshold';
import { canvasToPngDataUri, drawBaseImage, drawEdgeExtension, drawForegrounds } from './renderDocument';

export interface OutpaintLayout {
  /** The picture on the extended canvas, outpaint area filled with the blurred edge colours. */
  image: string;
  /** The main mask plus the whole area the base image does not cover, black/white. */
  mask: string;
}

/** For outpainting requests: picture and mask of exactly the document size. */
export async function exportOutpaintLayout(options: { includeForegrounds?: boolean } = {}): Promise<OutpaintLayout> {
  const doc = useStudioStore.getState().document;
  const canvas = createRasterCanvas(doc.width, doc.height);
  const ctx = context2d(canvas);
  ctx.fillStyle = '#808080';
  ctx.fillRect(0, 0, doc.width, doc.height);
  drawEdgeExtension(ctx, doc);
  drawBaseImage(ctx, doc);
  if (options.includeForegrounds ?? true) drawForegrounds(ctx, doc);

  const { width, height, gray } = maskGray(MAIN_MASK_ID);
  whitenRects(gray, width, uncoveredRects(width, height, doc.baseImage));
  const mask = bytesToDataUri(encodeGrayPng(width, height, gray), 'image/png');
  return { image: await canvasToPngDataUri(canvas), mask };
}
