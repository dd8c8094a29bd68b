import type Konva from 'konva';
import type { PixelRect } from '../geometry/pixelRect';
import { maskView } from './maskView';

/**
 * Konva nodes that tools update imperatively on every pointer move (cursor, previews,
 * mask redraws). React mounts them and registers them here; nothing here goes through React.
 */
export const stageHandles: {
  stage: Konva.Stage | null;
  maskLayer: Konva.Layer | null;
  overlayLayer: Konva.Layer | null;
  brushCursor: Konva.Group | null;
  shapePreview: Konva.Line | null;
} = {
  stage: null,
  maskLayer: null,
  overlayLayer: null,
  brushCursor: null,
  shapePreview: null,
};

/** Repaints the mask layer: only `changed` (document pixels) when given, else everything. */
export function redrawMask(changed?: PixelRect): void {
  if (changed) maskView.invalidate(changed);
  else maskView.invalidateAll();
  stageHandles.maskLayer?.batchDraw();
}

export function redrawOverlay(): void {
  stageHandles.overlayLayer?.batchDraw();
}
