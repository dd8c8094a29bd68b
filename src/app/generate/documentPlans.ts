import { foregroundMatrix } from '../canvas/geometry/foregroundMatrix';
import { coveredRect, uncoveredRects } from '../canvas/geometry/outpaintLayout';
import { isEmptyRect } from '../canvas/geometry/pixelRect';
import type { StudioDocument } from '../store/documentTypes';
import type { PicturePlan, PlanDraw, PlanLayer, PlanView } from './drawPlan';
import type { MaskPlan, MaskTileData } from './maskPlan';

/**
 * The pictures a request carries, as draw plans with the same geometry the stage and the
 * canvas exports use (base image placement, Konva foreground transforms, outpaint edge fill).
 * Pure: sizes of the images come from `imageSize`.
 */
export type ImageSize = (assetId: string) => { width: number; height: number } | undefined;

/** The base image, then the accepted results over it; neither when the picture is hidden (like the stage). */
function baseDraw(doc: StudioDocument): PlanDraw[] {
  const base = doc.baseImage;
  if (base?.hidden) return [];
  const draws: PlanDraw[] = base ? [{ assetId: base.assetId, dest: [base.x, base.y, base.width, base.height] }] : [];
  for (const edit of doc.edits) draws.push({ assetId: edit.assetId, dest: [edit.x, edit.y, edit.width, edit.height] });
  return draws;
}

function foregroundDraws(doc: StudioDocument): PlanDraw[] {
  return doc.foregrounds
    .filter((fg) => fg.visible && fg.opacity > 0)
    .map((fg) => ({ assetId: fg.assetId, transform: foregroundMatrix(fg), alpha: fg.opacity }));
}

/**
 * The outpaint area filled by stretching the image's edge pixels outwards, drawn sharp and
 * then blurred over it: the generator starts from the picture's own colours (see
 * canvas/export/renderDocument.ts, which the Export menu uses).
 */
function edgeExtension(doc: StudioDocument, imageSize: ImageSize): PlanLayer | null {
  const base = doc.baseImage;
  const natural = base ? imageSize(base.assetId) : undefined;
  // Nothing to extend when the picture covers the document (the stripes would all be empty).
  if (!base || base.hidden || !natural || isEmptyRect(coveredRect(doc.width, doc.height, base)) || uncoveredRects(doc.width, doc.height, base).length === 0) return null;
  const { x, y, width, height, assetId } = base;
  const { width: iw, height: ih } = natural;
  const right = x + width;
  const bottom = y + height;
  const W = doc.width;
  const H = doc.height;
  const stretch = (source: [number, number, number, number], dest: [number, number, number, number]): PlanDraw => ({ assetId, source, dest });
  const draws = [
    stretch([0, 0, 1, ih], [0, y, Math.max(0, x), height]),
    stretch([iw - 1, 0, 1, ih], [right, y, Math.max(0, W - right), height]),
    stretch([0, 0, iw, 1], [x, 0, width, Math.max(0, y)]),
    stretch([0, ih - 1, iw, 1], [x, bottom, width, Math.max(0, H - bottom)]),
    stretch([0, 0, 1, 1], [0, 0, Math.max(0, x), Math.max(0, y)]),
    stretch([iw - 1, 0, 1, 1], [right, 0, Math.max(0, W - right), Math.max(0, y)]),
    stretch([0, ih - 1, 1, 1], [0, bottom, Math.max(0, x), Math.max(0, H - bottom)]),
    stretch([iw - 1, ih - 1, 1, 1], [right, bottom, Math.max(0, W - right), Math.max(0, H - bottom)]),
  ];
  return { draws, passes: [{ blur: 0 }, { blur: Math.round(Math.max(W, H) / 64) }] };
}

const picture = (doc: StudioDocument, layers: PlanLayer[], view?: PlanView, fill?: string): PicturePlan => ({
  kind: 'picture',
  width: doc.width,
  height: doc.height,
  ...(view ? { view } : {}),
  ...(fill ? { fill } : {}),
  layers: layers.filter((layer) => layer.draws.length > 0),
});

/** Base image and visible foregrounds as the designer sees them; uncovered area transparent. */
export function compositePlan(doc: StudioDocument, view?: PlanView): PicturePlan {
  return picture(doc, [{ draws: baseDraw(doc) }, { draws: foregroundDraws(doc) }], view);
}

/** The picture on the (extended) canvas: grey, edge colours stretched and blurred, image, foregrounds. */
export function outpaintPicturePlan(doc: StudioDocument, imageSize: ImageSize, view?: PlanView): PicturePlan {
  const edge = edgeExtension(doc, imageSize);
  return picture(doc, [...(edge ? [edge] : []), { draws: baseDraw(doc) }, { draws: foregroundDraws(doc) }], view, '#808080');
}

/** Visible foregrounds only, transparent elsewhere. */
export function foregroundsPlan(doc: StudioDocument, view?: PlanView): PicturePlan {
  return picture(doc, [{ draws: foregroundDraws(doc) }], view);
}

/** A mask from its painted tiles; the outpaint mask adds the area the picture does not cover. */
export function maskPlan(doc: StudioDocument, tiles: MaskTileData[], options: { outpaint?: boolean; dropWhenBlack?: boolean; view?: PlanView } = {}): MaskPlan {
  return {
    kind: 'mask',
    width: doc.width,
    height: doc.height,
    ...(options.view ? { view: options.view } : {}),
    tiles,
    white: options.outpaint ? uncoveredRects(doc.width, doc.height, doc.baseImage) : [],
    ...(options.dropWhenBlack ? { dropWhenBlack: true } : {}),
  };
}
