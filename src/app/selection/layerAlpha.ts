import { getAsset } from '../canvas/assets';
import { applyAffine, foregroundMatrix } from '../canvas/geometry/foregroundMatrix';
import { rectFromBounds, type PixelRect } from '../canvas/geometry/pixelRect';
import type { AlphaSource } from '../canvas/maskOps/combineMask';
import type { StudioDocument } from '../store/documentTypes';

/** A layer of the document: the base image or a foreground placement. */
export type LayerRef = { kind: 'base' } | { kind: 'foreground'; id: string };

export interface LayerAlpha {
  /** Document pixels the layer covers. */
  area: PixelRect;
  source: AlphaSource;
}

/**
 * A layer's transparency as mask alpha, rendered tile by tile with the layer's own placement
 * (scale, rotation): opaque pixels select, transparent ones do not ("load layer transparency").
 */
export function layerAlpha(doc: StudioDocument, layer: LayerRef): LayerAlpha {
  let image: ImageBitmap | undefined;
  let place: (ctx: OffscreenCanvasRenderingContext2D) => void;
  let area: PixelRect;
  if (layer.kind === 'base') {
    const base = doc.baseImage;
    image = base ? getAsset(base.assetId)?.image : undefined;
    if (!base || !image) throw new Error('There is no base image');
    const bitmap = image;
    area = rectFromBounds(base.x, base.y, base.x + base.width, base.y + base.height);
    place = (ctx) => ctx.drawImage(bitmap, base.x, base.y, base.width, base.height);
  } else {
    const fg = doc.foregrounds.find((item) => item.id === layer.id);
    image = fg ? getAsset(fg.assetId)?.image : undefined;
    if (!fg || !image) throw new Error('That layer is no longer in the document');
    const bitmap = image;
    const matrix = foregroundMatrix(fg);
    const corners = [applyAffine(matrix, 0, 0), applyAffine(matrix, bitmap.width, 0), applyAffine(matrix, 0, bitmap.height), applyAffine(matrix, bitmap.width, bitmap.height)];
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    area = rectFromBounds(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
    place = (ctx) => {
      ctx.transform(...matrix);
      ctx.drawImage(bitmap, 0, 0);
    };
  }
  const source: AlphaSource = (rect) => {
    const canvas = new OffscreenCanvas(rect.width, rect.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('This browser cannot draw off screen');
    ctx.translate(-rect.x, -rect.y);
    place(ctx);
    const rgba = ctx.getImageData(0, 0, rect.width, rect.height).data;
    const alpha = new Uint8Array(rect.width * rect.height);
    for (let i = 0, j = 3; i < alpha.length; i++, j += 4) alpha[i] = rgba[j]!;
    return alpha;
  };
  return { area, source };
}
