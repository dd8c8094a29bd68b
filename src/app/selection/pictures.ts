import { getAsset } from '../canvas/assets';
import { drawForegrounds } from '../canvas/export/renderDocument';
import { blobToDataUri } from '../persistence/binaryText';
import type { StudioDocument } from '../store/documentTypes';
import type { SentFrame } from './sentFrame';

/** The pictures selection calls send and the masks they get back: thin canvas edges. */

function context(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot draw off screen');
  return ctx;
}

async function toPngDataUri(canvas: OffscreenCanvas): Promise<string> {
  return blobToDataUri(await canvas.convertToBlob({ type: 'image/png' }));
}

/**
 * The document area `frame.rect` scaled into the sent size, as the designer sees it: base
 * image, accepted results and (with `foregrounds`) the visible foreground layers. Where no
 * picture lies (an extended canvas) it is neutral grey, like the outpaint picture.
 */
export async function renderDocumentArea(doc: StudioDocument, frame: SentFrame, { foregrounds }: { foregrounds: boolean }): Promise<string> {
  const canvas = new OffscreenCanvas(frame.width, frame.height);
  const ctx = context(canvas);
  ctx.fillStyle = '#808080';
  ctx.fillRect(0, 0, frame.width, frame.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.scale(frame.width / frame.rect.width, frame.height / frame.rect.height);
  ctx.translate(-frame.rect.x, -frame.rect.y);
  const base = doc.baseImage;
  const baseImage = base ? getAsset(base.assetId)?.image : undefined;
  if (base && baseImage) ctx.drawImage(baseImage, base.x, base.y, base.width, base.height);
  for (const edit of doc.edits) {
    const image = getAsset(edit.assetId)?.image;
    if (image) ctx.drawImage(image, edit.x, edit.y, edit.width, edit.height);
  }
  if (foregrounds) drawForegrounds(ctx, doc);
  return toPngDataUri(canvas);
}

/** An asset's own pixels (`frame.rect` in image pixels) scaled into the sent size, alpha kept. */
export async function renderAssetArea(assetId: string, frame: SentFrame): Promise<string> {
  const image = getAsset(assetId)?.image;
  if (!image) throw new Error('The layer image is no longer loaded: open it again');
  const canvas = new OffscreenCanvas(frame.width, frame.height);
  const ctx = context(canvas);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, frame.rect.x, frame.rect.y, frame.rect.width, frame.rect.height, 0, 0, frame.width, frame.height);
  return toPngDataUri(canvas);
}

export async function imagePixels(blob: Blob): Promise<{ rgba: Uint8ClampedArray; width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  const { width, height } = bitmap;
  const ctx = context(new OffscreenCanvas(width, height));
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { rgba: ctx.getImageData(0, 0, width, height).data, width, height };
}

/**
 * A mask answer as alpha, 255 = selected. OnlyMask answers are an opaque grey picture (white =
 * the subject); an answer with transparency (a cut-out) is read by its alpha instead.
 */
export async function decodeMaskAlpha(blob: Blob): Promise<{ alpha: Uint8Array; width: number; height: number }> {
  const { rgba, width, height } = await imagePixels(blob);
  const alpha = new Uint8Array(width * height);
  let transparent = false;
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! < 255) transparent = true;
  for (let i = 0, j = 0; i < alpha.length; i++, j += 4) {
    alpha[i] = transparent ? rgba[j + 3]! : Math.round((rgba[j]! + rgba[j + 1]! + rgba[j + 2]!) / 3);
  }
  return { alpha, width, height };
}
