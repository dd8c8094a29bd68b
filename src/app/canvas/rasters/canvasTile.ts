import type { PixelRect } from '../geometry/pixelRect';
import type { PaintMode } from '../../store/editorTypes';
import { TILE_SIZE, type MaskTile, type TiledMask } from './tiledMask';

/**
 * A mask tile in the browser: a 256² canvas whose alpha is the mask and whose RGB is the
 * overlay colour, so the stage can draw it as it is. Read often (history "before" pixels,
 * exports), so it stays in CPU memory (`willReadFrequently`) and keeps a copy of its alpha
 * while nothing has been drawn since the last read: the "before" pixels a stroke needs when it
 * first enters a tile are then a copy, not a 3 ms getImageData in the middle of the stroke.
 */
export class CanvasTile implements MaskTile {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  /** The whole tile's alpha, or null when drawing has changed it since (read it again). */
  private known: Uint8Array | null = new Uint8Array(TILE_SIZE * TILE_SIZE);

  constructor(private readonly rgb: () => readonly [number, number, number]) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = TILE_SIZE;
    this.canvas.height = TILE_SIZE;
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('This browser cannot draw on a canvas');
    this.ctx = ctx;
  }

  readAlpha(rect: PixelRect): Uint8Array {
    const known = (this.known ??= this.readCanvasAlpha());
    if (rect.x === 0 && rect.y === 0 && rect.width === TILE_SIZE && rect.height === TILE_SIZE) return known.slice();
    const alpha = new Uint8Array(rect.width * rect.height);
    for (let row = 0; row < rect.height; row++) {
      const start = (rect.y + row) * TILE_SIZE + rect.x;
      alpha.set(known.subarray(start, start + rect.width), row * rect.width);
    }
    return alpha;
  }

  private readCanvasAlpha(): Uint8Array {
    const rgba = this.ctx.getImageData(0, 0, TILE_SIZE, TILE_SIZE).data;
    const alpha = new Uint8Array(TILE_SIZE * TILE_SIZE);
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
    const known = this.known;
    if (!known) return;
    for (let row = 0; row < rect.height; row++) known.set(alpha.subarray(row * rect.width, (row + 1) * rect.width), (rect.y + row) * TILE_SIZE + rect.x);
  }

  /** Draws with `draw` (document coordinates once translated by the caller); the alpha copy is stale after. */
  paint(mode: PaintMode, origin: { x: number; y: number }, draw: (ctx: CanvasRenderingContext2D) => void): void {
    this.known = null;
    const ctx = this.ctx;
    ctx.save();
    ctx.globalCompositeOperation = mode === 'erase' ? 'destination-out' : 'source-over';
    ctx.translate(-origin.x, -origin.y);
    draw(ctx);
    ctx.restore();
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
    mask.ensureTile(key).paint(mode, mask.tileRect(key), draw);
  }
}
