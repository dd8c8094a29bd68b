import type { PaintMode } from '../../store/editorTypes';
import { EMPTY_RECT, rectFromBounds, unionRect, type PixelRect } from '../geometry/pixelRect';
import { paintMask, type CanvasMask } from '../rasters/canvasTile';
import { brushStamp } from './brushStamp';
import { StrokeSampler, type Dab, type StrokePoint } from './strokeSampler';

export interface BrushSettings {
  size: number;
  hardness: number;
  mode: PaintMode;
  color: string;
}

/**
 * One stroke in progress, drawn straight into the tiles of a mask raster. It keeps only the
 * dirty rectangle (for the view); the history step is made from the touched tiles on pointer-up.
 */
export class BrushStroke {
  private readonly sampler: StrokeSampler;
  private readonly stamp: HTMLCanvasElement;
  dirty: PixelRect = EMPTY_RECT;

  constructor(
    private readonly mask: CanvasMask,
    private readonly settings: BrushSettings,
  ) {
    this.sampler = new StrokeSampler(settings.size);
    this.stamp = brushStamp(settings.size, settings.hardness, settings.color);
  }

  begin(point: StrokePoint): PixelRect {
    return this.draw(this.sampler.begin(point));
  }

  /** Adds pointer samples (coalesced events); returns the area that changed. */
  extend(points: readonly StrokePoint[]): PixelRect {
    const dabs: Dab[] = [];
    for (const point of points) dabs.push(...this.sampler.extend(point));
    return this.draw(dabs);
  }

  private draw(dabs: readonly Dab[]): PixelRect {
    if (dabs.length === 0) return EMPTY_RECT;
    let changed = EMPTY_RECT;
    for (const dab of dabs) {
      const radius = dab.size / 2;
      const bounds = rectFromBounds(dab.x - radius - 1, dab.y - radius - 1, dab.x + radius + 1, dab.y + radius + 1);
      paintMask(this.mask, bounds, this.settings.mode, (ctx) => ctx.drawImage(this.stamp, dab.x - radius, dab.y - radius, dab.size, dab.size));
      changed = unionRect(changed, bounds);
    }
    this.dirty = unionRect(this.dirty, changed);
    return changed;
  }
}
