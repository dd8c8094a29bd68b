import type { PixelRect } from '../geometry/pixelRect';
import type { PaintMode } from '../../store/editorTypes';
import { TILE_SIZE, type MaskTile, type TiledMask } from './tiledMask';

/**
 * A mask tile in the browser: a 256² canvas whose alpha is the mask and whose RGB is the
 * overlay colour, so the stage can draw it as it is. Read often (history "before" pixels,
 * exports), so it stays in CPU memory (`willReadFrequently`).
 */
export class CanvasTile implements MaskTile {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;

  constructor(private readonly rgb: () => readonly [number, number, number]) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = TILE_SIZE;
    this.canvas.height = TILE_SIZE;
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('This browser cannot draw on a canvas');
    this.ctx = ctx;
  }

  readAlpha(rect: PixelRect): Uint8Array {
    const rgba = this.ctx.getImageData(rect.x, rect.y, rect.width, rect.height).data;
    const alpha = new Uint8Array(rect.width * rect.height);
    for (let i = 0, j = 3; i < alpha.length; i++, j += 4) alpha[i] = rgba[j]!;
    return alpha;
  }

  writeAlpha(rect: PixelRect, alpha: Uint8Array): void {
    const [r, g, b] = this.rgb();
    const image = new ImageData(rect.width, rect.height);
    const data = image.data;
    for (let i = 0, j = 0; i < alpha.length; i++, j += 4) {
      data[j] = r;
      data[j + 1] = g;
      data[j + 2] = b;
      data[j + 3] = alpha[i]!;
    }
    this.ctx.putImageData(image, rect.x, rect.y);
  }

  /** New overlay colour, alpha untouched. */
  recolor(color: string): void {
    const ctx = this.ctx;
    ctx.save();
    ctx.globalCompositeOperation = 'source-in';
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, TILE_SIZE, TILE_SIZE);
    ctx.restore();
  }
}

export type CanvasMask = TiledMask<CanvasTile>;

/**
 * Draws into every tile `rect` (document pixels) touches: `draw` gets a context whose origin
 * is the document's. Erasing never creates tiles; painting creates them where needed. The
 * tiles' "before" pixels are remembered for the next history step.
 */
export function paintMask(mask: CanvasMask, rect: PixelRect, mode: PaintMode, draw: (ctx: CanvasRenderingContext2D) => void): void {
  for (const key of mask.keysIn(rect)) {
    if (mode === 'erase' && !mask.tile(key)) continue;
    mask.willChange(key);
    const tile = mask.ensureTile(key);
    const origin = mask.tileRect(key);
    const ctx = tile.ctx;
    ctx.save();
    ctx.globalCompositeOperation = mode === 'erase' ? 'destination-out' : 'source-over';
    ctx.translate(-origin.x, -origin.y);
    draw(ctx);
    ctx.restore();
  }
}
