import type { PixelRect } from '../canvas/geometry/pixelRect';

/**
 * A picture described as drawing operations on images, in document pixels. The main thread
 * builds plans from the document (plain numbers and asset ids, no pixels); the encode worker
 * draws and encodes them, so a 2560² submit costs the page no frames.
 */
export type Affine = [number, number, number, number, number, number];

export interface PlanDraw {
  assetId: string;
  /** Source rectangle in the image's own pixels; the whole image when absent. */
  source?: [number, number, number, number];
  /** Destination rectangle; the image's natural size at (0, 0) when absent. */
  dest?: [number, number, number, number];
  /** Applied before drawing (a foreground's placement). */
  transform?: Affine;
  alpha?: number;
}

/** Draws rendered together, then composited once per pass (blur 0 = sharp). */
export interface PlanLayer {
  draws: PlanDraw[];
  passes?: { blur: number }[];
}

/** Crop and scale: the document area `rect` drawn into `width` × `height` output pixels. */
export interface PlanView {
  rect: PixelRect;
  width: number;
  height: number;
}

export interface PicturePlan {
  kind: 'picture';
  /** Document size in pixels. */
  width: number;
  height: number;
  view?: PlanView;
  fill?: string;
  layers: PlanLayer[];
}

export type Context2D = OffscreenCanvasRenderingContext2D;

/** The output size and the document → output transform of a plan. */
export function planOutput(plan: { width: number; height: number; view?: PlanView | undefined }): { width: number; height: number; matrix: Affine } {
  const view = plan.view;
  if (!view) return { width: plan.width, height: plan.height, matrix: [1, 0, 0, 1, 0, 0] };
  const sx = view.width / view.rect.width;
  const sy = view.height / view.rect.height;
  return { width: view.width, height: view.height, matrix: [sx, 0, 0, sy, -view.rect.x * sx, -view.rect.y * sy] };
}

function drawOne(ctx: Context2D, draw: PlanDraw, image: ImageBitmap): void {
  ctx.save();
  if (draw.transform) ctx.transform(...draw.transform);
  if (draw.alpha !== undefined) ctx.globalAlpha = draw.alpha;
  const [sx, sy, sw, sh] = draw.source ?? [0, 0, image.width, image.height];
  const [dx, dy, dw, dh] = draw.dest ?? [0, 0, sw, sh];
  if (sw > 0 && sh > 0 && dw > 0 && dh > 0) ctx.drawImage(image, sx, sy, sw, sh, dx, dy, dw, dh);
  ctx.restore();
}

/** Executes a plan onto a fresh canvas (worker side; `image` returns decoded assets). */
export function renderPicturePlan(plan: PicturePlan, image: (assetId: string) => ImageBitmap): OffscreenCanvas {
  const output = planOutput(plan);
  const canvas = new OffscreenCanvas(output.width, output.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw off the main thread');
  const scale = Math.sqrt(Math.abs(output.matrix[0] * output.matrix[3]));
  ctx.imageSmoothingQuality = 'high';
  ctx.setTransform(...output.matrix);
  if (plan.fill) {
    ctx.fillStyle = plan.fill;
    ctx.fillRect(0, 0, plan.width, plan.height);
  }
  for (const layer of plan.layers) {
    if (!layer.passes) {
      for (const draw of layer.draws) drawOne(ctx, draw, image(draw.assetId));
      continue;
    }
    const scratch = new OffscreenCanvas(output.width, output.height);
    const s = scratch.getContext('2d')!;
    s.setTransform(...output.matrix);
    for (const draw of layer.draws) drawOne(s, draw, image(draw.assetId));
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (const pass of layer.passes) {
      ctx.filter = pass.blur > 0 ? `blur(${Math.max(1, Math.round(pass.blur * scale))}px)` : 'none';
      ctx.drawImage(scratch, 0, 0);
    }
    ctx.restore();
  }
  return canvas;
}

/** Asset ids a plan draws. */
export function planAssetIds(plan: PicturePlan): string[] {
  return [...new Set(plan.layers.flatMap((layer) => layer.draws.map((draw) => draw.assetId)))];
}
