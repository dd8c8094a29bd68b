import { getAsset } from '../canvas/assets';
import { drawForegrounds } from '../canvas/export/renderDocument';
import type { StudioDocument } from '../store/documentTypes';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Draws a version's picture (base image, its accepted patches and the foreground layers as
 * they were) at `scale`. Scaled down, the
 * base image's preview is used: drawing a 24 MP photo into a thumbnail would stall the page.
 */
export function drawVersionPicture(ctx: Context2D, doc: StudioDocument, scale: number): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.imageSmoothingQuality = 'high';
  const base = doc.baseImage;
  const asset = base && !base.hidden ? getAsset(base.assetId) : undefined;
  if (base && asset) ctx.drawImage(scale < 1 && asset.preview ? asset.preview : asset.image, base.x, base.y, base.width, base.height);
  if (!base?.hidden) {
    for (const edit of doc.edits) {
      const patch = getAsset(edit.assetId)?.image;
      if (patch) ctx.drawImage(patch, edit.x, edit.y, edit.width, edit.height);
    }
  }
  drawForegrounds(ctx, doc);
  ctx.restore();
}

/** The version's picture fitted into maxSide × maxSide (never enlarged). */
export function renderVersion(doc: StudioDocument, maxSide: number): HTMLCanvasElement {
  const scale = Math.min(1, maxSide / Math.max(doc.width, doc.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(doc.width * scale));
  canvas.height = Math.max(1, Math.round(doc.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw a version');
  drawVersionPicture(ctx, doc, scale);
  return canvas;
}

/** Full resolution as a PNG (starred versions' download). */
export async function versionPng(doc: StudioDocument): Promise<Blob> {
  const canvas = new OffscreenCanvas(doc.width, doc.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw off-screen');
  drawVersionPicture(ctx, doc, 1);
  return canvas.convertToBlob({ type: 'image/png' });
}
