import type { PixelRect } from '../canvas/geometry/pixelRect';
import type { PlanView } from './drawPlan';
import { planOutput } from './drawPlan';

/** Alpha ≥ this is white (redraw), like the canvas exports: PICPIK masks are black/white. */
export const MASK_WHITE_FROM = 128;

/** One painted tile of a mask: its rectangle in document pixels and its alpha, row by row. */
export interface MaskTileData {
  x: number;
  y: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/**
 * A black/white mask described by its painted tiles (sparse) plus rectangles that are white
 * whatever was painted (the outpaint area). Rasterised by the encode worker.
 */
export interface MaskPlan {
  kind: 'mask';
  /** Document size. */
  width: number;
  height: number;
  view?: PlanView;
  tiles: MaskTileData[];
  white: PixelRect[];
  /** A mask with no white pixel means "nothing to redraw": leave the slot empty instead. */
  dropWhenBlack?: boolean;
}

export interface RasterizedMask {
  width: number;
  height: number;
  gray: Uint8Array;
  whitePixels: number;
}

/** Which tile covers a document pixel: a grid over the tiles' rectangles. */
function tileLookup(plan: MaskPlan): (x: number, y: number) => number {
  if (plan.tiles.length === 0) return () => 0;
  const size = Math.max(...plan.tiles.map((tile) => Math.max(tile.width, tile.height)));
  const columns = Math.ceil(plan.width / size);
  const grid = new Map<number, MaskTileData>();
  for (const tile of plan.tiles) grid.set(Math.floor(tile.y / size) * columns + Math.floor(tile.x / size), tile);
  return (x, y) => {
    const tile = grid.get(Math.floor(y / size) * columns + Math.floor(x / size));
    if (!tile || x < tile.x || y < tile.y || x >= tile.x + tile.width || y >= tile.y + tile.height) return 0;
    return tile.alpha[(y - tile.y) * tile.width + (x - tile.x)]!;
  };
}

const inside = (rect: PixelRect, x: number, y: number) => x >= rect.x && y >= rect.y && x < rect.x + rect.width && y < rect.y + rect.height;

/**
 * The mask as 0/255 greyscale at the plan's output size. Without a view it is exact (tile by
 * tile); with one, each output pixel takes the nearest document pixel, so it stays black/white.
 */
export function rasterizeMaskPlan(plan: MaskPlan): RasterizedMask {
  const output = planOutput(plan);
  const { width, height } = output;
  const gray = new Uint8Array(width * height);
  if (!plan.view) {
    for (const tile of plan.tiles) {
      // A raster out of step with the document size is cut at its border.
      const columns = Math.min(tile.width, width - tile.x);
      for (let row = 0; row < Math.min(tile.height, height - tile.y); row++) {
        const from = row * tile.width;
        const to = (tile.y + row) * width + tile.x;
        for (let x = 0; x < columns; x++) gray[to + x] = tile.alpha[from + x]! >= MASK_WHITE_FROM ? 255 : 0;
      }
    }
    for (const rect of plan.white) for (let y = rect.y; y < rect.y + rect.height; y++) gray.fill(255, y * width + rect.x, y * width + rect.x + rect.width);
  } else {
    const alphaAt = tileLookup(plan);
    const { rect } = plan.view;
    const columnX = Array.from({ length: width }, (_, x) => Math.min(plan.width - 1, rect.x + Math.floor(((x + 0.5) * rect.width) / width)));
    for (let y = 0; y < height; y++) {
      const docY = Math.min(plan.height - 1, rect.y + Math.floor(((y + 0.5) * rect.height) / height));
      for (let x = 0; x < width; x++) {
        const docX = columnX[x]!;
        const white = alphaAt(docX, docY) >= MASK_WHITE_FROM || plan.white.some((area) => inside(area, docX, docY));
        gray[y * width + x] = white ? 255 : 0;
      }
    }
  }
  let whitePixels = 0;
  for (let i = 0; i < gray.length; i++) if (gray[i]) whitePixels++;
  return { width, height, gray, whitePixels };
}
