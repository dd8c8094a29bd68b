import type { PixelRect } from '../geometry/pixelRect';
import { intersectRect, isEmptyRect, unionRect } from '../geometry/pixelRect';
import type { CanvasMask } from '../rasters/canvasTile';
import type { ViewTransform } from '../viewport/viewMath';

/**
 * Draws the active mask's tiles into the mask layer's canvas, incrementally: a stroke only
 * repaints the screen area its dabs touched, so a frame costs the same on a 100 MP document
 * as on a small one. A full repaint happens when the view, the canvas size, the raster or the
 * opacity changed. The layer must not clear itself before drawing (`clearBeforeDraw={false}`).
 */
export class MaskView {
  private dirty: PixelRect | null = null;
  private full = true;
  private lastKey = '';

  /** The next draw repaints everything (raster replaced, undo, visibility or colour change). */
  invalidateAll(): void {
    this.full = true;
  }

  /** The next draw repaints this document rectangle. */
  invalidate(rect: PixelRect): void {
    if (isEmptyRect(rect)) return;
    this.dirty = this.dirty ? unionRect(this.dirty, rect) : rect;
  }

  draw(ctx: CanvasRenderingContext2D, mask: CanvasMask | undefined, view: ViewTransform, pixelRatio: number, opacity: number): void {
    const { width, height } = ctx.canvas;
    const key = `${view.zoom} ${view.x} ${view.y} ${width} ${height} ${opacity} ${mask?.width} ${mask?.height}`;
    const full = this.full || key !== this.lastKey;
    const dirty = this.dirty;
    this.full = false;
    this.dirty = null;
    this.lastKey = key;
    if (!full && !dirty) return;

    const scale = view.zoom * pixelRatio;
    const toX = (x: number) => Math.round(pixelRatio * view.x + x * scale);
    const toY = (y: number) => Math.round(pixelRatio * view.y + y * scale);
    const screen: PixelRect = full || !dirty
      ? { x: 0, y: 0, width, height }
      : (() => {
          const x = toX(dirty.x) - 2;
          const y = toY(dirty.y) - 2;
          return { x, y, width: toX(dirty.x + dirty.width) + 2 - x, height: toY(dirty.y + dirty.height) + 2 - y };
        })();
    const area = intersectRect(screen, { x: 0, y: 0, width, height });
    if (isEmptyRect(area)) return;

    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.beginPath();
    ctx.rect(area.x, area.y, area.width, area.height);
    ctx.clip();
    ctx.clearRect(area.x, area.y, area.width, area.height);
    if (mask) {
      // The document rectangle that is visible in the repainted area.
      const left = (area.x / pixelRatio - view.x) / view.zoom;
      const top = (area.y / pixelRatio - view.y) / view.zoom;
      const visible = {
        x: Math.floor(left) - 1,
        y: Math.floor(top) - 1,
        width: Math.ceil(area.width / scale) + 3,
        height: Math.ceil(area.height / scale) + 3,
      };
      ctx.imageSmoothingEnabled = view.zoom < 1;
      for (const key of mask.keysIn(visible)) {
        const tile = mask.tile(key);
        if (!tile) continue;
        const rect = mask.tileRect(key);
        // Rounded edges: neighbouring tiles meet exactly, with no seam of half-covered pixels.
        const x = toX(rect.x);
        const y = toY(rect.y);
        ctx.drawImage(tile.canvas, 0, 0, rect.width, rect.height, x, y, toX(rect.x + rect.width) - x, toY(rect.y + rect.height) - y);
      }
    }
    ctx.restore();
  }
}

export const maskView = new MaskView();
