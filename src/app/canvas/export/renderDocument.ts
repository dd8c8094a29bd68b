import type { StudioDocument } from '../../store/documentTypes';
import { getAsset } from '../assets';
import { foregroundMatrix } from '../geometry/foregroundMatrix';
import { coveredRect } from '../geometry/outpaintLayout';
import { isEmptyRect } from '../geometry/pixelRect';
import { context2d, createRasterCanvas } from '../rasters/maskPixels';

/** Canvas drawing for exports, with the same geometry the stage uses. */

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The picture: the base image and the results accepted into it, each exactly at its place. */
export function drawBaseImage(ctx: Context2D, doc: StudioDocument): void {
  const base = doc.baseImage;
  if (base?.hidden) return;
  const image = base ? getAsset(base.assetId)?.image : undefined;
  if (base && image) ctx.drawImage(image, base.x, base.y, base.width, base.height);
  for (const edit of doc.edits) {
    const patch = getAsset(edit.assetId)?.image;
    if (patch) ctx.drawImage(patch, edit.x, edit.y);
  }
}

/** Visible foreground layers, in document coordinates of the context's current transform. */
export function drawForegrounds(ctx: Context2D, doc: StudioDocument): void {
  for (const fg of doc.foregrounds) {
    const image = getAsset(fg.assetId)?.image;
    if (!image || !fg.visible || fg.opacity <= 0) continue;
    ctx.save();
    ctx.globalAlpha = fg.opacity;
    ctx.transform(...foregroundMatrix(fg));
    ctx.drawImage(image, 0, 0);
    ctx.restore();
  }
}

/**
 * Fills the outpaint area by stretching the image's edge pixels outwards and blurring them:
 * the generator starts from the picture's own colours instead of a flat grey, which blends
 * better at the seam. The exact image is drawn over it afterwards.
 */
export function drawEdgeExtension(ctx: CanvasRenderingContext2D, doc: StudioDocument): void {
  const base = doc.baseImage;
  const image = base ? getAsset(base.assetId)?.image : undefined;
  const covered = coveredRect(doc.width, doc.height, base);
  if (!base || !image || base.hidden || isEmptyRect(covered)) return;
  const scratch = createRasterCanvas(doc.width, doc.height);
  const s = context2d(scratch);
  const { x, y, width, height } = base;
  const iw = image.width;
  const ih = image.height;
  const right = x + width;
  const bottom = y + height;
  const W = doc.width;
  const H = doc.height;
  // Sides: the one-pixel edge column or row, stretched to the canvas border.
  s.drawImage(image, 0, 0, 1, ih, 0, y, Math.max(0, x), height);
  s.drawImage(image, iw - 1, 0, 1, ih, right, y, Math.max(0, W - right), height);
  s.drawImage(image, 0, 0, iw, 1, x, 0, width, Math.max(0, y));
  s.drawImage(image, 0, ih - 1, iw, 1, x, bottom, width, Math.max(0, H - bottom));
  // Corners: the corner pixel.
  s.drawImage(image, 0, 0, 1, 1, 0, 0, Math.max(0, x), Math.max(0, y));
  s.drawImage(image, iw - 1, 0, 1, 1, right, 0, Math.max(0, W - right), Math.max(0, y));
  s.drawImage(image, 0, ih - 1, 1, 1, 0, bottom, Math.max(0, x), Math.max(0, H - bottom));
  s.drawImage(image, iw - 1, ih - 1, 1, 1, right, bottom, Math.max(0, W - right), Math.max(0, H - bottom));
  // Sharp stripes underneath, blurred ones on top: the blur fades out at the canvas border,
  // and the stripes keep that border in the picture's colours instead of the grey backdrop.
  ctx.drawImage(scratch, 0, 0);
  ctx.save();
  ctx.filter = `blur(${Math.round(Math.max(W, H) / 64)}px)`;
  ctx.drawImage(scratch, 0, 0);
  ctx.restore();
}

export function canvasToPngDataUri(canvas: HTMLCanvasElement): Promise<string> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('The browser could not encode the PNG'));
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('Could not read the PNG'));
      reader.readAsDataURL(blob);
    }, 'image/png');
  });
}
